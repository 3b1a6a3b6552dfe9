package io.specdriven.core.internal.view;

import io.specdriven.core.AcceptanceCriterion;
import io.specdriven.core.Id;
import io.specdriven.core.Requirement;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * One Gherkin feature per requirement, tagged with its id, and one scenario per acceptance criterion,
 * tagged with the criterion's id, in English keywords.
 *
 * <p>Gherkin is line-based: a description line that starts with a scenario, rule or background keyword,
 * a tag or a comment would be read as one. Such lines are prefixed with a backslash, which Gherkin shows
 * as it is. Which lines those are is decided as the parser decides it: after stripping what Gherkin
 * treats as white space, which is more than {@link String#strip()} strips (a no-break space, U+2007 or
 * U+202F before {@code Scenario:} would otherwise start a scenario, issue 14). Step text is joined onto one line. A criterion written as a plain statement becomes a
 * single {@code Then} step, so a runner reports it as undefined rather than passing an empty scenario.
 */
public final class Gherkin {
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    // In a description the parser still recognises these lines (checked against gherkin 38): they would
    // silently start a scenario, a rule or a background, become tags, or vanish as comments.
    private static final Pattern SPECIAL_START = Pattern.compile(
            "(Rule|Background|Scenario|Scenario Outline|Scenario Template|Example):.*|[@#].*");
    private static final Set<String> WINDOWS_RESERVED = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2",
            "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5",
            "LPT6", "LPT7", "LPT8", "LPT9");

    private Gherkin() {}

    /** The longest file name stem, in UTF-8 bytes: well below the 255 bytes file systems allow. */
    static final int MAX_STEM_BYTES = 120;

    /**
     * A file name for the requirement's feature: its id and {@code .feature}, made safe on every file
     * system. Ids are free text, so each character that is not safe in a file name ({@code / \ : * ? " < > |},
     * white space other than the space, and control or format characters) becomes {@code _}; a name that
     * starts with {@code .} (hidden, or {@code ..}) gets a leading {@code _}; a Windows device name ({@code CON}, {@code NUL.1})
     * a {@code _} after it. A stem longer than {@value #MAX_STEM_BYTES} UTF-8 bytes is cut on a character
     * boundary and ends with {@code -} and the CRC-32 of the whole id in hex, so cut names stay apart. An
     * id that needs none of this, such as {@code REQ-EXPORT}, is its own file name as before.
     */
    public static String fileName(Requirement r) {
        String id = r.id().value();
        StringBuilder out = new StringBuilder(id.length() + 2);
        for (int i = 0; i < id.length(); ) {
            int c = id.codePointAt(i);
            i += Character.charCount(c);
            boolean unsafe = c < 0x20 || "/\\:*?\"<>|".indexOf(c) >= 0 || (c < 0x10000 && c != ' ' && isWhitespace((char) c))
                    || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.CONTROL;
            out.appendCodePoint(unsafe ? '_' : c);
        }
        String base = out.toString();
        if (base.startsWith(".")) base = "_" + base;
        int dot = base.indexOf('.');
        String device = (dot < 0 ? base : base.substring(0, dot)).toUpperCase(Locale.ROOT);
        if (WINDOWS_RESERVED.contains(device)) base = dot < 0 ? base + "_" : base.substring(0, dot) + "_" + base.substring(dot);
        if (base.getBytes(StandardCharsets.UTF_8).length > MAX_STEM_BYTES) base = cut(base, id);
        return base + ".feature";
    }

    private static String cut(String base, String id) {
        CRC32 crc = new CRC32();
        crc.update(id.getBytes(StandardCharsets.UTF_8));
        String tail = "-" + String.format("%08x", crc.getValue());
        int budget = MAX_STEM_BYTES - tail.length();
        StringBuilder kept = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < base.length(); ) {
            int cp = base.codePointAt(i);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + size > budget) break;
            kept.appendCodePoint(cp);
            bytes += size;
            i += Character.charCount(cp);
        }
        return kept + tail;
    }

    /**
     * Renders the requirement as a feature.
     *
     * @param r the requirement
     * @param tags the tag of each requirement and criterion id ({@link GherkinTags#of})
     */
    public static String feature(Requirement r, Map<Id, String> tags) {
        StringBuilder out = new StringBuilder();
        String reqTag = "@" + tag(tags, r.id());
        out.append(reqTag).append('\n');
        out.append("Feature: ").append(oneLine(r.id().value())).append(' ').append(oneLine(r.title())).append('\n');
        description(out, r.statement());
        r.story().ifPresent(s -> description(out, s.toString()));
        for (AcceptanceCriterion c : r.criteria()) {
            out.append('\n');
            // the requirement's tag is on the feature and every scenario inherits it: a runner sees both ids
            // (@REQ-EXPORT @AC-EMPTY) on each scenario, and never the requirement's twice
            out.append("  @").append(tag(tags, c.id())).append('\n');
            out.append("  Scenario: ").append(oneLine(c.id().value())).append(category(c)).append('\n');
            boolean gwt = c.given().isPresent() || c.when().isPresent() || c.then().isPresent();
            if (gwt) {
                step(out, "Given", c.given());
                step(out, "When", c.when());
                step(out, "Then", c.then());
            } else {
                step(out, "Then", c.statement());
            }
        }
        return out.toString();
    }

    private static String tag(Map<Id, String> tags, Id id) {
        String tag = tags.get(id);
        if (tag == null) throw new IllegalArgumentException("no tag for " + id);
        return tag;
    }

    private static String category(AcceptanceCriterion c) {
        return switch (c.category()) {
            case SUCCESS -> "";
            case FAILURE -> " (failure)";
            case EDGE_CASE -> " (edge case" + c.edgeCase()
                    .map(k -> ": " + k.name().toLowerCase(Locale.ROOT).replace('_', ' ')).orElse("") + ")";
        };
    }

    private static void step(StringBuilder out, String keyword, Optional<String> text) {
        text.ifPresent(t -> out.append("    ").append(keyword).append(' ').append(oneLine(t)).append('\n'));
    }

    private static void description(StringBuilder out, String text) {
        for (String line : LINE_BREAK.split(text, -1)) {
            String trimmed = strip(line);
            if (trimmed.isEmpty()) continue;
            out.append("  ");
            if (SPECIAL_START.matcher(trimmed).matches()) out.append('\\');
            out.append(trimmed).append('\n');
        }
    }

    private static String oneLine(String text) {
        String joined = strip(LINE_BREAK.matcher(text).replaceAll(" "));
        return joined.isEmpty() ? "_" : joined;
    }

    /** Strips, at both ends, every character the Gherkin parser strips from a line. */
    static String strip(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && isWhitespace(line.charAt(start))) start++;
        while (end > start && isWhitespace(line.charAt(end - 1))) end--;
        return line.substring(start, end);
    }

    /**
     * White space as the Gherkin parser (io.cucumber:gherkin 38, {@code StringUtils.isWhitespace}) sees it:
     * space and tab, every space, line or paragraph separator (Unicode categories Zs, Zl, Zp: the no-break
     * spaces U+00A0, U+2007 and U+202F among them), the characters whose bidirectional class is white
     * space, segment or paragraph separator (the ASCII controls tab, line feed, vertical tab, form feed,
     * carriage return and U+001C–U+001F), and U+0085.
     */
    static boolean isWhitespace(char c) {
        if (c == ' ' || c == '\t' || c == '\u0085' || Character.isSpaceChar(c)) return true;
        byte direction = Character.getDirectionality(c);
        return direction == Character.DIRECTIONALITY_WHITESPACE || direction == Character.DIRECTIONALITY_SEGMENT_SEPARATOR
                || direction == Character.DIRECTIONALITY_PARAGRAPH_SEPARATOR;
    }
}
