package io.specdriven.engine.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.specdriven.core.view.FeatureFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.CRC32;

/**
 * Writes feature files and test class skeletons safely: each name fits NAME_MAX in bytes (a long id is cut on a character boundary
 * and given a checksum of the whole name, so cut names stay unique), and each file goes through a
 * temporary file in the same directory and an atomic move, so a full disk never leaves a truncated file
 * in place of the old one.
 */
public final class FeatureFiles {
    private static final String SUFFIX = ".feature";

    private FeatureFiles() {}

    /**
     * Returns names that fit {@link Inputs#NAME_MAX} in UTF-8 bytes and are unique ignoring case, for files
     * of the given names, in order. Names that fit are kept as they are.
     *
     * @param features the files
     * @return one name each
     */
    public static List<String> names(List<FeatureFile> features) {
        Set<String> taken = new HashSet<>();
        return features.stream().map(f -> {
            String name = fit(f.fileName());
            for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) name = fit(stem(f.fileName()) + "-" + n + SUFFIX);
            return name;
        }).toList();
    }

    /** Cuts a feature file name that is too long to fit: see {@link #fit(String, String)}. */
    static String fit(String name) {
        return fit(name, SUFFIX);
    }

    /**
     * Cuts a file name that is too long to fit {@link Inputs#NAME_MAX} bytes, keeping its ending and adding a
     * checksum of the full name, so cut names stay unique; a name that fits is kept as it is.
     *
     * @param name the name, ending with {@code suffix}
     * @param suffix its ending, such as {@code .html}
     * @return the name that fits
     */
    public static String fit(String name, String suffix) {
        if (name.getBytes(UTF_8).length <= Inputs.NAME_MAX) return name;
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(UTF_8));
        String tail = "-" + String.format("%08x", crc.getValue()) + suffix;
        int budget = Inputs.NAME_MAX - tail.length();
        String stem = name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : name;
        StringBuilder kept = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < stem.length(); ) {
            int cp = stem.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(UTF_8).length;
            if (bytes + size > budget) break;
            kept.appendCodePoint(cp);
            bytes += size;
            i += Character.charCount(cp);
        }
        return kept + tail;
    }

    private static String stem(String name) {
        return name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name;
    }

    /**
     * Writes one file through a temporary file and an atomic move; a symbolic link at the target is
     * replaced, never followed. A new file gets the default permissions (the umask), a replaced file keeps
     * its own.
     *
     * <p>The twin of spec-json's {@code AtomicFile}, kept apart on purpose: internal packages are exported
     * to no module, not even a sibling, and the two differ in one policy. {@code SpecJson.write} follows a
     * symbolic link (a user names one file; the link stays a link and its target gets the content, as a
     * shell's {@code >} does, pinned by {@code SpecJsonWriteFailureTest}). The engine writes files whose
     * names it makes up into a directory, so a link found there is replaced: a link planted in an output
     * directory cannot send a write outside it.
     *
     * @param file the target
     * @param content the text
     * @throws IOException if it cannot be written; the target is then as it was
     */
    public static void write(Path file, String content) throws IOException {
        write(file, out -> out.write(content.getBytes(UTF_8)), true);
    }

    /**
     * Writes a new file through a temporary file and a move that never replaces: a file, directory or link
     * already at the target stays exactly as it is.
     *
     * @param file the target
     * @param content the text
     * @return false, writing nothing, if something is already at the target
     * @throws IOException if it cannot be written; nothing is then left at the target
     */
    public static boolean writeNew(Path file, String content) throws IOException {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) return false;
        try {
            write(file, out -> out.write(content.getBytes(UTF_8)), false);
            return true;
        } catch (FileAlreadyExistsException e) {
            // made by someone else between the look and the move: theirs stays
            return false;
        }
    }

    /** Writes the whole content of a file to a stream; the seam through which a test fails a write midway. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    static void write(Path file, Content content) throws IOException {
        write(file, content, true);
    }

    private static void write(Path file, Content content, boolean replace) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        // The root has no parent (the temporary file would go elsewhere); an empty directory would be replaced.
        // No file in the exception: callers put the file before its message already.
        if (dir == null) throw new FileSystemException(null, null, "is the root directory, not a file");
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileSystemException(null, null, "is a directory, not a file");
        }
        // Same directory, so the move is a rename on one file system. CREATE_NEW with the default permissions:
        // Files.createTempFile would make it owner-only, and the feature file would keep that. The name is
        // short whatever the target's length (NAME_MAX).
        Path temp = dir.resolve(".spec-" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            if (!replace) {
                // no REPLACE_EXISTING (and no ATOMIC_MOVE, which may replace): the move fails if the target exists
                Files.move(temp, file);
                return;
            }
            keepPermissions(file, temp);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                // Some file systems cannot rename atomically; a plain replace still never truncates the target
                // before the new content is complete.
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A replaced regular file keeps its permissions; a link is replaced, so its target's do not count. */
    private static void keepPermissions(Path from, Path to) throws IOException {
        if (!Files.isRegularFile(from, LinkOption.NOFOLLOW_LINKS)) return;
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (source == null) return;
        Files.getFileAttributeView(to, PosixFileAttributeView.class).setPermissions(source.readAttributes().permissions());
    }
}
