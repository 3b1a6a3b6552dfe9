package io.specdriven.core.internal.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the built-in lexicon files, which sit beside this class in the core module. */
public final class Lexicons {
    private Lexicons() {}

    /**
     * Reads a built-in lexicon file. It is looked up through this module's own class, so it is found on the
     * module path as well as the class path.
     *
     * @param name the file name, such as {@code vague-terms.txt}
     * @return its content
     * @throws IllegalStateException if the file is missing from the module
     */
    public static String read(String name) {
        try (InputStream in = Lexicons.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("built-in lexicon '" + name + "' is missing from spec-core");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in lexicon '" + name + "'", e);
        }
    }
}
