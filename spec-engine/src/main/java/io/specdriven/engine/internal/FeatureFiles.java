package io.specdriven.engine.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.specdriven.core.view.FeatureFile;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Writes feature files safely: each name fits NAME_MAX in bytes (a long id is cut on a character boundary
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

    /** Cuts a name that is too long to fit, keeping its ending and adding a checksum of the full name. */
    static String fit(String name) {
        if (name.getBytes(UTF_8).length <= Inputs.NAME_MAX) return name;
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(UTF_8));
        String tail = "-" + String.format("%08x", crc.getValue()) + SUFFIX;
        int budget = Inputs.NAME_MAX - tail.length();
        String stem = stem(name);
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
     * replaced, never followed.
     *
     * @param file the target
     * @param content the text
     * @throws IOException if it cannot be written; the target is then as it was
     */
    public static void write(Path file, String content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, ".spec-", ".tmp");
        try {
            Files.writeString(temp, content, UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
