package io.specdriven.core.internal.validation;

import io.specdriven.core.Spec;
import io.specdriven.core.internal.Logging;
import io.specdriven.core.internal.model.Field;
import io.specdriven.core.internal.model.Shape;
import io.specdriven.core.validation.ElementPath;
import io.specdriven.core.validation.Severity;
import io.specdriven.core.validation.SpecRule;
import io.specdriven.core.validation.ViolationSink;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Size;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The structural layer: Jakarta Bean Validation constraints on the records' components (non-blank text,
 * sizes, positive numbers), checked by Hibernate Validator and translated into findings named
 * {@code constraint.<Constraint>} whose paths name elements by id rather than by index.
 *
 * <p>One instance owns one {@link ValidatorFactory}: bootstrapping costs about 0.3 s, so a validator builds
 * it once and reuses it. It uses {@link ParameterMessageInterpolator}, so no Expression Language
 * implementation is needed at run time.
 */
public final class BeanValidationRule implements SpecRule {
    /** The rule id; findings carry {@code constraint.<ConstraintName>}. */
    public static final String ID = "constraint";

    /**
     * The pattern optional texts carry ({@code Optional<@Pattern(regexp = NON_BLANK) String>}): present means
     * not blank. {@code Optional<@NotBlank String>} cannot be used, because Bean Validation hands an empty
     * Optional to the constraint as {@code null}, which {@code @NotBlank} rejects and {@code @Pattern}
     * accepts. Failures of this pattern are reported as {@code constraint.NotBlank}. The records repeat the
     * literal because an annotation on public API must not reference an unexported class.
     */
    static final String NON_BLANK = "(?s).*\\S.*";

    private final Validator validator;

    /**
     * Returns the instance shared by every validator: Hibernate Validator's validator is thread-safe, and
     * bootstrapping it once per JVM instead of once per {@code SpecValidator} saves about 0.3 s each.
     *
     * @return the shared rule, bootstrapped on first use
     */
    public static BeanValidationRule shared() {
        return Shared.INSTANCE;
    }

    private static final class Shared {
        static final BeanValidationRule INSTANCE = new BeanValidationRule();
    }

