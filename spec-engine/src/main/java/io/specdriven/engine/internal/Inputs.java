package io.specdriven.engine.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.specdriven.core.source.SourceLocation;
import io.specdriven.core.source.SpecReadException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * What the engine knows about files: which names are valid paths, what a path is (file, directory, pipe,
 * device), the real reason when it cannot be read, and which spec files a directory holds. Only regular
 * files are opened: a named pipe with no writer would block a check forever.
 */
public final class Inputs {
    /** The longest file name (one path component) Linux, macOS and Windows file systems take, in bytes. */
    public static final int NAME_MAX = 255;
    /** The longest path Linux takes, in bytes, with its terminating NUL. */
    public static final int PATH_MAX = 4096;
    /** Directories a search does not enter: build output and dependencies hold copies, not sources. */
    public static final List<String> SKIPPED_DIRECTORIES = List.of("target", "node_modules");

    private Inputs() {}

    /** What a name stands for. */
    public enum Kind { FILE, DIRECTORY }

    /**
     * Finds out what a path is, refusing what cannot be read as a spec document.
     *
     * @param name the name as typed
     * @param path its path
     * @return a regular file or a directory
     * @throws SpecReadException naming the real reason otherwise
     */
    public static Kind kind(String name, Path path) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            throw refusal(name, path, e);
        } catch (SecurityException e) {
            throw new SpecReadException(SourceLocation.file(name), "", "cannot be read: " + e.getMessage(), e);
        }
        if (attributes.isDirectory()) return Kind.DIRECTORY;
        if (attributes.isRegularFile()) return Kind.FILE;
        throw new SpecReadException(SourceLocation.file(name), "", "is not a regular file (" + what(path)
                + "): spec reads regular files, and standard input when given '-'", null);
    }

    /** Names the kind of a non-regular file, as far as Java can tell. */
    private static String what(Path path) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (!os.contains("win")) {
            try {
                Object mode = Files.getAttribute(path, "unix:mode");
                if (mode instanceof Integer m) {
                    switch (m & 0170000) {
                        case 0010000: return "a named pipe";
                        case 0020000: return "a character device";
                        case 0060000: return "a block device";
                        case 0140000: return "a socket";
                        default: break;
                    }
                }
            } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
                // fall through: the generic name is still true
            }
        }
        return "a device, pipe or socket";
    }

    /**
     * Turns a failure to open or inspect a path into a one-line refusal that says the real reason.
     *
     * @param name the name as typed
     * @param path the path
     * @param e what the file system said
     * @return the refusal
     */
    public static SpecReadException refusal(String name, Path path, IOException e) {
        return new SpecReadException(SourceLocation.file(name), "", reason(name, path, e), e);
    }

    static String reason(String name, Path path, IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file" + FileNames.missingHint(name, FileNames.fileNameEncoding());
        }
        if (e instanceof AccessDeniedException) return "cannot be read: permission denied";
        if (e instanceof FileSystemLoopException) return "cannot be read: a symbolic link loop";
        if (e instanceof NotDirectoryException) return "cannot be read: a part of the path is not a directory";
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        String lower = String.valueOf(reason).toLowerCase(Locale.ROOT);
        if (lower.contains("too many levels of symbolic links")) {
            return "cannot be read: too many levels of symbolic links (a symbolic link loop?)";
        }
        if (lower.contains("name too long")) return "cannot be read: " + tooLong(path);
        if (lower.contains("not a directory")) return "cannot be read: a part of the path is not a directory";
        return "cannot be read: " + (lower.isEmpty() ? e.getClass().getSimpleName() : lower);
    }

    /** Says which is too long: one name in the path, or the whole path. */
    static String tooLong(Path path) {
        for (Path part : path) {
            int bytes = part.toString().getBytes(UTF_8).length;
            if (bytes > NAME_MAX) {
                return "a name in the path is " + bytes + " bytes long; file systems take at most " + NAME_MAX;
            }
        }
        int bytes = path.toString().getBytes(UTF_8).length;
        return "the path is " + bytes + " bytes long; the system takes at most " + (PATH_MAX - 1);
    }

    /**
     * One entry a directory search found: a spec file, or a part of the tree that could not be read.
     *
     * @param name the directory as typed joined with the relative path
     * @param path the file's path
     * @param error why it could not be searched, or null for a spec file
     */
    public record Found(String name, Path path, SpecReadException error) {}

    /**
     * Lists the spec files under a directory, in name order: every regular file whose name a reader
     * accepts, following symbolic links (a loop is reported once), not entering hidden directories or
     * {@link #SKIPPED_DIRECTORIES}.
     *
     * @param typed the directory as typed
     * @param dir its path
     * @param accepts which file names are spec files
     * @return what was found
     */
    public static List<Found> search(String typed, Path dir, Predicate<String> accepts) {
        List<Found> found = new ArrayList<>();
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                            if (d.equals(dir)) return FileVisitResult.CONTINUE;
                            String n = String.valueOf(d.getFileName());
                            return n.startsWith(".") || SKIPPED_DIRECTORIES.contains(n) ? FileVisitResult.SKIP_SUBTREE
                                    : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && accepts.test(String.valueOf(file.getFileName()))) {
                                found.add(new Found(name(typed, dir, file), file, null));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            String name = name(typed, dir, file);
                            if (e instanceof FileSystemLoopException || accepts.test(String.valueOf(file.getFileName()))
                                    || Files.isDirectory(file)) {
                                found.add(new Found(name, file, refusal(name, file, e)));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            // The directory itself cannot be walked: one refusal with the real reason, and the others go on.
            found.add(new Found(typed, dir, refusal(typed, dir, e)));
        }
        found.sort((a, b) -> a.name().compareTo(b.name()));
        return found;
    }

    private static String name(String typed, Path dir, Path file) {
        Path relative = dir.relativize(file);
        String separator = dir.getFileSystem().getSeparator();
        String rel = relative.toString();
        if (typed.endsWith(separator) || typed.endsWith("/")) return typed + rel;
        return typed + separator + rel;
    }

    /**
     * The identity of a file for "named twice, checked once": its real path, else its normalised one.
     *
     * @param path the path
     * @return an object equal for the same file
     */
    public static Object identity(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException | SecurityException e) {
            // Missing or forbidden: reading it reports why; for "named twice" the normalised path will do.
            return path.toAbsolutePath().normalize();
        }
    }
}
