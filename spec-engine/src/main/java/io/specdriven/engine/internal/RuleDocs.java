package io.specdriven.engine.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The rule catalogue page, {@code docs/rules.md}, as the build packs it into this module: per rule id its
 * description (the paragraph under its {@code ### `id`} heading), its fix (the {@code **Fix:**} line) and
 * the address of its section on the project's site. SARIF takes its help text and help URI from here, so
 * code-scanning tools show the same words as the page ({@code RuleDocsTest} keeps the page and the code in
 * step).
 */
public final class RuleDocs {
    /** Where docs/rules.md is published; the anchors are GitHub's for its headings. */
    public static final String PAGE = "https://github.com/specdriven/specdriven/blob/main/docs/rules.md";

    private static final String RESOURCE = "rules.md";
    private static final RuleDocs PACKED = load();

    /**
     * One rule's documentation.
     *
     * @param id the rule or finding id
     * @param description what it checks
     * @param fix how to fix a finding, or empty
     */
    public record Entry(String id, String description, Optional<String> fix) {
        /**
         * Returns the address of the rule's section.
         *
         * @return the page with the heading's anchor
         */
        public String uri() {
            return PAGE + "#" + anchor(id);
        }
    }

    private final Map<String, Entry> entries;

    private RuleDocs(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /**
     * Returns the page packed into this module.
     *
     * @return the documentation
     */
    public static RuleDocs packed() {
        return PACKED;
    }

    /**
     * Returns the documentation of an id.
     *
     * @param id a rule or finding id
     * @return its entry, or empty for an id the page does not document (a custom rule's)
     */
    public Optional<Entry> get(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    /**
     * Returns every documented id.
     *
     * @return the ids, sorted
     */
    public java.util.Set<String> ids() {
        return entries.keySet();
    }

    /** GitHub's anchor of a heading: lower case, punctuation other than '-' and '_' dropped, spaces as '-'. */
    static String anchor(String heading) {
        StringBuilder out = new StringBuilder();
        for (char c : heading.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') out.append(c);
            else if (c == ' ') out.append('-');
        }
        return out.toString();
    }

    private static RuleDocs load() {
        InputStream in = RuleDocs.class.getResourceAsStream(RESOURCE);
        if (in == null) throw new IllegalStateException("the rule catalogue " + RESOURCE + " is not packed in spec-engine");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RuleDocs parse(BufferedReader reader) throws IOException {
        Map<String, Entry> entries = new TreeMap<>();
        String id = null;
        StringBuilder description = new StringBuilder();
        String fix = null;
        boolean paragraphDone = false;
        for (String line = reader.readLine(); ; line = reader.readLine()) {
            boolean heading = line == null || line.startsWith("#");
            if (heading && id != null) {
                entries.put(id, new Entry(id, description.toString().strip(), Optional.ofNullable(fix)));
                id = null;
            }
            if (line == null) break;
            if (line.startsWith("### `") && line.endsWith("`") && line.length() > 6) {
                id = line.substring(5, line.length() - 1);
                description.setLength(0);
                fix = null;
                paragraphDone = false;
            } else if (id != null) {
                if (line.startsWith("- **Fix:**")) {
                    fix = line.substring("- **Fix:**".length()).strip();
                } else if (line.isBlank() || line.startsWith("- ")) {
                    if (description.length() > 0) paragraphDone = true;
                } else if (!paragraphDone) {
                    description.append(' ').append(line.strip());
                }
            }
        }
        return new RuleDocs(entries);
    }
}
