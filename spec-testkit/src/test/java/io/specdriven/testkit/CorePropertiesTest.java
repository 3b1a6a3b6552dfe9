package io.specdriven.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.Tag;
import io.specdriven.core.Actor;
import io.specdriven.core.Entity;
import io.specdriven.core.Id;
import io.specdriven.core.Requirement;
import io.specdriven.core.Spec;
import io.specdriven.core.Step;
import io.specdriven.core.UseCase;
import io.specdriven.core.diff.Change;
import io.specdriven.core.diff.ChangeKind;
import io.specdriven.core.diff.ElementKind;
import io.specdriven.core.diff.ElementRef;
import io.specdriven.core.diff.FieldChange;
import io.specdriven.core.diff.SpecDiff;
import io.specdriven.core.validation.Profile;
import io.specdriven.core.validation.SpecValidator;
import io.specdriven.core.validation.ValidationReport;
import io.specdriven.core.validation.Violation;
import io.specdriven.core.view.FeatureFile;
import io.specdriven.core.view.SpecViews;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.atmp.CucaDiagram;
import net.sourceforge.plantuml.SourceStringReader;
import net.sourceforge.plantuml.core.Diagram;
import net.sourceforge.plantuml.error.PSystemError;
import org.junit.jupiter.api.Test;

/**
 * Properties of spec-core over seeded random specs from {@link SpecGenerator} (issue 14): validation never
 * fails a rule and is deterministic, a diff of a spec with itself is empty and a diff read backwards is the
 * mirror image, and the Gherkin and PlantUML views parse in the real parsers with exactly the declared
 * elements. A failing seed is named in the message; {@code new SpecGenerator(seed).spec()} gives the spec.
 * (The JSON round trip is spec-json's {@code SpecJsonRoundTripTest}.)
 */
class CorePropertiesTest {
    private static final int SPECS = 200;
    /** Validation is the slowest property (three profiles, twice each): fewer seeds keep the class fast. */
    private static final int VALIDATED_SPECS = 100;

    @Test
    void validation_never_fails_a_rule_and_gives_equal_reports_for_equal_specs() {
        for (long seed = 1; seed <= VALIDATED_SPECS; seed++) {
            // given: two equal specs, built apart
            Spec spec = new SpecGenerator(seed).spec();
            Spec copy = new SpecGenerator(seed).spec();
            for (Profile profile : Profile.values()) {
                // when
                ValidationReport report = SpecValidator.of(profile).validate(spec);
                // then
                assertThat(report.violations()).as("seed %d, %s", seed, profile).extracting(Violation::ruleId)
                        .doesNotContain(SpecValidator.RULE_FAILED, SpecValidator.RULE_TIMEOUT);
                assertThat(SpecValidator.of(profile).validate(copy)).as("seed %d, %s", seed, profile).isEqualTo(report);
            }
        }
    }

