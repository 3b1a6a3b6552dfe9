package io.specdriven.maven;

import io.specdriven.engine.CheckRun;
import io.specdriven.engine.OutputFormat;
import io.specdriven.engine.SpecOutput;
import io.specdriven.maven.internal.CheckLog;
import io.specdriven.maven.internal.ParameterException;
import io.specdriven.maven.internal.Parameters;
import io.specdriven.maven.internal.Settings;
import java.io.File;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the specs (goal {@code spec:check}) as {@code spec check} does, logs every finding as a Maven log line at
 * its level (file and line, rule, element, message, hint) and fails the build when a finding reaches
 * {@code failOn}. Bound to {@code verify} by default.
 *
 * @since 0.1
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends SpecMojo {
    /** The report formats {@code reports} takes. */
    private static final List<String> REPORT_FORMATS = List.of("json", "sarif", "junit", "text");

    /**
     * The rule profile: {@code basic} (structure and references), {@code standard} or {@code strict} (every
     * gap an error). Unset, the configuration file's profile applies, else {@code standard}.
     */
    @Parameter(property = "specdriven.profile")
    private String profile;

    /**
     * The lowest severity that fails the build: {@code error} or {@code warning}. Unset, the configuration
     * file's applies, else {@code error}.
     */
    @Parameter(property = "specdriven.failOn")
    private String failOn;

    /**
     * The configuration file ({@code specdriven.yaml} or {@code specdriven.json}: profile, fail-on, rule
     * severities, thresholds, lexicons). Unset, the file is looked for in the project's folder and the
     * folders above it, up to the git root. The goal's {@code profile} and {@code failOn} win over the
     * file's.
     */
    @Parameter(property = "specdriven.configFile")
    private File configFile;

    /**
     * Report files to write besides the log, by format: {@code sarif} (for code scanning), {@code json},
     * {@code junit} (for a CI's test tab) and {@code text}. Each goes to {@code reportDirectory} as
     * {@code spec-check.sarif}, {@code spec-check.json}, {@code spec-check.xml} or {@code spec-check.txt}.
     */
    @Parameter(property = "specdriven.reports")
    private List<String> reports;

    /** The folder the report files go to. */
    @Parameter(property = "specdriven.reportDirectory", defaultValue = "${project.build.directory}/specdriven")
    private File reportDirectory;

    /** Lets Maven create the goal and inject its parameters. */
    public CheckMojo() {}

    @Override
    String goal() {
        return "check";
    }

    @Override
    void run() throws ParameterException, MojoExecutionException, MojoFailureException {
        Settings settings = Settings.resolve(profile, failOn, configFile, basedir());
        List<OutputFormat> formats = new ArrayList<>();
        if (reports != null) {
            for (String format : reports) {
                formats.add(OutputFormat.parse(Parameters.choice("reports", format, "specdriven.reports",
                        REPORT_FORMATS).orElseThrow()));
            }
        }
        CheckRun run = engine.check(sources(), settings.settings(), listener());
        CheckLog.log(run, settings, getLog());
        for (OutputFormat format : formats) {
            File file = new File(reportDirectory, "spec-check." + extension(format));
            try {
                file.getParentFile().mkdirs();
                SpecOutput.of(format).write(run, file.toPath());
            } catch (UncheckedIOException e) {
                throw new MojoExecutionException("parameter 'reportDirectory': " + e.getMessage());
            }
            getLog().info("spec check: wrote " + Parameters.name(file));
        }
        failOnUnreadable(run);
        Optional<String> failure = CheckLog.failure(run, settings);
        if (failure.isPresent()) throw new MojoFailureException(failure.get());
    }

    private static String extension(OutputFormat format) {
        switch (format) {
            case JUNIT:
                return "xml";
            case TEXT:
                return "txt";
            default:
                return format.toString();
        }
    }
}
