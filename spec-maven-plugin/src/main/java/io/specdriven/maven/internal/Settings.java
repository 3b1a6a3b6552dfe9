package io.specdriven.maven.internal;

import io.specdriven.core.validation.Profile;
import io.specdriven.core.validation.Severity;
import io.specdriven.engine.CheckSettings;
import io.specdriven.engine.SpecConfig;
import io.specdriven.engine.SpecConfigException;
import io.specdriven.engine.TerminalText;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The check settings of a goal, as {@code spec check} makes them: the configuration file the goal names,
 * else {@code specdriven.yaml} or {@code specdriven.json} found from the project's folder up to its git
 * root, and the goal's {@code profile} and {@code failOn} winning over the file's.
 *
 * @param settings the settings
 * @param configFile the configuration file read, by its log name, if one was
 */
public record Settings(CheckSettings settings, Optional<String> configFile) {
    /** The profiles, as the {@code profile} parameter takes them. */
    public static final List<String> PROFILES = List.of("basic", "standard", "strict");

    /** The fail-on levels of a check, as the {@code failOn} parameter takes them. */
    public static final List<String> LEVELS = List.of("error", "warning");

    /**
     * Resolves the settings.
     *
     * @param profile the {@code profile} parameter, or null
     * @param failOn the {@code failOn} parameter, or null (a goal without it passes null)
     * @param configFile the {@code configFile} parameter, or null to look for the file
     * @param basedir the project's folder, where the search starts
     * @return the settings
     * @throws ParameterException for a wrong value or an unusable configuration file
     */
    public static Settings resolve(String profile, String failOn, File configFile, File basedir)
            throws ParameterException {
        Optional<Profile> p = Parameters.choice("profile", profile, "specdriven.profile", PROFILES).map(Profile::parse);
        Optional<Severity> f = Parameters.choice("failOn", failOn, "specdriven.failOn", LEVELS)
                .map(s -> Severity.valueOf(s.toUpperCase(Locale.ROOT)));
        if (configFile != null) {
            String name = Parameters.name(configFile);
            try {
                return new Settings(SpecConfig.read(Path.of(name)).settings(p, f), Optional.of(name));
            } catch (SpecConfigException e) {
                throw ParameterException.of("configFile", TerminalText.safe(e.getMessage()));
            }
        }
        try {
            Optional<Path> found = SpecConfig.find(basedir.toPath());
            if (found.isEmpty()) return new Settings(SpecConfig.none().settings(p, f), Optional.empty());
            String name = Parameters.name(basedir.toPath().resolve(found.get()));
            return new Settings(SpecConfig.read(Path.of(name)).settings(p, f), Optional.of(name));
        } catch (SpecConfigException e) {
            throw ParameterException.configuration(TerminalText.safe(e.getMessage()));
        }
    }

    /**
     * Describes the settings for the summary line.
     *
     * @return such as {@code profile standard, fail-on error, configuration specdriven.yaml}
     */
    public String describe() {
        return "profile " + settings.profile() + ", fail-on " + settings.failOn().name().toLowerCase(Locale.ROOT)
                + configFile.map(c -> ", configuration " + TerminalText.safe(c)).orElse("");
    }
}
