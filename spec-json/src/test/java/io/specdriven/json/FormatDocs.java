package io.specdriven.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The JSON examples of docs/format.md, so that tests keep the page true. */
final class FormatDocs {
    private FormatDocs() {}

    /** Surefire runs in the module's directory; the page sits in the repository's docs folder. */
    static final Path PAGE = Path.of("../docs/format.md");

    private static final Pattern BLOCK =
            Pattern.compile("(?:<!-- example: (\\w+) -->\\n)?```json\\n(.*?)```", Pattern.DOTALL);

    static String page() {
        try {
            return Files.readString(PAGE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The complete documents: blocks that hold a whole spec. */
    static List<String> examples() {
        List<String> out = new ArrayList<>();
        Matcher m = BLOCK.matcher(page());
        while (m.find()) {
            if (m.group(1) == null && m.group(2).contains("\"specFormat\"")) out.add(m.group(2));
        }
        return out;
    }

    /** The spec of the section "A complete document", which the output examples are made from. */
    static String completeDocument() {
        String page = page();
        Matcher m = BLOCK.matcher(page);
        if (!m.find(page.indexOf("\n## A complete document\n"))) throw new AssertionError("no complete document");
        return m.group(2);
    }

    /**
     * An example of an output-only document (trace, diff), marked {@code <!-- output: name -->}: the
     * tests check it is exactly what the library writes.
     */
    static String outputExample(String name) {
        Matcher m = Pattern.compile("<!-- output: " + name + " -->\n```json\n(.*?)```", Pattern.DOTALL).matcher(page());
        if (!m.find()) throw new AssertionError("no output example '" + name + "' in " + PAGE);
        return m.group(1);
    }

    /** The element examples, by the name of their schema definition. */
    static Map<String, String> elementExamples() {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = BLOCK.matcher(page());
        while (m.find()) {
            if (m.group(1) != null) out.put(m.group(1), m.group(2));
        }
        return out;
    }
}
