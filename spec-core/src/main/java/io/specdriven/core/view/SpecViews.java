package io.specdriven.core.view;

import static java.util.Objects.requireNonNull;

import io.specdriven.core.Id;
import io.specdriven.core.Requirement;
import io.specdriven.core.Spec;
import io.specdriven.core.internal.view.Gherkin;
import io.specdriven.core.internal.view.GherkinTags;
import io.specdriven.core.internal.view.JunitSkeleton;
import io.specdriven.core.internal.view.MarkdownDocument;
import io.specdriven.core.internal.view.Mermaid;
import io.specdriven.core.internal.view.PlantUml;
import io.specdriven.core.validation.ValidationReport;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Renders a spec for the people who read it and the tools that check it.
 *
 * <pre>{@code
 * String doc = SpecViews.markdown(spec);                  // GitHub shows it with its diagrams
 * String puml = SpecViews.plantUmlUseCaseDiagram(spec);
 * for (FeatureFile f : SpecViews.gherkin(spec)) {
 *     Files.writeString(features.resolve(f.fileName()), f.content());
 * }
 * }</pre>
 *
 * <p>Every view is deterministic: the same spec gives the same text, byte for byte, on any JVM. Text from
 * the spec is escaped for the target language, so pipes, backticks, brackets, quotes, angle brackets and
 * line breaks never break a table, a diagram or a feature file; names that are not valid identifiers in
 * a diagram language are quoted or replaced by an alias. Views render what the spec says, valid or not:
 * links to elements the spec does not declare are left out of diagrams. All output uses {@code \n} line
 * breaks and ends with one.
 *
 * @since 0.1
 */
public final class SpecViews {
    private SpecViews() {}

    /**
     * Renders the spec as a GitHub-flavoured Markdown document: title and summary, actors, glossary,
     * the requirements catalog as a table, each requirement with its criteria as Given/When/Then, each
     * use case with its numbered flows, alternatives and business rules, the entity model as a Mermaid
     * {@code erDiagram} with attribute tables (a section left out when the spec has no entities, so the
     * document holds no empty diagram), the traceability matrix, assumptions, scope and open
     * questions. {@link #markdown(Spec, ValidationReport)} adds the validator's findings.
     *
     * @param spec the spec
     * @return the document
     */
    public static String markdown(Spec spec) {
        return MarkdownDocument.render(requireNonNull(spec, "spec"), Optional.empty());
    }

    /**
     * Renders the spec as {@link #markdown(Spec)} does, followed by a Findings section: the report's
     * summary, a table of its violations (severity, rule, path, message and hint) and a table of the
     * waived ones with the reason they were accepted.
     *
     * <pre>{@code
     * String doc = SpecViews.markdown(spec, SpecValidator.standard().validate(spec));
     * }</pre>
     *
     * @param spec the spec
     * @param findings the validation report of that spec
     * @return the document
     */
    public static String markdown(Spec spec, ValidationReport findings) {
        requireNonNull(spec, "spec");
        return MarkdownDocument.render(spec, Optional.of(requireNonNull(findings, "findings")));
    }

    /**
     * Renders the entity model as a Mermaid {@code erDiagram}. Entity names are always quoted; an
     * attribute name Mermaid cannot take as a word is replaced by one, with the real name in the
     * attribute's comment. Identifier attributes are marked {@code PK}, unique ones {@code UK}. A spec
     * without entities gives the header line alone, a diagram Mermaid accepts and shows empty.
     *
     * @param spec the spec
     * @return the diagram source, starting with {@code erDiagram}
     */
    public static String mermaidErDiagram(Spec spec) {
        return Mermaid.erDiagram(requireNonNull(spec, "spec"));
    }

    /**
     * Renders the entity model as a Mermaid {@code classDiagram}: composition, aggregation and
     * association arrows with the target's cardinality. A spec without entities gives a diagram holding
     * one note that says so, since Mermaid rejects a classDiagram without statements.
     *
     * @param spec the spec
     * @return the diagram source, starting with {@code classDiagram}
     */
    public static String mermaidClassDiagram(Spec spec) {
        return Mermaid.classDiagram(requireNonNull(spec, "spec"));
    }

