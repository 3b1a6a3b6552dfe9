package io.specdriven.examples.internal;

import io.specdriven.core.Spec;
import io.specdriven.core.validation.Profile;
import io.specdriven.core.validation.Score;
import io.specdriven.core.validation.SpecValidator;
import io.specdriven.core.validation.ValidationReport;
import io.specdriven.core.validation.Violation;
import io.specdriven.core.validation.WaivedViolation;
import io.specdriven.examples.Examples;
import io.specdriven.json.SpecFormatException;
import io.specdriven.json.SpecJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The real library behind the tool.
 *
 * <p>Documents are read with {@link SpecJson}; the bundled examples are the checked-in JSON resources.
 */
final class DefaultLibrary implements Library {

    @Override
    public Spec read(Path file) throws SpecReadException {
        try {
            return SpecJson.read(file);
        } catch (SpecFormatException e) {
            // The tool names the file as the user typed it, so it builds the line from the parts.
            String where = e.path().isEmpty() ? "" : e.path() + ": ";
            throw new SpecReadException(where + e.problem(), e.line(), e.column(), e);
        }
    }

    /** One shared validator of the profile for the whole run: it is built once and is thread-safe. */
    @Override
    public Checker checker(String profile) {
        SpecValidator validator = SpecValidator.of(Profile.parse(profile));
        return spec -> translate(validator.validate(spec));
    }

    @Override
    public ValidationReport report(Spec spec, String profile) {
        return SpecValidator.of(Profile.parse(profile)).validate(spec);
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
        Score score = report.score();
        List<String> explanation = new ArrayList<>();
        explanation.add(score.toString().substring(score.toString().indexOf(':') + 2));
        // the explanation's lines, not the deductions alone: where an area fell to 0 a line gives back
        // what it could not lose, so the numbers add up to 100 - score
        score.explanation().lines().skip(1).map(String::strip).forEach(explanation::add);
        return new CheckResult(findings, waived, OptionalInt.of(score.total()), explanation);
    }

    private static Finding finding(Violation v, Optional<String> waiverReason) {
        return new Finding(v.ruleId(), Level.valueOf(v.severity().name()), v.path().toString(), v.message(), v.hint(),
                waiverReason);
    }

    @Override
    public List<Bundled> bundled() {
        return Examples.bundledNames().stream().map(name -> new Bundled(name, Examples.fromResource(name))).toList();
    }
}
