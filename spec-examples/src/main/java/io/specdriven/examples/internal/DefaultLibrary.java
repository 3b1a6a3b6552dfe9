package io.specdriven.examples.internal;

import io.specdriven.core.Spec;
import io.specdriven.core.validation.SpecValidator;
import io.specdriven.core.validation.ValidationReport;
import io.specdriven.core.validation.Violation;
import io.specdriven.core.validation.WaivedViolation;
import io.specdriven.examples.Examples;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The real library behind the tool.
 *
 * <p>Interim: until spec-json is merged, documents cannot be read, and says so rather than pretend.
 */
final class DefaultLibrary implements Library {

    @Override
    public Spec read(Path file) throws SpecReadException {
        try {
            if (Files.size(file) == 0) {
                throw new SpecReadException("the file is empty; expected a JSON object describing a spec", 1, 1,
                        null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new SpecReadException("this build cannot read spec documents yet (spec-json is not merged)");
    }

    /**
     * Interim: the completeness profiles (issue 4) are not merged, so both profiles run the structural and
     * referential rules, and there is no score yet.
     */
    @Override
    public Checker checker(String profile) {
        SpecValidator validator = SpecValidator.builder().defaultRules().build();
        return spec -> translate(validator.validate(spec));
    }

    static CheckResult translate(ValidationReport report) {
        List<Finding> findings = new ArrayList<>();
        for (Violation v : report.violations()) {
            findings.add(finding(v, Optional.empty()));
        }
        List<Finding> waived = new ArrayList<>();
        for (WaivedViolation w : report.waived()) {
            waived.add(finding(w.violation(), Optional.of(w.waiver().reason())));
        }
        return new CheckResult(findings, waived, OptionalInt.empty());
    }

    private static Finding finding(Violation v, Optional<String> waiverReason) {
        return new Finding(v.ruleId(), Level.valueOf(v.severity().name()), v.path().toString(), v.message(), v.hint(),
                waiverReason);
    }

    @Override
    public List<Bundled> bundled() {
        return List.of(new Bundled("csv-export.spec.json", Examples.csvExport()),
                new Bundled("webshop.spec.json", Examples.webshop()),
                new Bundled("specdriven.spec.json", Examples.specdriven()));
    }
}
