package io.specdriven.benchmarks;

import io.specdriven.core.Spec;
import io.specdriven.core.validation.SpecValidator;
import io.specdriven.core.validation.ValidationReport;
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

/** Each layer of the standard profile's validation alone, on a synthetic spec of N requirements. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class LayerBenchmarks {
    /** The number of requirements. */
    @Param({"1000", "10000", "50000"})
    public int requirements;

    /** The layer. */
    @Param({"STRUCTURAL", "REFERENTIAL", "COMPLETENESS", "LANGUAGE"})
    public Layer layer;

    private Spec spec;
    private SpecValidator validator;

    /** Generates the spec and the layer's validator. */
    @Setup(Level.Trial)
    public void setUp() {
        spec = BenchmarkSpec.of(requirements).spec();
        validator = layer.validator();
    }

    /**
     * Validates with the layer's rules only.
     *
     * @return the report
     */
    @Benchmark
    public ValidationReport validate() {
        return validator.validate(spec);
    }
}
