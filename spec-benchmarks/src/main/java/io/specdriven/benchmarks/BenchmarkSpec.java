package io.specdriven.benchmarks;

import static java.util.Objects.requireNonNull;

import io.specdriven.core.Spec;
import io.specdriven.core.validation.SpecValidator;
import io.specdriven.json.SpecJson;
import io.specdriven.testkit.DefectManifest;
import io.specdriven.testkit.SyntheticSpec;
import io.specdriven.testkit.SyntheticSpecs;
import java.util.List;

/**
 * The spec every benchmark of one size works on: a seeded synthetic spec of N requirements with 1% of each
 * defect, its JSON, and a second version to diff against.
 *
 * @param requirements the number of requirements
 * @param spec the spec
 * @param manifest the findings the standard profile must report on it
 * @param json the spec as specdriven writes it
 * @param next a second version of the spec
 */
public record BenchmarkSpec(int requirements, Spec spec, DefectManifest manifest, String json, Spec next) {
    /**
     * Checks for nulls.
     *
     * @param requirements the number of requirements
     * @param spec the spec
     * @param manifest the manifest
     * @param json the JSON
     * @param next the second version
     */
    public BenchmarkSpec {
        requireNonNull(spec, "spec");
        requireNonNull(manifest, "manifest");
        requireNonNull(json, "json");
        requireNonNull(next, "next");
    }

    /**
     * Generates the spec of a size, with the default seed.
     *
     * @param requirements the number of requirements
     * @return the spec and what goes with it
     */
    public static BenchmarkSpec of(int requirements) {
        SyntheticSpec generated = SyntheticSpecs.builder(requirements).build();
        Spec spec = generated.spec();
        return new BenchmarkSpec(requirements, spec, generated.manifest(), SpecJson.toJson(spec), SyntheticSpecs.nextVersion(spec));
    }

    /**
     * Validates the spec and fails unless the findings are exactly the manifest's: a benchmark of a checker
     * that finds something else measures nothing.
     *
     * @param validator the standard profile's validator
     * @throws IllegalStateException listing the first differences, if the findings differ from the manifest
     */
    public void requireManifest(SpecValidator validator) {
        List<String> differences = manifest.differences(DefectManifest.of(validator.validate(spec)));
        if (!differences.isEmpty()) {
            throw new IllegalStateException(String.format(
                    "the findings on the %,d-requirement spec differ from its manifest in %,d places, first: %s",
                    requirements, differences.size(), differences.subList(0, Math.min(10, differences.size()))));
        }
    }
}
