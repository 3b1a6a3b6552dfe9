package io.specdriven.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The layering of specdriven's modules, on the classes of all of them together: the model at the bottom, the
 * formats and views over it, the application layer over those, the adapters (command line, MCP server, Maven plugin) on
 * top; no module reaches into another's {@code internal} packages; no two public types share a simple name.
 */
class ModuleLayeringTest {
    private static final List<String> MODULES =
            List.of("core", "json", "junit", "testkit", "examples", "engine", "cli", "html", "mcp", "maven");

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.specdriven");

    @Test
    void the_import_sees_every_module_so_no_rule_passes_vacuously() {
        for (String module : MODULES) {
            assertThat(MAIN.stream().filter(c -> c.getPackageName().startsWith("io.specdriven." + module)).count())
                    .as("classes of spec-%s", module).isGreaterThan(2);
        }
    }

    @Test
    void the_modules_depend_on_each_other_only_downwards() {
        layeredArchitecture().consideringOnlyDependenciesInAnyPackage("io.specdriven..")
                .layer("model").definedBy("io.specdriven.core..")
                .layer("json").definedBy("io.specdriven.json..")
                .layer("html").definedBy("io.specdriven.html..")
                .layer("junit").definedBy("io.specdriven.junit..")
                .layer("testkit").definedBy("io.specdriven.testkit..")
                .layer("examples").definedBy("io.specdriven.examples..")
                .layer("application").definedBy("io.specdriven.engine..")
                .layer("cli").definedBy("io.specdriven.cli..")
                .layer("mcp").definedBy("io.specdriven.mcp..")
                .layer("maven").definedBy("io.specdriven.maven..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("mcp").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("maven").mayNotBeAccessedByAnyLayer()
                .whereLayer("junit").mayNotBeAccessedByAnyLayer()
                .whereLayer("application").mayOnlyBeAccessedByLayers("cli", "mcp", "maven")
                .whereLayer("examples").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("testkit").mayNotBeAccessedByAnyLayer()
                .whereLayer("html").mayOnlyBeAccessedByLayers("application")
                .whereLayer("json").mayOnlyBeAccessedByLayers("examples", "application", "cli", "mcp", "junit", "maven")
                .check(MAIN);
    }

    @Test
    void no_module_uses_another_modules_internals() {
        for (String module : MODULES) {
            String own = "io.specdriven." + module + "..";
            noClasses().that().resideOutsideOfPackage(own)
                    .should().dependOnClassesThat().resideInAPackage("io.specdriven." + module + ".internal..")
                    .because("spec-" + module + "'s internal packages are not exported: other modules use its API")
                    .check(MAIN);
        }
    }

    @Test
    void the_adapters_reach_the_library_through_its_public_api_and_the_application_layer_only() {
        noClasses().that().resideInAnyPackage("io.specdriven.cli..", "io.specdriven.mcp..", "io.specdriven.maven..")
                .should().dependOnClassesThat().resideInAnyPackage("io.specdriven.core.internal..",
                        "io.specdriven.json.internal..", "io.specdriven.engine.internal..")
                .check(MAIN);
    }

    @Test
    void inside_core_the_model_knows_nothing_of_what_is_built_on_it() {
        layeredArchitecture().consideringOnlyDependenciesInAnyPackage("io.specdriven.core..")
                .layer("model").definedBy("io.specdriven.core")
                .layer("source").definedBy("io.specdriven.core.source..")
                .layer("validation").definedBy("io.specdriven.core.validation..")
                .layer("views").definedBy("io.specdriven.core.view..", "io.specdriven.core.trace..",
                        "io.specdriven.core.diff..")
                .layer("verification").definedBy("io.specdriven.core.verify..")
                .layer("internal").definedBy("io.specdriven.core.internal..")
                .whereLayer("verification").mayOnlyBeAccessedByLayers("internal")
                .whereLayer("views").mayOnlyBeAccessedByLayers("verification", "internal")
                .whereLayer("source").mayOnlyBeAccessedByLayers("internal")
                .check(MAIN);
    }

    /**
     * Top-level types only: a nested type is named through its owner ({@code Spec.Builder},
     * {@code SpecValidator.Builder}), so its simple name cannot be imported by mistake.
     */
    @Test
    void no_two_public_top_level_types_share_a_simple_name() {
        Map<String, List<String>> byName = MAIN.stream()
                .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC) && !c.getPackageName().contains(".internal"))
                .filter(JavaClass::isTopLevelClass)
                .collect(Collectors.groupingBy(JavaClass::getSimpleName, TreeMap::new,
                        Collectors.mapping(JavaClass::getName, Collectors.toList())));
        byName.values().removeIf(names -> names.size() < 2);
        assertThat(byName).as("public types that share a simple name (an import would pick the wrong one)").isEmpty();
    }
}