    @Test
    void one_validator_used_by_eight_threads_at_once_gives_each_the_report_one_thread_gets() throws Exception {
        // given: the reports of one thread, and a custom rule, which runs on the validator's own threads
        SpecValidator validator = SpecValidator.builder().profile(Profile.STRICT).rule(new CountingRule()).build();
        List<Spec> specs = new ArrayList<>();
        for (long seed = 1; seed <= 20; seed++) specs.add(new SpecGenerator(seed, 6).spec());
        List<ValidationReport> expected = specs.stream().map(validator::validate).toList();
        // when: eight threads validate all of them, each in its own order, released at once
        int threads = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Map<Integer, ValidationReport>>> runs = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                int offset = t;
                runs.add(pool.submit(() -> {
                    start.await();
                    Map<Integer, ValidationReport> got = new TreeMap<>();
                    for (int i = 0; i < specs.size(); i++) {
                        int index = (i + offset * 3) % specs.size();
                        got.put(index, validator.validate(specs.get(index)));
                    }
                    return got;
                }));
            }
            start.countDown();
            // then
            for (java.util.concurrent.Future<Map<Integer, ValidationReport>> run : runs) {
                Map<Integer, ValidationReport> got = run.get(2, java.util.concurrent.TimeUnit.MINUTES);
                for (int i = 0; i < specs.size(); i++) assertThat(got.get(i)).as("spec %d", i).isEqualTo(expected.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A custom rule with one finding per requirement, so the reports hold findings of a rule thread too. */
    private static final class CountingRule implements io.specdriven.core.validation.SpecRule {
        @Override
        public String id() {
            return "test.counting";
        }

        @Override
        public String description() {
            return "One finding per requirement.";
        }

        @Override
        public void check(Spec spec, io.specdriven.core.validation.ViolationSink sink) {
            for (Requirement r : spec.requirements()) {
                sink.report("test.counting", io.specdriven.core.validation.Severity.INFO,
                        io.specdriven.core.validation.ElementPath.of(r), "a requirement");
            }
        }
    }

    @Test
    void a_spec_diffed_with_itself_or_an_equal_copy_has_no_changes() {
        for (long seed = 1; seed <= SPECS; seed++) {
            Spec spec = new SpecGenerator(seed).spec();
            assertThat(SpecDiff.between(spec, spec).changes()).as("seed %d", seed).isEmpty();
            assertThat(SpecDiff.between(spec, new SpecGenerator(seed).spec()).changes()).as("seed %d", seed).isEmpty();
        }
    }

    @Test
    void a_diff_read_backwards_is_its_mirror_image() {
        for (long seed = 1; seed <= SPECS; seed++) {
            // given: a spec and an edit of it (moved, changed, removed, added and renamed elements), and an unrelated spec
            Spec a = new SpecGenerator(seed).spec();
            for (Spec b : List.of(edited(a, seed), new SpecGenerator(seed + SPECS).spec())) {
                // when
                SpecDiff forward = SpecDiff.between(a, b);
                SpecDiff backward = SpecDiff.between(b, a);
                // then: added is removed, old is new, a rename goes back, and as many elements moved
                assertThat(mirrored(forward)).as("seed %d", seed).isEqualTo(comparable(backward));
                assertThat(moves(forward)).as("seed %d", seed).isEqualTo(moves(backward));
                assertThat(forward.isEmpty()).isEqualTo(a.equals(b));
            }
        }
    }

    @Test
    void every_feature_file_parses_in_gherkin_with_one_scenario_per_criterion_and_nothing_else() {
        GherkinParser parser = GherkinParser.builder().includeSource(false).includePickles(false).build();
        for (long seed = 1; seed <= SPECS; seed++) {
            // given
            Spec spec = new SpecGenerator(seed).spec();
            // when
            List<FeatureFile> files = SpecViews.gherkin(spec);
            // then
            assertThat(files).as("seed %d", seed).hasSameSizeAs(spec.requirements());
            for (int i = 0; i < files.size(); i++) {
                FeatureFile file = files.get(i);
                List<Envelope> envelopes = parser.parse(file.fileName(), file.content().getBytes(StandardCharsets.UTF_8))
                        .toList();
                assertThat(envelopes.stream().flatMap(e -> e.getParseError().stream()))
                        .as("seed %d, parse errors in\n%s", seed, file.content()).isEmpty();
                Feature feature = envelopes.stream().flatMap(e -> e.getGherkinDocument().stream())
                        .flatMap(d -> d.getFeature().stream()).findFirst().orElseThrow();
                Requirement r = spec.requirements().get(i);
                assertThat(feature.getTags()).as("seed %d", seed).extracting(Tag::getName)
                        .containsExactly("@" + r.id().value());
                assertThat(feature.getChildren()).as("seed %d, children of\n%s", seed, file.content())
                        .allSatisfy(c -> assertThat(c.getScenario()).isPresent());
                assertThat(feature.getChildren().stream().map(FeatureChild::getScenario).map(Optional::orElseThrow)
                        .map(s -> s.getTags().stream().map(Tag::getName).toList()))
                        .as("seed %d, scenarios of\n%s", seed, file.content())
                        .containsExactlyElementsOf(r.criteria().stream().map(c -> List.of("@" + c.id().value())).toList());
            }
        }
    }

    @Test
    void every_plantuml_diagram_parses_with_exactly_the_declared_elements_and_links_each_label_on_one_line() {
        for (long seed = 1; seed <= SPECS; seed++) {
            // given
            Spec spec = new SpecGenerator(seed).spec();
            // when
            CucaDiagram useCases = parsed(seed, SpecViews.plantUmlUseCaseDiagram(spec));
            CucaDiagram classes = parsed(seed, SpecViews.plantUmlClassDiagram(spec));
            // then
            Set<Id> actors = spec.actors().stream().map(Actor::id).collect(Collectors.toSet());
            Set<Id> cases = spec.useCases().stream().map(UseCase::id).collect(Collectors.toSet());
            Set<Id> entities = spec.entities().stream().map(Entity::name).collect(Collectors.toSet());
            assertThat(useCases.leafs()).as("seed %d", seed).hasSize(actors.size() + cases.size());
            assertThat(visible(useCases)).as("seed %d", seed).hasSize(useCaseLinks(spec, actors, cases));
            assertThat(classes.leafs()).as("seed %d", seed).hasSize(entities.size());
            assertThat(visible(classes)).as("seed %d", seed).hasSize((int) spec.entities().stream()
                    .flatMap(e -> e.relationships().stream()).filter(r -> entities.contains(r.target())).count());
            for (CucaDiagram d : List.of(useCases, classes)) {
                assertThat(d.leafs()).as("seed %d", seed).allSatisfy(e -> assertThat(e.getDisplay().size()).isOne());
            }
            // each entity keeps one field per attribute of its first declaration
            Map<String, Integer> fields = new TreeMap<>();
            for (net.sourceforge.plantuml.abel.Entity e : classes.leafs()) fields.put(e.getDisplay().get(0).toString(), e.getBodier().getFieldsToDisplay().size());
            Set<Id> seen = new HashSet<>();
            for (Entity e : spec.entities()) {
                if (seen.add(e.name())) assertThat(fields).as("seed %d", seed).containsEntry(e.name().value(), e.attributes().size());
            }
        }
    }

    /** The links drawn: PlantUML adds invisible ones of its own to lay out elements that have none. */
    private static List<net.sourceforge.plantuml.abel.Link> visible(CucaDiagram diagram) {
        return diagram.getLinks().stream().filter(l -> !l.isInvis() && !l.getType().isInvisible()).toList();
    }

    /** The links the use case diagram declares, counted the way the spec states them. */
    private static int useCaseLinks(Spec spec, Set<Id> actors, Set<Id> cases) {
        int links = 0;
        for (UseCase u : spec.useCases()) {
            if (u.primaryActor().filter(actors::contains).isPresent()) links++;
            Set<Id> secondary = new LinkedHashSet<>(u.secondaryActors());
            u.mainFlow().stream().map(Step::actor).forEach(secondary::add);
            u.primaryActor().ifPresent(secondary::remove);
            links += (int) secondary.stream().filter(actors::contains).count();
            links += (int) u.includes().stream().filter(cases::contains).count();
            links += (int) u.extensionOf().stream().filter(cases::contains).count();
        }
        return links;
    }

    private static CucaDiagram parsed(long seed, String source) {
        List<net.sourceforge.plantuml.BlockUml> blocks = new SourceStringReader(source).getBlocks();
        assertThat(blocks).as("seed %d, diagrams in\n%s", seed, source).hasSize(1);
        Diagram diagram = blocks.get(0).getDiagram();
        if (diagram instanceof PSystemError error) {
            throw new AssertionError("seed " + seed + ": PlantUML rejects the diagram: " + error.getErrorsUml() + "\n" + source);
        }
        assertThat(diagram).as("seed %d", seed).isInstanceOf(CucaDiagram.class);
        return (CucaDiagram) diagram;
    }

    /** An edit of a spec: requirements reversed, the first changed, the last removed, one renamed, one added. */
    private static Spec edited(Spec spec, long seed) {
        List<Requirement> requirements = new ArrayList<>(spec.requirements());
        Collections.reverse(requirements);
        if (!requirements.isEmpty()) requirements.remove(requirements.size() - 1);
        if (!requirements.isEmpty()) requirements.set(0, requirements.get(0).toBuilder().title("edited").build());
        if (requirements.size() > 1) {
            Requirement r = requirements.get(1);
            requirements.set(1, new Requirement(Id.of("renamed-" + seed), r.title(), r.statement(), r.kind(),
                    r.qualityCategory(), r.priority(), r.status(), r.supersededBy(), r.rationale(), r.source(), r.story(),
                    r.dependsOn(), r.tags(), r.criteria(), r.waivers()));
        }
        requirements.add(new SpecGenerator(-seed).requirement());
        List<Entity> entities = new ArrayList<>(spec.entities());
        Collections.reverse(entities);
        return spec.toBuilder().requirements(requirements).entities(entities).version("v2 of " + seed).build();
    }

    /**
     * A change as its mirror image in the backward diff: added and removed swapped, old and new values swapped,
     * a rename going back. The spec's own element is named by the new version's id, so it is compared without
     * it; fields are compared as a set (each diff lists them in its own order); moves are compared apart.
     */
    private static Set<List<Object>> mirrored(SpecDiff diff) {
        Set<List<Object>> out = new HashSet<>();
        for (Change c : diff.changes()) {
            switch (c.kind()) {
                case ADDED -> out.add(key(ChangeKind.REMOVED, c.element(), Optional.empty(), List.of()));
                case REMOVED -> out.add(key(ChangeKind.ADDED, c.element(), Optional.empty(), List.of()));
                case CHANGED -> out.add(key(ChangeKind.CHANGED, c.element(), Optional.empty(), swapped(c.fields())));
                case RENAMED -> out.add(key(ChangeKind.RENAMED,
                        new ElementRef(c.element().kind(), c.previousId().orElseThrow()), Optional.of(c.element().id()),
                        swapped(c.fields())));
                case MOVED -> { }
            }
        }
        return out;
    }

    private static Set<List<Object>> comparable(SpecDiff diff) {
        Set<List<Object>> out = new HashSet<>();
        for (Change c : diff.changes()) {
            if (c.kind() != ChangeKind.MOVED) out.add(key(c.kind(), c.element(), c.previousId(), c.fields()));
        }
        return out;
    }

    private static List<Object> key(ChangeKind kind, ElementRef element, Optional<Id> previousId, List<FieldChange> fields) {
        Object named = element.kind() == ElementKind.SPEC ? element.kind() : element;
        return List.of(kind, named, previousId, Set.copyOf(fields));
    }

    private static List<FieldChange> swapped(List<FieldChange> fields) {
        return fields.stream().map(f -> new FieldChange(f.field(), f.newValue(), f.oldValue())).toList();
    }

    /** How many elements of each kind moved: the longest run that kept its order is as long either way. */
    private static Map<ElementKind, Long> moves(SpecDiff diff) {
        return diff.changes(ChangeKind.MOVED).stream()
                .collect(Collectors.groupingBy(c -> c.element().kind(), TreeMap::new, Collectors.counting()));
    }
}
