package io.specdriven.benchmarks;

import io.specdriven.benchmarks.plain.PlainCheck;
import io.specdriven.benchmarks.plain.PlainJson;
import io.specdriven.benchmarks.plain.PlainSpec;
import io.specdriven.core.Spec;
import io.specdriven.core.diff.SpecDiff;
import io.specdriven.core.trace.Traceability;
import io.specdriven.core.validation.ValidationReport;
import io.specdriven.core.validation.SpecValidator;
import io.specdriven.core.view.SpecViews;
import io.specdriven.json.SpecJson;
import io.specdriven.testkit.SyntheticSpecs;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * specdriven's operations on a synthetic spec of N requirements, and in the same run the plain-Jackson
 * baseline on the same content ({@code plain*}), so that each figure has a ratio. Run through
 * {@link BenchmarkTable}, which prints the table.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class SpecBenchmarks {
    /** The number of requirements. */
    @Param({"1000", "10000", "50000"})
    public int requirements;

    private BenchmarkSpec spec;
    private SpecValidator standard;
    private PlainSpec plain;
    private byte[] utf8;

    /** Generates the spec and checks that the validator finds exactly its manifest. */
    @Setup(Level.Trial)
    public void setUp() {
        spec = BenchmarkSpec.of(requirements);
        standard = Layer.ALL.validator();
        spec.requireManifest(standard);
        utf8 = spec.json().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        plain = PlainJson.read(utf8);
    }

    /**
     * Builds the spec through the public builders (the generator's choices included).
     *
     * @return the spec
     */
    @Benchmark
    public Spec build() {
        return SyntheticSpecs.builder(requirements).build().spec();
    }

    /**
     * Validates with the standard profile.
     *
     * @return the report
     */
    @Benchmark
    public ValidationReport validate() {
        return standard.validate(spec.spec());
    }

    /**
     * Reads the spec from UTF-8 JSON.
     *
     * @return the spec
     */
    @Benchmark
    public Spec readJson() {
        return SpecJson.read(new java.io.ByteArrayInputStream(utf8));
    }

    /**
     * Writes the spec as canonical JSON.
     *
     * @return the document
     */
    @Benchmark
    public String writeJson() {
        return SpecJson.toJson(spec.spec());
    }

    /**
     * Renders the Markdown view.
     *
     * @return the Markdown
     */
    @Benchmark
    public String markdown() {
        return SpecViews.markdown(spec.spec());
    }

    /**
     * Builds the traceability matrix.
     *
     * @return the trace
     */
    @Benchmark
    public Traceability trace() {
        return Traceability.of(spec.spec());
    }

    /**
     * Diffs the spec with its next version.
     *
     * @return the diff
     */
    @Benchmark
    public SpecDiff diff() {
        return SpecDiff.between(spec.spec(), spec.next());
    }

    /**
     * The baseline of {@link #readJson()}: binds the same UTF-8 document to plain records.
     *
     * @return the records
     */
    @Benchmark
    public PlainSpec plainRead() {
        return PlainJson.read(utf8);
    }

    /**
     * The baseline of {@link #writeJson()}: writes the plain records back.
     *
     * @return the document
     */
    @Benchmark
    public String plainWrite() {
        return PlainJson.write(plain);
    }

    /**
     * The baseline of {@link #validate()}: the naive reference check on the plain records.
     *
     * @return the number of problems
     */
    @Benchmark
    public int plainCheck() {
        return PlainCheck.problems(plain);
    }
}
