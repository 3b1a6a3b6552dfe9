package io.specdriven.core.quiet;

import io.specdriven.core.Spec;
import io.specdriven.core.validation.SpecValidator;
import io.specdriven.core.validation.ValidationReport;

/** A user's first program: build a spec, validate it, print the count. Run by {@link QuietByDefaultTest}. */
public final class PlainProgram {
    private PlainProgram() {}

    /**
     * Validates a small spec.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        Spec spec = Spec.builder("csv-export", "CSV export")
                .requirement("REQ-1", r -> r.title("Export").statement("The system shall export the report as CSV."))
                .build();
        ValidationReport report = SpecValidator.standard().validate(spec);
        System.out.println("errors: " + report.errors().size());
    }
}
