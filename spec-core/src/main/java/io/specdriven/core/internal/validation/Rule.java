package io.specdriven.core.internal.validation;

import static java.util.Objects.requireNonNull;

import io.specdriven.core.Spec;
import io.specdriven.core.validation.ElementPath;
import io.specdriven.core.validation.Severity;
import io.specdriven.core.validation.SpecRule;
import io.specdriven.core.validation.ViolationSink;

/**
 * A built-in rule: an id, its default severity, a description and the check, written as a lambda that
 * reports through {@link Findings} so it never repeats its own id and severity.
 *
 * @param id the rule id
 * @param severity the default severity
 * @param description what it checks
 * @param check the check
 */
public record Rule(String id, Severity severity, String description, Check check) implements SpecRule {
    /**
     * Checks for nulls.
     *
     * @param id the rule id
     * @param severity the default severity
     * @param description what it checks
     * @param check the check 
     */
    public Rule {
        requireNonNull(id, "id");
        requireNonNull(severity, "severity");
        requireNonNull(description, "description");
        requireNonNull(check, "check");
    }

    /** The body of a rule. */
    @FunctionalInterface
    public interface Check {
        /**
         * Checks a spec.
         *
         * @param spec the spec
         * @param out where findings go
         */
        void run(Spec spec, Findings out);
    }

    /** Reports findings under one rule's id and severity. */
    public static final class Findings {
        private final String id;
        private final Severity severity;
        private final ViolationSink sink;

        Findings(String id, Severity severity, ViolationSink sink) {
            this.id = id;
            this.severity = severity;
            this.sink = sink;
        }

        /**
         * Reports a finding.
         *
         * @param path where
         * @param message what is wrong and what is expected
         */
        public void add(ElementPath path, String message) {
            sink.report(id, severity, path, message);
        }

        /**
         * Reports a finding with a hint.
         *
         * @param path where
         * @param message what is wrong and what is expected
         * @param hint how to fix it
         */
        public void add(ElementPath path, String message, String hint) {
            sink.report(id, severity, path, message, hint);
        }
    }

    /**
     * Writes a count with its noun in the right number, for descriptions and messages built from settings.
     *
     * @param n the count
     * @param one the noun for 1, such as {@code FAILURE criterion}
     * @param many the noun for any other count, such as {@code FAILURE criteria}
     * @return such as {@code 1 FAILURE criterion} or {@code 2 FAILURE criteria}
     */
    public static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    @Override
    public void check(Spec spec, ViolationSink sink) {
        requireNonNull(spec, "spec");
        check.run(spec, new Findings(id, severity, requireNonNull(sink, "sink")));
    }
}
