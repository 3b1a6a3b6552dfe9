package io.specdriven.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.specdriven.core.validation.ElementPath;
import io.specdriven.core.validation.Severity;
import io.specdriven.core.validation.SpecRule;
import io.specdriven.core.validation.SpecValidator;
import io.specdriven.core.validation.ValidationReport;
import io.specdriven.core.validation.Violation;
import io.specdriven.core.validation.ViolationSink;
import io.specdriven.core.validation.WaivedViolation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every public constructor and method of the exported packages, called with one reference argument null
 * at a time, throws a NullPointerException whose message is that parameter's name (issue 2: "a null
 * passed to any public method fails at once naming the parameter").
 */
class NullHostilityTest {

    private static final Map<Class<?>, Supplier<Object>> SAMPLES = new HashMap<>();

    static {
        Spec spec = SpecBuilderTest.csvExport();
        Requirement req = spec.requirements().get(0);
        UseCase uc = spec.useCases().get(0);
        Entity entity = spec.entities().get(0);
        Violation violation = Violation.of("x.y", Severity.ERROR, ElementPath.root(), "m");
        sample(String.class, () -> "x");
        sample(Id.class, () -> Id.of("x"));
        sample(io.specdriven.core.validation.RuleId.class, () -> io.specdriven.core.validation.RuleId.of("team.x"));
        sample(BigDecimal.class, () -> BigDecimal.ONE);
        sample(List.class, List::of);
        sample(java.util.Collection.class, List::of);
        sample(Optional.class, Optional::empty);
        sample(Consumer.class, () -> (Consumer<Object>) x -> { });
        sample(String[].class, () -> new String[0]);
        sample(Object.class, Object::new);
        sample(Spec.class, () -> spec);
        sample(Requirement.class, () -> req);
        sample(AcceptanceCriterion.class, () -> req.criteria().get(0));
        sample(UseCase.class, () -> uc);
        sample(Flow.class, () -> uc.flows().get(0));
        sample(Step.class, () -> uc.mainFlow().get(0));
        sample(Entity.class, () -> entity);
        sample(Attribute.class, () -> entity.attributes().get(0));
        sample(Relationship.class, () -> entity.relationships().get(0));
        sample(Actor.class, () -> spec.actors().get(0));
        sample(GlossaryTerm.class, () -> GlossaryTerm.of("t", "d"));
        sample(UserStory.class, () -> UserStory.of("r", "g"));
        sample(Waiver.class, () -> Waiver.of("r", "why"));
        sample(BusinessRule.class, () -> BusinessRule.of("BR", "t"));
        sample(Spec.Builder.class, () -> Spec.builder("s", "t"));
        sample(Requirement.Builder.class, () -> Requirement.builder("R"));
        sample(AcceptanceCriterion.Builder.class, () -> AcceptanceCriterion.builder("AC"));
        sample(Story.class, () -> Story.builder("US").build());
        sample(Story.Builder.class, () -> Story.builder("US"));
        sample(UseCase.Builder.class, () -> UseCase.builder("UC"));
        sample(Flow.Builder.class, () -> Flow.builder("A1", FlowKind.ALTERNATIVE, "t", 1));
        sample(Entity.Builder.class, () -> Entity.builder("E"));
        sample(Attribute.Builder.class, () -> Attribute.builder("a", AttributeType.STRING));
        sample(Actor.Builder.class, () -> Actor.builder("A"));
        sample(Relationship.Builder.class, () -> Relationship.builder("r", "E"));
        sample(ElementPath.class, ElementPath::root);
        sample(io.specdriven.core.source.SourceLocation.class, () -> io.specdriven.core.source.SourceLocation.file("a.json"));
        sample(io.specdriven.core.source.SourceMap.class, io.specdriven.core.source.SourceMap::empty);
        sample(java.util.Map.class, java.util.Map::of);
        sample(io.specdriven.core.source.SpecFormatReader.class, () -> new io.specdriven.core.source.SpecFormatReader() {
            @Override
            public String formatName() {
                return "x";
            }

            @Override
            public List<String> fileSuffixes() {
                return List.of(".x");
            }

            @Override
            public io.specdriven.core.source.LocatedSpec readLocated(java.io.InputStream in, String sourceName) {
                throw new UnsupportedOperationException();
            }
        });
        sample(java.io.InputStream.class, () -> new java.io.ByteArrayInputStream(new byte[0]));
        sample(ElementPath.Segment.class, () -> new ElementPath.Segment("s", Optional.empty()));
        sample(Violation.class, () -> violation);
        sample(WaivedViolation.class, () -> new WaivedViolation(violation, Waiver.of("x", "y"), ElementPath.root()));
        sample(ValidationReport.class, () -> new ValidationReport(List.of(), List.of(), List.of()));
        sample(SpecValidator.class, SpecValidator::standard);
        sample(SpecValidator.Builder.class, SpecValidator::builder);
        sample(ViolationSink.class, () -> (ViolationSink) v -> { });
        sample(SpecRule.class, () -> SpecValidator.standard().rules().get(0));
        // completeness rules, lexicons and the score (issue 4)
        sample(io.specdriven.core.validation.Lexicon.class, () -> io.specdriven.core.validation.Lexicon.of("fast"));
        sample(io.specdriven.core.EdgeCaseKind[].class, () -> new io.specdriven.core.EdgeCaseKind[0]);
        sample(io.specdriven.core.validation.Score.class, () -> io.specdriven.core.validation.Score.of(List.of()));
        sample(io.specdriven.core.validation.Score.AreaScore.class, () -> new io.specdriven.core.validation.Score.AreaScore(
                io.specdriven.core.validation.Score.Area.CRITERIA, 20, 20));
        sample(io.specdriven.core.validation.Score.Deduction.class, () -> new io.specdriven.core.validation.Score.Deduction(
                io.specdriven.core.validation.Score.Area.CRITERIA, "r", List.of(violation), 4));
        // views, traceability and diff (issue 6)
        io.specdriven.core.diff.ElementRef ref = io.specdriven.core.diff.ElementRef.of(io.specdriven.core.diff.ElementKind.ENTITY, "E");
        sample(io.specdriven.core.diff.ElementRef.class, () -> ref);
        sample(io.specdriven.core.diff.FieldChange.class,
                () -> new io.specdriven.core.diff.FieldChange("f", Optional.empty(), Optional.of("v")));
        sample(io.specdriven.core.diff.Change.class, () -> new io.specdriven.core.diff.Change(
                io.specdriven.core.diff.ChangeKind.ADDED, ref, Optional.empty(), List.of()));
        sample(io.specdriven.core.diff.Suspect.Cause.class, () -> new io.specdriven.core.diff.Suspect.Cause(
                io.specdriven.core.diff.Suspect.Tie.USES, ref, "uses changed entity E"));
        sample(io.specdriven.core.diff.Suspect.class, () -> new io.specdriven.core.diff.Suspect(ref,
                List.of(new io.specdriven.core.diff.Suspect.Cause(io.specdriven.core.diff.Suspect.Tie.USES, ref, "why"))));
        sample(io.specdriven.core.diff.Fingerprint.class, () -> io.specdriven.core.diff.Fingerprint.of(req));
        sample(io.specdriven.core.diff.SpecDiff.class, () -> io.specdriven.core.diff.SpecDiff.between(spec, spec));
        sample(io.specdriven.core.trace.Traceability.class, () -> io.specdriven.core.trace.Traceability.of(spec));
        sample(io.specdriven.core.trace.RequirementTrace.class,
                () -> io.specdriven.core.trace.Traceability.of(spec).requirements().get(0));
        sample(io.specdriven.core.view.FeatureFile.class,
                () -> new io.specdriven.core.view.FeatureFile("R.feature", Id.of("R"), "Feature: R\n"));
        // verification and acceptance history (issue 11)
        io.specdriven.core.verify.TestResult result = io.specdriven.core.verify.TestResult.builder("t", "T.t")
                .verifies(req.criteria().get(0).id().value()).verdict(io.specdriven.core.verify.TestVerdict.PASSED).build();
        io.specdriven.core.verify.Verification verification = io.specdriven.core.verify.Verification.of(spec, List.of(result));
        sample(java.time.Instant.class, () -> java.time.Instant.EPOCH);
        sample(java.time.Duration.class, () -> java.time.Duration.ZERO);
        sample(java.util.OptionalInt.class, java.util.OptionalInt::empty);
        sample(java.util.OptionalDouble.class, java.util.OptionalDouble::empty);
        sample(Map.class, Map::of);
        sample(io.specdriven.core.verify.TestResult.class, () -> result);
        sample(io.specdriven.core.verify.TestResult.Builder.class, () -> io.specdriven.core.verify.TestResult.builder("t", "n"));
        sample(io.specdriven.core.verify.TestLocation.class, () -> io.specdriven.core.verify.TestLocation.of("T.java", 3));
        sample(io.specdriven.core.verify.Verification.class, () -> verification);
        sample(io.specdriven.core.verify.VerificationTargets.class, () -> io.specdriven.core.verify.VerificationTargets.of(spec));
        sample(io.specdriven.core.verify.ElementVerification.class, () -> verification.criteria().get(0));
        sample(io.specdriven.core.verify.RequirementVerification.class, () -> verification.requirements().get(0));
        sample(io.specdriven.core.verify.UseCaseVerification.class, () -> verification.useCases().get(0));
        sample(io.specdriven.core.verify.UnresolvedId.class, () -> new io.specdriven.core.verify.UnresolvedId("x",
                io.specdriven.core.verify.UnresolvedId.Reason.UNKNOWN, result, Optional.empty()));
        sample(io.specdriven.core.verify.Rerun.class, () -> new io.specdriven.core.verify.Rerun("t", "n",
                List.of(io.specdriven.core.verify.TestVerdict.FAILED, io.specdriven.core.verify.TestVerdict.PASSED)));
        io.specdriven.core.verify.AcceptanceRun run = io.specdriven.core.verify.AcceptanceRun.of(verification,
                java.time.Instant.EPOCH, java.util.OptionalInt.of(50));
        sample(io.specdriven.core.verify.AcceptanceRun.class, () -> run);
        sample(io.specdriven.core.verify.RecordedCriterion.class, () -> run.criteria().get(0));
        io.specdriven.core.verify.AcceptanceMetrics metrics = io.specdriven.core.verify.AcceptanceHistory.of(List.of(run)).metrics();
        sample(io.specdriven.core.verify.AcceptanceHistory.class, () -> io.specdriven.core.verify.AcceptanceHistory.of(List.of(run)));
        sample(io.specdriven.core.verify.AcceptanceMetrics.class, () -> metrics);
        sample(io.specdriven.core.verify.MetricSummary.class, metrics::overall);
        sample(io.specdriven.core.verify.TrendPoint.class, () -> metrics.trend().get(0));
    }

