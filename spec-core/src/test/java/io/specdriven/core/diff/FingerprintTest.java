package io.specdriven.core.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.specdriven.core.AttributeType;
import io.specdriven.core.Entity;
import io.specdriven.core.Id;
import io.specdriven.core.Requirement;
import io.specdriven.core.RequirementStatus;
import io.specdriven.core.Spec;
import io.specdriven.core.fixture.ExampleSpecs;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    private static Requirement requirement() {
        return Requirement.builder("REQ-1").title("Export").statement("The system shall export CSV.")
                .criterion("AC-1", c -> c.when("the analyst clicks Export").then("a file is downloaded"))
                .build();
    }

    @Test
    void is_pinned_so_it_stays_the_same_across_runs_and_jvms() {
        // a change to this value breaks every stored fingerprint: it needs a new encoding version
        assertThat(Fingerprint.of(requirement()).value())
                .isEqualTo("01bcd8eaa2b8300d093f0b7a58600aa108f13eb0d539f970178efd559414bf6e");
    }

    @Test
    void is_64_lower_case_hex_digits_and_parses_back() {
        Fingerprint fingerprint = Fingerprint.of(ExampleSpecs.shop());
        assertThat(fingerprint.value()).matches("[0-9a-f]{64}");
        assertThat(Fingerprint.parse(fingerprint.toString())).isEqualTo(fingerprint);
    }

    @Test
    void ignores_status_waivers_and_how_defaults_and_numbers_are_spelled() {
        // given
        Requirement r = requirement();
        Entity a = new Entity(Id.of("Order"), Optional.empty(), List.of(
                io.specdriven.core.Attribute.builder("total", AttributeType.MONEY).min(new BigDecimal("1.50")).build()),
                List.of(), List.of(), List.of());
        Entity b = Entity.builder("Order").attribute("total", AttributeType.MONEY, x -> x.min(new BigDecimal("1.5"))).build();
        // then
        assertThat(Fingerprint.of(r.withStatus(RequirementStatus.VERIFIED))).isEqualTo(Fingerprint.of(r));
        assertThat(Fingerprint.of(r.toBuilder().waive("completeness.x", "later").build())).isEqualTo(Fingerprint.of(r));
        assertThat(Fingerprint.of(a)).isEqualTo(Fingerprint.of(b));
    }

    @Test
    void changes_when_content_criteria_or_id_change() {
        Requirement r = requirement();
        Fingerprint original = Fingerprint.of(r);
        assertThat(Fingerprint.of(r.toBuilder().title("Export!").build())).isNotEqualTo(original);
        assertThat(Fingerprint.of(r.toBuilder().criterion("AC-2", c -> c.then("x")).build())).isNotEqualTo(original);
        Requirement renamed = Requirement.builder("REQ-2").title("Export").statement("The system shall export CSV.")
                .criteria(r.criteria()).build();
        assertThat(Fingerprint.of(renamed)).isNotEqualTo(original);
        assertThat(Fingerprint.of(r.criteria().get(0))).isNotEqualTo(original);
    }

    @Test
    void does_not_confuse_list_boundaries() {
        Requirement one = requirement().toBuilder().tag("a, b").build();
        Requirement two = requirement().toBuilder().tag("a", "b").build();
        assertThat(Fingerprint.of(one)).isNotEqualTo(Fingerprint.of(two));
    }

    @Test
    void covers_the_whole_spec() {
        Spec shop = ExampleSpecs.shop();
        assertThat(Fingerprint.of(shop)).isEqualTo(Fingerprint.of(ExampleSpecs.shop()));
        assertThat(Fingerprint.of(shop.toBuilder().openQuestion("?").build())).isNotEqualTo(Fingerprint.of(shop));
    }

    @Test
    void refuses_malformed_text_and_null() {
        assertThatIllegalArgumentException().isThrownBy(() -> Fingerprint.parse("ABC"))
                .withMessage("invalid fingerprint 'ABC': expected 64 lower-case hex digits");
        assertThatNullPointerException().isThrownBy(() -> Fingerprint.of((Requirement) null)).withMessage("requirement");
    }
}
