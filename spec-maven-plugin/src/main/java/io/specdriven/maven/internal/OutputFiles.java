package io.specdriven.maven.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writing a rendered view: never a half-written file. */
public final class OutputFiles {
    private OutputFiles() {}

    /**
     * Writes text as UTF-8, replacing the file: written to a temporary file in the same folder (created if
     * missing), then moved into place, so a failure leaves an existing file as it was.
     *
     * @param file the file
     * @param text the text
     * @throws IOException if the folder cannot be made or the file not written
     */
    public static void write(Path file, String text) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Returns the base name of a spec file: its name without the ending its reader claims (the longest of
     * them that matches), else without its last extension.
     *
     * @param fileName the file's name, such as {@code csv-export.spec.json}
     * @param suffixes the endings the engine's readers claim, such as {@code .spec.json}
     * @return such as {@code csv-export}
     */
    public static String baseName(String fileName, Iterable<String> suffixes) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        int cut = -1;
        for (String suffix : suffixes) {
            String s = suffix.toLowerCase(java.util.Locale.ROOT);
            if (lower.endsWith(s) && lower.length() > s.length() && s.length() > cut) cut = s.length();
        }
        if (cut > 0) return fileName.substring(0, fileName.length() - cut);
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