    private static void sample(Class<?> type, Supplier<Object> supplier) {
        SAMPLES.put(type, supplier);
    }

    @Test
    void every_public_method_names_the_null_parameter() throws Exception {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Class<?> type : publicApiTypes()) {
            List<Executable> executables = new ArrayList<>(List.of(type.getConstructors()));
            for (Method m : type.getMethods()) {
                if (m.getDeclaringClass() == type && !m.isSynthetic() && !exempt(m)) executables.add(m);
            }
            if (type.isEnum() || type.isAnnotation()) executables.removeIf(e -> e instanceof Constructor);
            executables.sort(Comparator.comparing(Executable::toGenericString));
            for (Executable e : executables) {
                Parameter[] params = e.getParameters();
                for (int i = 0; i < params.length; i++) {
                    if (params[i].getType().isPrimitive()) continue;
                    checked++;
                    String problem = callWithNull(type, e, i);
                    if (problem != null) failures.add(e.toGenericString() + " with null " + params[i].getName()
                            + ": " + problem);
                }
            }
        }
        assertThat(checked).as("parameters checked").isGreaterThan(150);
        assertThat(failures).isEmpty();
    }

    @Test
    void builtin_rules_refuse_null() {
        for (SpecRule rule : SpecValidator.standard().rules()) {
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> rule.check(null, v -> { })))
                    .as(rule.id()).isInstanceOf(NullPointerException.class).hasMessage("spec");
            assertThat(org.assertj.core.api.Assertions.catchThrowable(
                    () -> rule.check(SpecBuilderTest.csvExport(), null)))
                    .as(rule.id()).isInstanceOf(NullPointerException.class).hasMessage("sink");
        }
    }

    private static boolean exempt(Method m) {
        // equals(null) is false by contract; compareTo(null) throws by contract, without a parameter name.
        // Abstract interface methods are extension points: users implement them (built-in rules are
        // checked by builtin_rules_refuse_null).
        return m.getName().equals("equals") || m.getName().equals("compareTo") || Modifier.isAbstract(m.getModifiers())
                || (m.getDeclaringClass().isEnum() && m.getName().equals("valueOf"));
    }

    private static String callWithNull(Class<?> type, Executable e, int nullAt) throws Exception {
        Parameter[] params = e.getParameters();
        Object[] args = new Object[params.length];
        for (int i = 0; i < params.length; i++) {
            args[i] = i == nullAt ? null : value(params[i].getType());
        }
        try {
            if (e instanceof Constructor) {
                ((Constructor<?>) e).newInstance(args);
            } else {
                Method m = (Method) e;
                m.invoke(Modifier.isStatic(m.getModifiers()) ? null : value(type), args);
            }
            return "no exception";
        } catch (InvocationTargetException thrown) {
            Throwable cause = thrown.getCause();
            if (!(cause instanceof NullPointerException)) return "threw " + cause;
            String expected = params[nullAt].getName();
            return expected.equals(cause.getMessage()) ? null : "message '" + cause.getMessage() + "'";
        }
    }

    private static Object value(Class<?> type) {
        if (type == int.class) return 1;
        if (type == long.class) return 1L;
        if (type == boolean.class) return true;
        if (type.isEnum()) return type.getEnumConstants()[0];
        Supplier<Object> supplier = SAMPLES.get(type);
        if (supplier == null) throw new AssertionError("no sample value for " + type.getName() + ": add one");
        return supplier.get();
    }

    private static List<Class<?>> publicApiTypes() throws ClassNotFoundException {
        List<Class<?>> types = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().importPath(Path.of("target", "classes"))) {
            if (c.getPackageName().contains(".internal") || c.getSimpleName().equals("module-info")
                    || c.getSimpleName().equals("package-info") || c.isAnonymousClass()) continue;
            Class<?> type = Class.forName(c.getName());
            if (Modifier.isPublic(type.getModifiers()) && !Throwable.class.isAssignableFrom(type)) types.add(type);
        }
        types.sort(Comparator.comparing(Class::getName));
        return types;
    }
}
