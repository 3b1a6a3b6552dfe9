package io.specdriven.engine;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The size of a spec document, as a user writes it ({@code 300MB}, {@code 1g}, {@code 52428800}) and as
 * messages show it: the largest document the engine reads ({@link SpecEngine#withMaxDocumentSize}), set by
 * the command line's {@code --max-document-size} and the configuration key {@code max-document-size}.
 * Units are binary, as for {@code java -Xmx}: {@code KB} = 1,024 bytes, {@code MB} = 1,024 KB,
 * {@code GB} = 1,024 MB.
 *
 * <pre>{@code
 * long max = DocumentSize.parse("300MB");        // 314,572,800
 * String shown = DocumentSize.toString(max);     // "300 MB (314,572,800 bytes)"
 * }</pre>
 *
 * @since 0.1
 */
public final class DocumentSize {
    /**
     * The largest document the tools read unless told otherwise: 200 MB (209,715,200 bytes), a spec of
     * a few hundred thousand requirements. Reading one whole needs about three to six times its size of heap.
     */
    public static final long DEFAULT = 200L << 20;

    /**
     * The highest limit that can be set, 2047 MB: a document is read into one string, which holds fewer than
     * 2<sup>31</sup> characters.
     */
    public static final long MAX = 2047L << 20;

    private static final Pattern SIZE = Pattern.compile("([0-9]{1,10})(?:\\.([0-9]{1,3}))?\\s?([kmg]i?b?|b)?");

    private DocumentSize() {}

    /**
     * Reads a size: whole bytes ({@code 52428800}), or a number with a unit {@code K}, {@code M} or
     * {@code G}, written alone or followed by {@code B} or {@code iB}, in either case ({@code 300MB},
     * {@code 1g}, {@code 1.5GB}, {@code 512 KiB}).
     *
     * @param text the size as written
     * @return the size in bytes, at least 1 and at most {@link #MAX}
     * @throws IllegalArgumentException if it is not a size, or out of range; the message says what to write
     */
    public static long parse(String text) {
        requireNonNull(text, "text");
        Matcher m = SIZE.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a size: write bytes, or a number with KB, MB"
                    + " or GB, such as 300MB or 1g");
        }
        String unit = m.group(3) == null ? "b" : m.group(3);
        int shift = switch (unit.charAt(0)) {
            case 'k' -> 10;
            case 'm' -> 20;
            case 'g' -> 30;
            default -> 0;
        };
        if (shift == 0 && m.group(2) != null) {
            throw new IllegalArgumentException("'" + text + "' is not a size: a number of bytes is whole");
        }
        BigDecimal number = new BigDecimal(m.group(2) == null ? m.group(1) : m.group(1) + "." + m.group(2));
        BigDecimal bytes = number.multiply(BigDecimal.valueOf(1L << shift));
        if (bytes.signum() <= 0 || bytes.compareTo(BigDecimal.valueOf(MAX)) > 0) {
            throw new IllegalArgumentException("'" + text + "' is out of range: a document size is from 1 byte to"
                    + " 2047MB, since a document is read into memory whole");
        }
        return bytes.longValue();
    }

    /**
     * Shows a size for people: in MB when it is at least 1 MB, with the exact bytes beside it.
     *
     * @param bytes the size
     * @return such as {@code 200 MB (209,715,200 bytes)}, {@code 1.5 KB (1,536 bytes)} or {@code 512 bytes}
     */
    public static String toString(long bytes) {
        String exact = String.format(Locale.ROOT, "%,d bytes", bytes);
        if (bytes < 1024) return exact;
        long unit = bytes >= 1L << 20 ? 1L << 20 : 1024;
        String name = unit == 1024 ? "KB" : "MB";
        BigDecimal value = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(unit), 1, java.math.RoundingMode.DOWN)
                .stripTrailingZeros();
        return value.toPlainString() + " " + name + " (" + exact + ")";
    }
}
