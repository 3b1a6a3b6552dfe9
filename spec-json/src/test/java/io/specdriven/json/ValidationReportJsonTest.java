package io.specdriven.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.specdriven.core.Id;
import io.specdriven.core.Waiver;
import io.specdriven.core.validation.ElementPath;
import io.specdriven.core.validation.Severity;
import io.specdriven.core.validation.SpecValidator;
import io.specdriven.core.validation.ValidationReport;
import io.specdriven.core.validation.Violation;
import io.specdriven.core.validation.WaivedViolation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValidationReportJsonTest {

    /** A hand-made report, so that the golden file pins the format, not the validator's wording. */
    static ValidationReport report() {
        ElementPath uc = ElementPath.root().element("useCases", Id.of("UC-1"));
        ElementPath req = ElementPath.root().element("requirements", Id.of("REQ-2"));
        return new ValidationReport(
                List.of(Violation.of("ref.unresolved", Severity.ERROR, uc.element("realizes", "REQ-404"),
                                "use case UC-1 realizes REQ-404, which is not a requirement of this spec")
                                .withHint("add requirement REQ-404 or remove the reference"),
                        Violation.of("completeness.no-criteria", Severity.WARNING, req,
                                "requirement REQ-2 has no acceptance criteria")),
                List.of(new WaivedViolation(Violation.of("completeness.no-priority", Severity.INFO,
                        req.field("priority"), "requirement REQ-2 has no priority"),
                        Waiver.of("completeness.no-priority", "prioritised in the \"Q3\" review"), req)),
                List.of("completeness.no-criteria", "completeness.no-priority", "ref.unresolved"));
    }

    @Test
    void writes_exactly_the_checked_in_report() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("golden/report.json")) {
            assertThat(SpecJson.toJson(report())).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void writes_every_finding_of_a_real_validation_with_its_rule_severity_path_and_message() {
        // given
        ValidationReport report = SpecValidator.standard().validate(Fixtures.rich());
        // when
        JsonNode json = JsonMapper.shared().readTree(SpecJson.toJson(report));
        // then
        assertThat(json.get("valid").asBoolean()).isEqualTo(report.isValid());
        assertThat(json.get("counts").get("waived").asInt()).isEqualTo(report.waived().size());
        List<JsonNode> written = json.has("findings") ? json.get("findings").valueStream().toList() : List.of();
        assertThat(written).extracting(v -> v.get("rule").asString(), v -> v.get("severity").asString(),
                        v -> v.get("path").asString(), v -> v.get("message").asString())
                .containsExactlyElementsOf(report.violations().stream()
                        .map(v -> org.assertj.core.groups.Tuple.tuple(v.ruleId(), v.severity().name(),
                                v.path().toString(), v.message()))
                        .toList());
    }

    @Test
    void a_users_mapper_with_the_module_writes_the_same_report() {
        JsonMapper mapper = JsonMapper.builder().addModule(new SpecJsonModule()).build();
        assertThat(mapper.readTree(mapper.writeValueAsString(report())))
                .isEqualTo(mapper.readTree(SpecJson.toJson(report())));
    }
}
