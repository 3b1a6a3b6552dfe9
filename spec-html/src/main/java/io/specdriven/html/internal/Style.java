package io.specdriven.html.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The page's style sheet, inlined so the page needs nothing else to be read. */
final class Style {
    private static final String CSS = load();

    private Style() {}

    static String css() {
        return CSS;
    }

    private static String load() {
        try (InputStream in = Style.class.getResourceAsStream("page.css")) {
            if (in == null) throw new IllegalStateException("page.css is missing from the spec-html jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // a resource inside our own jar that cannot be read is a broken installation
            throw new UncheckedIOException("cannot read page.css from the spec-html jar", e);
        }
    }
}
