package io.specdriven.engine.internal;

import io.specdriven.core.source.SourceLocation;
import io.specdriven.core.source.SpecReadException;
import io.specdriven.engine.TerminalText;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Turns the file names the user typed into paths. The JVM decodes arguments and encodes file names with the
 * locale's charset ({@code sun.jnu.encoding}), fixed at start-up: with LANG and LC_ALL unset that is ASCII,
 * and a name with 'é' in it cannot be opened at all. Java gives only "Malformed input or input contains
 * unmappable characters" then, so the tool says what happened and how to fix it.
 */
public final class FileNames {
    /** The locale the message recommends: present on every glibc and musl system since 2018. */
    static final String FIX = "run with LC_ALL=C.UTF-8";

    private FileNames() {}

    /**
     * Returns the path of a file name the user gave.
     *
     * @param name the name, as the JVM decoded it
     * @return the path
     * @throws SpecReadException if the name is not a valid path here, with the reason in one line
     */
    public static Path path(String name) {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new SpecReadException(SourceLocation.file(name), "", invalid(name, e, fileNameEncoding()), e);
        }
    }

    /**
     * Says why {@code name} is not a path: the locale, when the name has non-ASCII characters (or the
     * replacement characters the JVM decoded them to) and file names are not read as UTF-8.
     */
    public static String invalid(String name, InvalidPathException e, String fileNameEncoding) {
        return lostToLocale(name, fileNameEncoding) ? localeProblem(fileNameEncoding)
                : "not a valid path: " + e.getReason();
    }

    /** Whether a name that is not a valid path failed because of the locale rather than its characters. */
    public static boolean lostToLocale(String name, String fileNameEncoding) {
        return !isAscii(name) && !isUtf8(fileNameEncoding);
    }

    /** The one-line explanation and fix of a non-ASCII file name the locale cannot encode. */
    public static String localeProblem(String fileNameEncoding) {
        return "cannot open a non-ASCII file name in this locale (file names are read as "
                + TerminalText.safe(fileNameEncoding) + "); " + FIX;
    }

    /**
     * The hint for a missing file whose name has non-ASCII characters, when file names are not read as
     * UTF-8 (a Latin-1 locale maps 'é' to a byte, but not the byte a UTF-8 file system holds); else empty.
     */
    public static String missingHint(String name, String fileNameEncoding) {
        if (!lostToLocale(name, fileNameEncoding)) return "";
        return " (file names are read as " + TerminalText.safe(fileNameEncoding) + "; if the name is right, " + FIX + ")";
    }

    /** The charset the JVM encodes file names with, as the system property names it. */
    public static String fileNameEncoding() {
        return System.getProperty("sun.jnu.encoding", "");
    }

    private static boolean isAscii(String name) {
        return name.chars().allMatch(c -> c < 0x80);
    }

    private static boolean isUtf8(String encoding) {
        if (encoding.isEmpty()) return true; // not a JVM that tells: assume nothing is wrong
        try {
            return Charset.forName(encoding).equals(StandardCharsets.UTF_8);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return false; // a charset the JVM does not know is not UTF-8: a lost non-ASCII name is the locale's doing
        }
    }
}
