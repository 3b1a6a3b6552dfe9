package io.specdriven.core.source;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Finds the {@link SpecFormatReader}s on the class path or module path with {@link ServiceLoader}. A
 * format module (spec-json, and later YAML and Markdown) registers its reader as a service; embedders who
 * must know exactly which readers run create them directly instead.
 *
 * @since 0.1
 */
public final class SpecFormats {
    private SpecFormats() {}

    /**
     * Returns every reader found, in the order the service loader gives them, without two of one format.
     *
     * @return the readers; empty if no format module is present
     */
    public static List<SpecFormatReader> available() {
        List<SpecFormatReader> found = new ArrayList<>();
        for (SpecFormatReader reader : ServiceLoader.load(SpecFormatReader.class, SpecFormats.class.getClassLoader())) {
            if (found.stream().noneMatch(r -> r.formatName().equals(reader.formatName()))) found.add(reader);
        }
        return List.copyOf(found);
    }

    /**
     * Returns the reader of a format by name.
     *
     * @param formatName such as {@code json}
     * @return the reader, if one is present
     */
    public static Optional<SpecFormatReader> named(String formatName) {
        requireNonNull(formatName, "formatName");
        return available().stream().filter(r -> r.formatName().equals(formatName)).findFirst();
    }

    /**
     * Returns the reader whose file endings match a file name.
     *
     * @param fileName a file name or path
     * @return the reader, if one accepts the name
     */
    public static Optional<SpecFormatReader> forFile(String fileName) {
        requireNonNull(fileName, "fileName");
        return available().stream().filter(r -> r.accepts(fileName)).findFirst();
    }
}
