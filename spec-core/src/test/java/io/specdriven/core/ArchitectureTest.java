package io.specdriven.core;

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
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The module's shape, as rules: what is public, what stays internal, what it may depend on. */
class ArchitectureTest {
    // Imported from the build output rather than the class path: on the module path a package scan can
    // find nothing and let every rule pass vacuously.
    private static final JavaClasses MAIN = new ClassFileImporter().importPath(Path.of("target", "classes"));

    private static final DescribedPredicate<JavaClass> INTERNAL =
            DescribedPredicate.describe("internal", c -> c.getPackageName().contains(".internal"));

    @Test
    void the_import_sees_the_model() {
        assertThat(MAIN.contain(Spec.class)).isTrue();
        assertThat(MAIN.size()).isGreaterThan(30);
    }

    @Test
    void the_module_exports_public_packages_only() {
        ModuleDescriptor descriptor = Spec.class.getModule().getDescriptor();
        Set<String> exported = descriptor.exports().stream().map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());

        assertThat(exported).isNotEmpty().noneMatch(p -> p.contains(".internal"));
        assertThat(descriptor.requires()).extracting(ModuleDescriptor.Requires::name)
                .noneMatch(name -> name.contains("jackson"));
    }

    @Test
    void core_does_not_depend_on_jackson() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..")
                .check(MAIN);
    }

    @Test
    void public_classes_outside_internal_are_final_records_enums_or_interfaces() {
        classes().that().arePublic().and(DescribedPredicate.not(INTERNAL))
                .and().areNotInterfaces().and().areNotEnums().and().areNotRecords().and().areNotAnnotations()
                .should().haveModifier(JavaModifier.FINAL)
                .check(MAIN);
    }

    @Test
    void public_signatures_do_not_expose_internal_types() {
        methods().that().arePublic().and().areDeclaredInClassesThat(DescribedPredicate.not(INTERNAL))
                .should().haveRawReturnType(DescribedPredicate.not(INTERNAL))
                .andShould(new ArchCondition<JavaMethod>(
                        "take no internal parameter types") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        for (JavaClass p : method.getRawParameterTypes()) {
                            if (INTERNAL.test(p)) {
                                events.add(SimpleConditionEvent.violated(method, method.getFullName() + " takes internal " + p.getName()));
                            }
                        }
                    }
                })
                .check(MAIN);
    }
}
