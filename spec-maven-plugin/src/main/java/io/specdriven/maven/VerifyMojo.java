package io.specdriven.maven;

import io.specdriven.core.source.SpecReadException;
import io.specdriven.core.verify.ElementVerification;
import io.specdriven.core.verify.VerificationStatus;
import io.specdriven.engine.OutputFormat;
import io.specdriven.engine.Source;
import io.specdriven.engine.SourceResult;
import io.specdriven.engine.SpecOutput;
import io.specdriven.engine.TerminalText;
import io.specdriven.engine.VerifyRequest;
import io.specdriven.engine.VerifyResult;
import io.specdriven.json.results.ResultsFormatException;
import io.specdriven.maven.internal.ParameterException;
import io.specdriven.maven.internal.Parameters;
import java.io.File;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Verifies each spec (goal {@code spec:verify}) against the build's test results as {@code spec verify} does,
 * logs the status of every criterion (one the threshold fails as an error line), and fails the build while a
 * criterion is at {@code failOn} or worse. Bound to {@code verify} by default, after the tests ran.
 *
 * @since 0.1
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class VerifyMojo extends SpecMojo {
    /** The statuses {@code failOn} takes, from the strictest threshold to the most lenient. */
    private static final List<String> STATUSES = List.of("untested", "skipped", "suspect", "failed");

    /**
     * The test results to read, files or folders: spec-junit's results JSON, Surefire/Failsafe JUnit XML,
     * Cucumber JSON or JUnit XML. Unset: {@code target/spec-results} (where spec-junit's listener writes),
     * else {@code target/surefire-reports} when the first does not exist.
     */
    @Parameter(property = "specdriven.results")
    private List<File> results;

    /**
     * The best status that still fails the build: {@code untested} (every criterion must pass),
     * {@code skipped}, {@code suspect} or {@code failed} (only failing tests fail it: where a team starts).
     */
    @Parameter(property = "specdriven.verify.failOn", defaultValue = "untested")
    private String failOn;

    /**
     * The previous version of the spec, to tell tests that still name an id the spec renamed (one spec
     * only).
     */
    @Parameter(property = "specdriven.previous")
    private File previous;

    /** The acceptance history ({@code acceptance.jsonl}) each run is appended to, if any. */
    @Parameter(property = "specdriven.record")
    private File record;

    /** The build's output folder, where the default results are. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    private File buildDirectory;

    /** Lets Maven create the goal and inject its parameters. */
    public VerifyMojo() {}

    @Override
    String goal() {
        return "verify";
    }

    @Override
    void run() throws ParameterException, MojoExecutionException, MojoFailureException {
        VerificationStatus threshold = VerificationStatus.valueOf(Parameters.choice("failOn", failOn,
                "specdriven.verify.failOn", STATUSES).orElse("untested").toUpperCase(Locale.ROOT));
        List<String> resultNames = results();
        List<SourceResult.Checked> specs = readSpecs();
        if (previous != null && specs.size() > 1) {
            throw ParameterException.of("previous", "is the previous version of one spec, but 'specs' names "
                    + specs.size() + " spec files");
        }
        List<String> failures = new ArrayList<>();
        for (SourceResult.Checked spec : specs) {
            VerifyRequest request = new VerifyRequest(Source.file(spec.name()), resultNames,
                    Optional.ofNullable(previous).map(p -> Source.file(Parameters.name(p))), threshold,
                    Optional.ofNullable(record).map(Parameters::name));
            VerifyResult result;
            try {
                result = engine.verify(request);
            } catch (SpecReadException e) {
                throw ParameterException.of(previous != null ? "previous" : "specs", TerminalText.safe(e.getMessage()));
            } catch (ResultsFormatException e) {
                throw ParameterException.of(record != null && e.getMessage().startsWith(Parameters.name(record))
                        ? "record" : "results", TerminalText.safe(e.getMessage()));
            }
            if (specs.size() > 1) getLog().info(TerminalText.safe(spec.name()));
            String text = SpecOutput.of(OutputFormat.TEXT).toString(result);
            List<String> lines = text.lines().toList();
            Set<String> failing = new HashSet<>(); // "AC-EMPTY failed": a criterion line the threshold fails
            for (ElementVerification c : result.verification().criteria()) {
                if (c.status().ordinal() <= threshold.ordinal()) failing.add(c.name() + " " + c.status().label());
            }
            for (String line : lines) {
                String[] words = line.strip().split(" +", 3);
                boolean fails = words.length > 1 && failing.contains(words[0] + " " + words[1].toLowerCase(Locale.ROOT));
                if (fails) getLog().error(line);
                else getLog().info(line);
            }
            if (!result.isAccepted()) {
                failures.add(TerminalText.safe(spec.name()) + ": " + (lines.isEmpty() ? "not accepted"
                        : lines.get(lines.size() - 1).strip()));
            }
        }
        if (!failures.isEmpty()) {
            throw new MojoFailureException("spec verify failed (fail-on " + threshold.label() + "): "
                    + String.join("; ", failures));
        }
    }

    /** The results files and folders, by the names the engine reads them by; the defaults when none is set. */
    private List<String> results() throws ParameterException {
        List<String> names = new ArrayList<>();
        if (results != null && !results.isEmpty()) {
            for (File file : results) {
                if (!file.exists()) throw ParameterException.of("results", TerminalText.safe(Parameters.name(file))
                        + ": no such file or folder (run the tests first, or set <results>)");
                names.add(Parameters.name(file));
            }
            return names;
        }
        File listener = new File(buildDirectory, "spec-results");
        File surefire = new File(buildDirectory, "surefire-reports");
        if (listener.isDirectory()) return List.of(Parameters.name(listener));
        if (surefire.isDirectory()) return List.of(Parameters.name(surefire));
        throw ParameterException.of("results", "neither " + TerminalText.safe(Parameters.name(listener)) + " nor "
                + TerminalText.safe(Parameters.name(surefire)) + " exists: run the tests first (spec-junit's listener"
                + " writes spec-results), or set <results>");
    }
}
