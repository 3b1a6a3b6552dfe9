package io.specdriven.json.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file's content all at once: the text goes to a new file beside it, which is then moved into
 * place. A failure before the move leaves the old file untouched; readers never see a half-written one.
 */
public final class AtomicFile {
    private AtomicFile() {}

    /**
     * Writes a whole text as UTF-8 to a file, replacing it if it exists.
     *
     * @param file the file; a symbolic link is followed, so the link stays a link
     * @param text the whole content
     * @throws IOException if writing or moving fails; the file is then unchanged
     */
    public static void write(Path file, String text) throws IOException {
        Path target = Files.isSymbolicLink(file) ? file.toRealPath() : file.toAbsolutePath();
        Path dir = target.getParent();
        Path name = target.getFileName();
        // the root has neither; a directory would be replaced by the move if it were empty (issue 14, defect 9)
        if (dir == null || name == null) throw new FileSystemException(file.toString(), null, "is the root directory, not a file");
        if (Files.isDirectory(target)) throw new FileSystemException(file.toString(), null, "is a directory, not a file");
        // Same directory, so the move is a rename on the same file system. CREATE_NEW with the default
        // permissions (createTempFile would make it owner-only, and the result would keep that).
        Path temp = dir.resolve("." + shortened(name.toString()) + "." + Long.toHexString(ThreadLocalRandom.current()
                .nextLong() >>> 1) + ".tmp");
        try {
            Files.write(temp, text.getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            keepPermissions(target, temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // Some file systems cannot rename atomically; a plain replace still never truncates the target
                // before the new content is complete.
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * The start of a file name, short enough that the temporary name fits NAME_MAX (255 bytes) whatever the
     * file name's own length: at most 64 UTF-16 units, at most 4 bytes of UTF-8 each, and never half a pair.
     */
    private static String shortened(String name) {
        if (name.length() <= 64) return name;
        int end = Character.isHighSurrogate(name.charAt(63)) ? 63 : 64;
        return name.substring(0, end);
    }

    private static void keepPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (source == null || !Files.exists(from)) return;
        Files.getFileAttributeView(to, PosixFileAttributeView.class)
                .setPermissions(source.readAttributes().permissions());
    }
}
