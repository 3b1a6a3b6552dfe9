package io.specdriven.examples.internal;

import io.specdriven.core.Spec;
import io.specdriven.core.validation.ValidationReport;
import java.nio.file.Path;
import java.util.List;

/**
 * The seam between the tool and the library: how a file becomes a spec, how a spec is checked, and which
 * specs are bundled. Views, traceability and diffs are pure functions of a spec, so the tool calls the
 * library for those directly. The tool's argument handling, exit codes and output are tested against fakes of this
 * interface; {@link DefaultLibrary} is the real one.
 */
public interface Library {

    /**
     * Parses one spec document. The file exists, is a regular file and is readable.
     *
     * @param file the file
     * @return the spec
     * @throws SpecReadException if it is not a valid spec document
     */
    Spec read(Path file) throws SpecReadException;

    /**
     * Creates the checker for a profile. The tool creates one per run and reuses it for every file.
     *
     * @param profile {@code standard} or {@code strict}
     * @return the checker
     */
    Checker checker(String profile);

    /**
     * Validates one spec for the findings section of a rendered document ({@code render --findings}).
     *
     * @param spec the spec
     * @param profile {@code basic}, {@code standard} or {@code strict}
     * @return the library's report
     */
    ValidationReport report(Spec spec, String profile);

    /**
     * Returns the bundled good examples, checked when no file is given.
     *
     * @return name and spec of each, in order
     */
    List<Bundled> bundled();

    /** Checks specs with one validator. */
    interface Checker {
        /**
         * Checks one spec.
         *
         * @param spec the spec
         * @return what was found
         */
        CheckResult check(Spec spec);
    }

    /**
     * A bundled example.
     *
     * @param name its file name, such as {@code csv-export.spec.json}
     * @param spec the spec
     */
    record Bundled(String name, Spec spec) {}
}