    /**
     * Bootstraps Hibernate Validator. {@code @Size} on text counts code points here, so that a limit "in
     * characters" means the same for emoji and other letters outside the Basic Multilingual Plane as for
     * ASCII (Hibernate Validator's own validator counts UTF-16 units); the model puts {@code @Size} only on
     * text. The factory instantiates that validator itself, so the package need not be opened.
     */
    public BeanValidationRule() {
        Logging.beforeHibernateValidator();
        HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class).configure();
        ConstraintMapping mapping = configuration.createConstraintMapping();
        mapping.constraintDefinition(Size.class).includeExistingValidators(false).validatedBy(CodePointSize.class);
        ConstraintValidatorFactory builtIn = configuration.getDefaultConstraintValidatorFactory();
        ValidatorFactory factory = configuration
                .addMapping(mapping)
                .ignoreXmlConfiguration()
                .messageInterpolator(new ParameterMessageInterpolator())
                .constraintValidatorFactory(new ConstraintValidatorFactory() {
                    @Override
                    public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
                        return key == CodePointSize.class ? key.cast(new CodePointSize()) : builtIn.getInstance(key);
                    }

                    @Override
                    public void releaseInstance(ConstraintValidator<?, ?> instance) {
                        builtIn.releaseInstance(instance);
                    }
                })
                .buildValidatorFactory();
        this.validator = factory.getValidator();
    }

    /** {@code @Size} for text, counting code points rather than UTF-16 units. */
    public static final class CodePointSize implements ConstraintValidator<Size, CharSequence> {
        private int min;
        private int max;

        @Override
        public void initialize(Size size) {
            this.min = size.min();
            this.max = size.max();
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            if (value == null) return true;
            int length = Character.codePointCount(value, 0, value.length());
            return length >= min && length <= max;
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Every text that must be there is not blank, every text and number is within its bounds.";
    }

    @Override
    public void check(Spec spec, ViolationSink sink) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(sink, "sink");
        for (ConstraintViolation<Spec> v : validator.validate(spec)) {
            String constraint = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            if (NON_BLANK.equals(v.getConstraintDescriptor().getAttributes().get("regexp"))) {
                constraint = "NotBlank"; // an optional text that is present but blank
            }
            ElementPath path = translate(spec, v.getPropertyPath());
            sink.report(ID + "." + constraint, Severity.ERROR, path, message(constraint, path, v), fix(constraint));
        }
    }

    /** What to change, for the reader who sees the finding (agents read it as the report's {@code fix}). */
    private static String fix(String constraint) {
        switch (constraint) {
            case "NotBlank":
                return "write the text, or leave the field out if it is optional";
            case "Size":
                return "shorten the text to the allowed length, or move the detail into another field";
            case "Positive":
                return "use a number of 1 or more";
            case "PositiveOrZero":
                return "use a number of 0 or more";
            default:
                return "change the value so it meets the constraint the message names";
        }
    }

    private static String message(String constraint, ElementPath path, ConstraintViolation<Spec> v) {
        String field = path.segments().isEmpty() ? "value" : path.segments().get(path.segments().size() - 1).name();
        Object value = v.getInvalidValue();
        Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
        switch (constraint) {
            case "NotBlank":
                return "'" + field + "' is blank: write the text, or leave the field out if it is optional";
            case "Size":
                return "'" + field + "' has " + length(value) + " characters: at most " + attributes.get("max")
                        + " are allowed";
            case "Positive":
                return "'" + field + "' is " + value + ": use a number of 1 or more";
            case "PositiveOrZero":
                return "'" + field + "' is " + value + ": use a number of 0 or more";
            default:
                return "'" + field + "' " + v.getMessage();
        }
    }

    private static int length(Object value) {
        return value instanceof CharSequence ? Character.codePointCount((CharSequence) value, 0,
                ((CharSequence) value).length()) : -1;
    }

    /**
     * Turns Hibernate Validator's index-based property path ({@code requirements[3].title}) into an
     * id-based element path ({@code requirements[REQ-7].title}) by walking the spec along it.
     */
    static ElementPath translate(Spec spec, Path propertyPath) {
        ElementPath path = ElementPath.root();
        Object current = spec;
        String pendingList = null;
        Object owner = null;
        for (Path.Node node : propertyPath) {
            if (node.getIndex() != null && current instanceof List && pendingList != null) {
                Object element = ((List<?>) current).get(node.getIndex());
                // a criterion's single step stands at the field itself, as the walk names it (issue 9)
                if (!(((List<?>) current).size() == 1 && isSteps(owner, pendingList))) {
                    path = path.parent().element(pendingList, key(element, node.getIndex()));
                }
                current = element;
                pendingList = null;
            }
            String name = node.getName();
            if (name == null || name.startsWith("<")) {
                // A container element node (<list element>, <optional element>): no field of its own.
                current = current instanceof Optional ? ((Optional<?>) current).orElse(null) : current;
                continue;
            }
            owner = current;
            current = component(current, name);
            path = path.field(name);
            if (current instanceof Optional) {
                current = ((Optional<?>) current).orElse(null);
            }
            pendingList = current instanceof List ? name : null;
        }
        return path;
    }

    private static boolean isSteps(Object owner, String field) {
        return Shape.partOf(owner).map(p -> p.fields().stream()
                .anyMatch(f -> f.name().equals(field) && f.type() == Field.Type.STEPS)).orElse(false);
    }

    private static Object component(Object record, String name) {
        if (record == null || !record.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (c.getName().equals(name)) {
                try {
                    return c.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + name + " of " + record.getClass(), e);
                }
            }
        }
        return null;
    }

    /** The element's key in its list, as the model's description declares it; the index for plain lists. */
    private static String key(Object element, int index) {
        return Shape.partOf(element).map(p -> p.key(element)).orElseGet(() -> Integer.toString(index));
    }
}
