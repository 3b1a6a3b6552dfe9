package io.specdriven.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The module's shape: no Jackson or internal type in the API, no reflection opened, no data binding. */
class ArchitectureTest {
    // Imported from the build output: on the module path a package scan can find nothing and pass vacuously.
    private static final JavaClasses MAIN = new ClassFileImporter().importPath(Path.of("target", "classes"));

    private static final DescribedPredicate<JavaClass> API = DescribedPredicate.describe("public API",
            c -> (c.getPackageName().equals("io.specdriven.json") || c.getPackageName().equals("io.specdriven.json.results"))
                    && c.getModifiers().contains(JavaModifier.PUBLIC));

    private static final DescribedPredicate<JavaClass> HIDDEN = DescribedPredicate.describe("Jackson or internal",
            c -> c.getPackageName().startsWith("tools.jackson") || c.getPackageName().startsWith("com.fasterxml")
                    || c.getPackageName().contains(".internal"));

    @Test
    void the_import_sees_the_module() {
        assertThat(MAIN.contain(SpecJson.class)).isTrue();
    }

    @Test
    void the_module_exports_only_its_api_packages_and_opens_nothing() {
        ModuleDescriptor descriptor = SpecJson.class.getModule().getDescriptor();
        assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source)
                .containsExactlyInAnyOrder("io.specdriven.json", "io.specdriven.json.results");
        assertThat(descriptor.opens()).isEmpty();
    }

    @Test
    void public_signatures_expose_neither_jackson_nor_internal_types_except_the_jackson_module() {
        methods().that().arePublic().and().areDeclaredInClassesThat(API)
                .and().areNotDeclaredIn(SpecJsonModule.class)
                .should(new ArchCondition<JavaMethod>("expose no Jackson or internal type") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        if (HIDDEN.test(method.getRawReturnType())) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName() + " returns "
                                    + method.getRawReturnType().getName()));
                        }
                        for (JavaClass p : method.getRawParameterTypes()) {
                            if (HIDDEN.test(p)) {
                                events.add(SimpleConditionEvent.violated(method, method.getFullName() + " takes "
                                        + p.getName()));
                            }
                        }
                    }
                })
                .check(MAIN);
    }

    @Test
    void public_classes_are_final_or_records() {
        classes().that(API).and().areNotRecords().should().haveModifier(JavaModifier.FINAL).check(MAIN);
    }

    @Test
    void reading_and_writing_specs_use_the_streaming_api_only() {
        // Data binding would reflect on the model and bypass the reader's checks; only the module,
        // which plugs the same streaming code into a user's mapper, may touch databind.
        noClasses().that().doNotHaveFullyQualifiedName(SpecJsonModule.class.getName())
                .and().doNotHaveFullyQualifiedName(SpecJsonModule.class.getName() + "$SpecSerializer")
                .and().doNotHaveFullyQualifiedName(SpecJsonModule.class.getName() + "$SpecDeserializer")
                .and().doNotHaveFullyQualifiedName(SpecJsonModule.class.getName() + "$ReportSerializer")
                .and().doNotHaveFullyQualifiedName(SpecJsonModule.class.getName() + "$TraceSerializer")
                .and().doNotHaveFullyQualifiedName(SpecJsonModule.class.getName() + "$DiffSerializer")
                .should().dependOnClassesThat().resideInAPackage("tools.jackson.databind..")
                .check(MAIN);
    }
}
