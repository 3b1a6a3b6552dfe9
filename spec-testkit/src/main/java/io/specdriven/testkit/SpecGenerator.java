package io.specdriven.testkit;

import io.specdriven.core.AcceptanceCriterion;
import io.specdriven.core.Actor;
import io.specdriven.core.ActorKind;
import io.specdriven.core.Attribute;
import io.specdriven.core.AttributeType;
import io.specdriven.core.BusinessRule;
import io.specdriven.core.Cardinality;
import io.specdriven.core.CriterionCategory;
import io.specdriven.core.EdgeCaseKind;
import io.specdriven.core.Entity;
import io.specdriven.core.Flow;
import io.specdriven.core.FlowKind;
import io.specdriven.core.GlossaryTerm;
import io.specdriven.core.Id;
import io.specdriven.core.Priority;
import io.specdriven.core.QualityCategory;
import io.specdriven.core.Relationship;
import io.specdriven.core.RelationshipKind;
import io.specdriven.core.Requirement;
import io.specdriven.core.RequirementKind;
import io.specdriven.core.RequirementStatus;
import io.specdriven.core.Spec;
import io.specdriven.core.Step;
import io.specdriven.core.Story;
import io.specdriven.core.UseCase;
import io.specdriven.core.UserStory;
import io.specdriven.core.Waiver;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Makes random specs from a seed, for property tests: the same seed always gives the same spec. Every
 * field of every element is exercised, including absent Optionals, empty lists, extreme integers and
 * decimals with any scale, and text drawn from tricky characters (quotes, backslashes, every control
 * character, emoji, right-to-left scripts, combining marks). Reusable by any test that needs specs.
 *
 * <pre>{@code
 * Spec spec = new SpecGenerator(seed).spec();          // lists of up to 3 elements
 * Spec bigger = new SpecGenerator(seed, 8).spec();     // lists of up to 8
 * }</pre>
 *
 * <p>Specs are structurally valid (the model's constructors accept them) but not necessarily
 * <em>content</em>-valid: references may dangle and texts may be blank, as a reader must accept.
 */
public final class SpecGenerator {
    private static final String[] PIECES = {
        "a", "b", "Z", "0", "9", " ", "  ", "\"", "\\", "/", "'", "\n", "\r\n", "\t", "\u0000", "\u0001", "\u001f",
        "\u007f", "é", "ß", "€", "\u2028", "\u2029", "\uFEFF", "😀", "👩‍💻", "𝄞", "שלום", "مرحبا", "\u202E",
        "e\u0301", "中文", "<script>", "{", "}", "[", "]", ":", ",", "null", "true", "1e9", "~1",
    };
    /** Decimals at the limits of {@link Attribute}: the largest and smallest exponents, the most characters. */
    private static final BigDecimal[] EXTREME_DECIMALS = {
        new BigDecimal("-9." + "9".repeat(91) + "E+" + Attribute.MAX_DECIMAL_EXPONENT),
        new BigDecimal("1E-" + Attribute.MAX_DECIMAL_EXPONENT), new BigDecimal("0E+" + Attribute.MAX_DECIMAL_EXPONENT),
        new BigDecimal("1".repeat(Attribute.MAX_DECIMAL_LENGTH)), new BigDecimal("-0.000001" + "1".repeat(91)),
    };
    private static final String ID_START = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789ÄßΩ中";
    private static final String ID_REST = ID_START + "._-";

    private final Random random;
    private final int size;

    /**
     * A generator whose lists have at most {@code size} elements.
     *
     * @param seed the seed
     * @param size the largest list length (and so roughly the size of the spec)
     */
    public SpecGenerator(long seed, int size) {
        this.random = new Random(seed);
        this.size = size;
    }

    /**
     * A generator whose lists have at most 3 elements.
     *
     * @param seed the seed
     */
    public SpecGenerator(long seed) {
        this(seed, 3);
    }

    /**
     * Returns a random spec.
     *
     * @return a random spec
     */
    public Spec spec() {
        return new Spec(id(), text(), opt(this::text), opt(this::text), list(this::actor), list(this::term),
                list(this::requirement), list(this::specStory), list(this::criterion), list(this::useCase),
                list(this::entity), list(this::text),
                list(this::text), list(this::text), list(this::waiver));
    }

    /**
     * Returns a random actor.
     *
     * @return a random actor
     */
    public Actor actor() {
        return new Actor(id(), text(), opt(this::text), pick(ActorKind.values()), list(this::waiver));
    }

    /**
     * Returns a random glossary term.
     *
     * @return a random glossary term
     */
    public GlossaryTerm term() {
        return new GlossaryTerm(text(), text(), list(this::text));
    }

    /**
     * Returns a random requirement.
     *
     * @return a random requirement
     */
    public Requirement requirement() {
        return new Requirement(id(), opt(this::text), opt(this::text), pick(RequirementKind.values()),
                opt(() -> pick(QualityCategory.values())), opt(() -> pick(Priority.values())),
                pick(RequirementStatus.values()), opt(this::id), opt(this::text), opt(this::text),
                opt(this::story), list(this::id), list(this::text), list(this::criterion), list(this::waiver));
    }

    /**
     * Returns a random story of the spec as a whole.
     *
     * @return a random story
     */
    public Story specStory() {
        return new Story(id(), opt(this::text), opt(this::text), opt(this::text), opt(this::text), opt(this::text),
                opt(() -> pick(Priority.values())), list(this::criterion), list(this::waiver));
    }

    /**
     * Returns a random user story.
     *
     * @return a random user story
     */
    public UserStory story() {
        return new UserStory(text(), text(), opt(this::text));
    }

    /**
     * Returns a random acceptance criterion.
     *
     * @return a random acceptance criterion
     */
    public AcceptanceCriterion criterion() {
        return new AcceptanceCriterion(id(), pick(CriterionCategory.values()), opt(() -> pick(EdgeCaseKind.values())),
                list(this::text), list(this::text), list(this::text), opt(this::text), list(this::id), list(this::waiver));
    }

    /**
     * Returns a random waiver.
     *
     * @return a random waiver
     */
    public Waiver waiver() {
        return new Waiver(text(), text());
    }

    /**
     * Returns a random use case.
     *
     * @return a random use case
     */
    public UseCase useCase() {
        return new UseCase(id(), text(), opt(() -> pick(RequirementStatus.values())), opt(this::text), opt(this::id), list(this::id), opt(this::text),
                list(this::text), list(this::step), list(this::flow), list(this::text), list(this::text),
                list(this::businessRule), list(this::id), list(this::id), list(this::id), list(this::id),
                list(this::waiver));
    }

    /**
     * Returns a random step.
     *
     * @return a random step
     */
    public Step step() {
        return new Step(integer(), id(), text());
    }

    /**
     * Returns a random flow.
     *
     * @return a random flow
     */
    public Flow flow() {
        return new Flow(id(), pick(FlowKind.values()), text(), opt(this::text), integer(), list(this::step), opt(this::integer),
                random.nextBoolean());
    }

    /**
     * Returns a random business rule.
     *
     * @return a random business rule
     */
    public BusinessRule businessRule() {
        return new BusinessRule(id(), opt(this::text), text());
    }

    /**
     * Returns a random entity.
     *
     * @return a random entity
     */
    public Entity entity() {
        return new Entity(id(), opt(this::text), list(this::attribute), list(this::relationship), list(this::text),
                list(this::waiver));
    }

    /**
     * Returns a random attribute.
     *
     * @return a random attribute
     */
    public Attribute attribute() {
        return new Attribute(text(), pick(AttributeType.values()), list(this::text), random.nextBoolean(),
                random.nextBoolean(), random.nextBoolean(), opt(this::decimal), opt(this::decimal),
                opt(this::integer), opt(this::integer), opt(this::text), opt(this::text), opt(this::id), opt(this::text));
    }

    /**
     * Returns a random relationship.
     *
     * @return a random relationship
     */
    public Relationship relationship() {
        return new Relationship(text(), id(), pick(RelationshipKind.values()), opt(() -> pick(Cardinality.values())),
                opt(() -> pick(Cardinality.values())), opt(this::text));
    }

    /**
     * Returns a random id, sometimes of the longest length allowed.
     *
     * @return a random id, sometimes of the longest length allowed
     */
    public Id id() {
        int length = 1 + random.nextInt(random.nextInt(10) == 0 ? Id.MAX_LENGTH : 8);
        StringBuilder s = new StringBuilder().append(ID_START.charAt(random.nextInt(ID_START.length())));
        while (s.length() < length) s.append(ID_REST.charAt(random.nextInt(ID_REST.length())));
        return Id.of(s.toString());
    }

    /**
     * Returns a random text of tricky pieces, sometimes empty.
     *
     * @return a random text of tricky pieces, sometimes empty
     */
    public String text() {
        int pieces = random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(6);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            if (random.nextBoolean()) s.append("word").append(random.nextInt(100)).append(' ');
            else s.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return s.toString();
    }

    /**
     * Returns a random integer, often an extreme one.
     *
     * @return a random integer, often an extreme one
     */
    public int integer() {
        return switch (random.nextInt(6)) {
            case 0 -> Integer.MIN_VALUE;
            case 1 -> Integer.MAX_VALUE;
            case 2 -> 0;
            default -> random.nextInt(40) - 5;
        };
    }

    /**
     * Returns a random decimal of any scale, sometimes one at the limits of {@link Attribute}.
     *
     * @return a random decimal of any scale, sometimes one at the limits of {@link Attribute}
     */
    public BigDecimal decimal() {
        if (random.nextInt(8) == 0) return pick(EXTREME_DECIMALS);
        BigInteger unscaled = new BigInteger(1 + random.nextInt(100), random);
        if (random.nextBoolean()) unscaled = unscaled.negate();
        return new BigDecimal(unscaled, random.nextInt(41) - 20);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> Optional<T> opt(Supplier<T> value) {
        return random.nextBoolean() ? Optional.of(value.get()) : Optional.empty();
    }

    private <T> List<T> list(Supplier<T> element) {
        int n = random.nextInt(3) == 0 ? 0 : random.nextInt(size + 1);
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(element.get());
        return out;
    }
}
