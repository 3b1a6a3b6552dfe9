package io.specdriven.mcp.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rule catalogue, docs/rules.md, packaged into the jar at build time: one section per rule, headed
 * {@code ### `rule.id`}, saying what it checks, its severity in each profile, an example and the fix.
 */
public final class RuleCatalogue {
    private final String text;
    private final Map<String, String> sections;

    private RuleCatalogue(String text, Map<String, String> sections) {
        this.text = text;
        this.sections = sections;
    }

    static RuleCatalogue load() {
        try (InputStream in = RuleCatalogue.class.getResourceAsStream("rules.md")) {
            if (in == null) throw new IllegalStateException("rules.md is missing from the spec-mcp jar");
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            // a resource of our own jar that cannot be read is a broken installation
            throw new UncheckedIOException("cannot read rules.md from the spec-mcp jar", e);
        }
    }

    static RuleCatalogue parse(String markdown) {
        Map<String, String> sections = new LinkedHashMap<>();
        String current = null;
        StringBuilder body = new StringBuilder();
        for (String line : markdown.split("\n", -1)) {
            boolean heading = line.startsWith("#");
            if (heading && current != null) {
                sections.put(current, body.toString().strip());
                current = null;
            }
            if (line.startsWith("### `") && line.endsWith("`")) {
                current = line.substring(5, line.length() - 1);
                body.setLength(0);
            } else if (current != null) {
                body.append(line).append('\n');
            }
        }
        if (current != null) sections.put(current, body.toString().strip());
        return new RuleCatalogue(markdown, sections);
    }

    /** The whole catalogue, as Markdown. */
    public String text() {
        return text;
    }

    public List<String> ids() {
        return List.copyOf(sections.keySet());
    }

    Optional<String> explain(String id) {
        return Optional.ofNullable(sections.get(id));
    }

    /** Rules of the same family whose name shares the asked one's start, or equal ignoring case. */
    List<String> near(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        int dot = wanted.indexOf('.');
        String family = dot < 0 ? wanted : wanted.substring(0, dot + 1);
        List<String> out = new ArrayList<>();
        for (String rule : sections.keySet()) {
            String r = rule.toLowerCase(Locale.ROOT);
            if (r.equals(wanted) || (r.startsWith(family) && commonPrefix(r, wanted) > family.length())) out.add(rule);
        }
        return out.size() > 5 ? out.subList(0, 5) : out;
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) n++;
        return n;
    }
}
