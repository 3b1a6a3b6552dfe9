package io.specdriven.maven;

import io.specdriven.core.validation.Profile;
import io.specdriven.core.validation.Severity;
import io.specdriven.engine.CheckListener;
import io.specdriven.engine.CheckRun;
import io.specdriven.engine.CheckSettings;
import io.specdriven.engine.Source;
import io.specdriven.engine.SourceResult;
import io.specdriven.engine.SpecEngine;
import io.specdriven.engine.TerminalText;
import io.specdriven.maven.internal.ParameterException;
import io.specdriven.maven.internal.Parameters;
import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal shares: the spec files and folders it reads, and the switch that skips it. Package-private:
 * the goals are the plugin's API, this class is how they share parameters.
 */
abstract class SpecMojo extends AbstractMojo {
    /**
     * The spec files and folders to read; a folder stands for every spec file under it
     * ({@code *.spec.json} and the other formats the engine reads). A relative path is taken from the
     * project's folder. It is an error when none of them holds a spec file.
     */
    @Parameter(property = "specdriven.specs", defaultValue = "${project.basedir}/src/main/spec")
    private List<File> specs;

    /** Skips every goal of the plugin: nothing is read, written or checked. */
    @Parameter(property = "specdriven.skip", defaultValue = "false")
    private boolean skip;

    /** The project's folder, where the search for a configuration file starts. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    /**
     * The logger level Hibernate Validator gets in Maven's log unless the user sets one: its version banner
     * ({@code HV000001}) is an INFO line every build would show.
     */
    private static final String VALIDATOR_LOG_LEVEL = "org.slf4j.simpleLogger.log.org.hibernate.validator";

    /** The application layer every goal calls; made when the goal runs. */
    SpecEngine engine;

    /** Lets Maven create the goal and inject its parameters. */
    SpecMojo() {}

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("spec:" + goal() + " skipped (skip is true, or -Dspecdriven.skip)");
            return;
        }
        if (System.getProperty(VALIDATOR_LOG_LEVEL) == null) System.setProperty(VALIDATOR_LOG_LEVEL, "warn");
        engine = SpecEngine.standard();
        try {
            run();
        } catch (ParameterException e) {
            throw new MojoExecutionException(e.getMessage());
        }
    }

    /** The goal's name, for the log. */
    abstract String goal();

    /** Runs the goal once its parameters are known not to skip it. */
    abstract void run() throws ParameterException, MojoExecutionException, MojoFailureException;

    /** The project's folder. */
    final File basedir() {
        return basedir;
    }

    /** The sources the {@code specs} parameter names, by the names the log shows. */
    final List<Source> sources() throws ParameterException {
        if (specs == null || specs.isEmpty()) throw ParameterException.of("specs", "names no spec file or folder");
        List<Source> sources = new ArrayList<>();
        for (File file : specs) sources.add(Source.file(Parameters.name(file)));
        return sources;
    }

    /**
     * Reads every spec the {@code specs} parameter names (a folder gives each spec file under it), with the
     * engine's own search and read errors; logs each unreadable one and fails naming the parameter.
     */
    final List<SourceResult.Checked> readSpecs() throws ParameterException {
        CheckRun run = engine.check(sources(), CheckSettings.of(Profile.BASIC, Severity.ERROR), listener());
        failOnUnreadable(run);
        return run.checked();
    }

    /** Logs each source that could not be read as an error line, then fails naming the {@code specs} parameter. */
    final void failOnUnreadable(CheckRun run) throws ParameterException {
        List<SourceResult.Unreadable> unreadable = run.unreadable();
        if (unreadable.isEmpty()) return;
        for (SourceResult.Unreadable u : unreadable) getLog().error(TerminalText.safe(u.error().getMessage()));
        throw ParameterException.of("specs", TerminalText.safe(unreadable.get(0).error().getMessage())
                + (unreadable.size() > 1 ? " (and " + (unreadable.size() - 1) + " more, logged above)" : ""));
    }

    /** Timings at debug level ({@code mvn -X}). */
    final CheckListener listener() {
        if (!getLog().isDebugEnabled()) return CheckListener.NONE;
        return new CheckListener() {
            @Override
            public void read(String name, Duration took) {
                getLog().debug("spec: read " + TerminalText.safe(name) + " in " + took.toMillis() + " ms");
            }

            @Override
            public void validatorReady(CheckSettings settings, Duration sinceStart) {
                getLog().debug("spec: " + settings.profile() + " validator ready " + sinceStart.toMillis()
                        + " ms after the run began");
            }

            @Override
            public void checked(String name, Duration took) {
                getLog().debug("spec: checked " + TerminalText.safe(name) + " in " + took.toMillis() + " ms");
            }
        };
    }
}
