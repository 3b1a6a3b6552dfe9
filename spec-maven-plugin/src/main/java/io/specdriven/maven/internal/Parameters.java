package io.specdriven.maven.internal;

import io.specdriven.core.Suggestions;
import io.specdriven.engine.TerminalText;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reading the goals' parameter values: names from a list of choices, and file names for the engine. */
public final class Parameters {
    private Parameters() {}

    /**
     * Returns a value that must be one of a few words, in lower case.
     *
     * @param parameter the parameter's name, for the error
     * @param value the configured value, or null when it is not set
     * @param property the user property that also sets it, for the error
     * @param choices the accepted words, in lower case
     * @return the word, or empty when the parameter is not set
     * @throws ParameterException naming the parameter, the accepted words and the closest one
     */
    public static Optional<String> choice(String parameter, String value, String property, List<String> choices)
            throws ParameterException {
        if (value == null) return Optional.empty();
        String word = value.strip().toLowerCase(Locale.ROOT);
        if (choices.contains(word)) return Optional.of(word);
        String closest = Suggestions.closest(word, choices).map(s -> " — did you mean '" + s + "'?").orElse("");
        throw ParameterException.of(parameter, "'" + TerminalText.safe(value) + "' is not one of "
                + String.join(", ", choices) + closest + " (set <" + parameter + "> in the plugin's configuration, or -D"
                + property + ")");
    }

    /**
     * Returns the name a file is given to the engine by, which is also the name the log shows: relative to
     * the working directory when the file is below it (in a multi-module build started at the root, the
     * module's folder comes first: {@code orders/src/main/spec/orders.spec.json}), else absolute. The engine
     * resolves a relative name against the same working directory, so both agree.
     *
     * @param file the file, absolute (Maven resolves a parameter's relative path against the project)
     * @return the name
     */
    public static String name(File file) {
        return name(file.toPath());
    }

    /**
     * Returns the name of a path, as {@link #name(File)} does.
     *
     * @param path the path
     * @return the name
     */
    public static String name(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        if (!absolute.startsWith(cwd)) return absolute.toString();
        String relative = cwd.relativize(absolute).toString();
        return relative.isEmpty() ? "." : relative;
    }
}