    /**
     * Renders the actors and use cases as a PlantUML use case diagram: use cases inside the system
     * boundary, primary actors pointing at their use cases, use cases pointing at secondary actors, and
     * include and extend as dashed {@code <<include>>} and {@code <<extend>>} arrows.
     *
     * @param spec the spec
     * @return the diagram source, from {@code @startuml} to {@code @enduml}
     */
    public static String plantUmlUseCaseDiagram(Spec spec) {
        return PlantUml.useCaseDiagram(requireNonNull(spec, "spec"));
    }

    /**
     * Renders the entity model as a PlantUML class diagram.
     *
     * @param spec the spec
     * @return the diagram source, from {@code @startuml} to {@code @enduml}
     */
    public static String plantUmlClassDiagram(Spec spec) {
        return PlantUml.classDiagram(requireNonNull(spec, "spec"));
    }

    /**
     * Renders each requirement as a Gherkin feature file: the requirement is the Feature (tagged with
     * its id), each acceptance criterion a Scenario tagged with its own id, with its Given/When/Then as
     * steps. Scenarios inherit the feature's tag, so a runner sees each one tagged with both ids, such
     * as {@code @REQ-EXPORT @AC-EMPTY}, and {@code --tags} selects by either. A criterion written as a
     * plain statement becomes one {@code Then} step.
     *
     * <p>A tag cannot hold white space or {@code @}: in an id that has them each becomes {@code _}
     * ({@code Validate all specs in one run} is tagged {@code @Validate_all_specs_in_one_run}), with
     * {@code ~2}, {@code ~3}… where that tag is another id's; {@code spec verify} reads such tags back
     * as the ids they were made from. File names are made safe the same way: characters a file system
     * refuses become {@code _}, {@code ..} becomes {@code _..}, a long id is cut and given a checksum,
     * and names stay unique ignoring letter case and Unicode normalization.
     *
     * @param spec the spec
     * @return one file per requirement, in spec order
     */
    public static List<FeatureFile> gherkin(Spec spec) {
        requireNonNull(spec, "spec");
        List<FeatureFile> files = new ArrayList<>(spec.requirements().size());
        Set<String> taken = new HashSet<>();
        Map<String, Integer> next = new HashMap<>();
        Map<Id, String> tags = GherkinTags.of(spec);
        for (Requirement r : spec.requirements()) {
            String name = Gherkin.fileName(r);
            String stem = name.substring(0, name.length() - ".feature".length());
            // ids are case-sensitive, file systems often are not (REQ-a and REQ-A must not share a file), and
            // macOS does not tell Unicode normalization forms apart; a/b and a_b map to one name too
            int n = next.getOrDefault(stem, 2);
            while (!taken.add(fileKey(name))) name = stem + "-" + n++ + ".feature";
            next.put(stem, n);
            files.add(new FeatureFile(name, r.id(), Gherkin.feature(r, tags)));
        }
        return List.copyOf(files);
    }

    /** What two file names must differ in to be two files everywhere: case and normalization ignored. */
    private static String fileKey(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /**
     * Renders each requirement as a JUnit Jupiter test class skeleton for spec-junit: one test per acceptance
     * criterion, annotated {@code @Verifies("AC-…")}, with the criterion's Given/When/Then as comments and a
     * body that fails with {@code not implemented: AC-…} until someone writes the test, so {@code spec verify}
     * reports it failed rather than passed. A requirement without criteria gets one test that verifies it as
     * a whole. Class names come from the requirements' ids ({@code REQ-EXPORT} becomes {@code ReqExportTest}),
     * test names from the criteria's ids ({@code ac_export_1}); ids and texts from the spec reach the source
     * only escaped, inside string literals and line comments.
     *
     * @param spec the spec
     * @param packageName the package of the classes, such as {@code com.acme.export}
     * @return one class per requirement, in spec order
     * @throws IllegalArgumentException if the package name is not a Java package name
     */
    public static List<TestClassFile> junitTests(Spec spec, String packageName) {
        requireNonNull(spec, "spec");
        requireNonNull(packageName, "packageName");
        JunitSkeleton.packageProblem(packageName).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        List<String> names = JunitSkeleton.classNames(spec.requirements());
        List<TestClassFile> files = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            Requirement r = spec.requirements().get(i);
            files.add(new TestClassFile(packageName, names.get(i), r.id(),
                    JunitSkeleton.testClass(spec, r, packageName, names.get(i))));
        }
        return List.copyOf(files);
    }
}
