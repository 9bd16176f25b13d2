package org.asylon.kernel.testing;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The shape every module keeps, checked in its build (each module's {@code ArchitectureTest}
 * returns {@link #of(String)} from a {@code @TestFactory}). A module that breaks one of these rules
 * fails {@code mvn verify} with the offending classes named.
 */
public final class ModuleArchitecture {

    private static final String KERNEL = "org.asylon.kernel..";

    private ModuleArchitecture() {}

    /** One test per rule for the module whose classes live under {@code rootPackage}. */
    public static Stream<DynamicTest> of(String rootPackage) {
        JavaClasses classes =
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages(rootPackage);
        return rules(rootPackage).stream()
                .map(rule -> dynamicTest(rule.getDescription(), () -> rule.check(classes)));
    }

    // Only the first rule must find classes (a misspelt root package fails); a module may lack
    // entities.
    static List<ArchRule> rules(String rootPackage) {
        String own = rootPackage + "..";
        return List.of(
                noClasses()
                        .that()
                        .resideInAPackage(own)
                        .should()
                        .dependOnClassesThat(
                                resideInAPackage("org.asylon..")
                                        .and(not(resideInAnyPackage(own, KERNEL))))
                        .as("a module imports only its own classes and the kernel's")
                        .because(
                                "modules integrate through REST and the event feeds, never through each other's code"),
                noClasses()
                        .that()
                        .resideInAPackage("..entity..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage("..control..", "..boundary..")
                        .as("entities import neither controls nor boundaries")
                        .allowEmptyShould(true),
                noClasses()
                        .that()
                        .resideInAPackage("..control..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage(rootPackage + "..boundary..")
                        .as("controls do not import the REST edge")
                        .because(
                                "a rule decided in a control must not depend on the shape of a request")
                        .allowEmptyShould(true),
                noClasses()
                        .that()
                        .resideInAPackage("..boundary..")
                        .should()
                        .dependOnClassesThat()
                        .areAssignableTo(EntityManager.class)
                        .as("resources do not touch the EntityManager: queries live in controls")
                        .allowEmptyShould(true),
                noClasses()
                        .that()
                        .resideOutsideOfPackage("org.asylon.kernel.json")
                        .should()
                        .dependOnClassesThat()
                        .haveFullyQualifiedName("jakarta.json.Json")
                        .orShould()
                        .dependOnClassesThat()
                        .haveFullyQualifiedName("jakarta.json.bind.JsonbBuilder")
                        .as("JSON processing and binding come from the kernel's Jsons")
                        .because(
                                "each Json.create… call looks the provider up again under a class-loader lock"),
                slices().matching(rootPackage + ".(*)..")
                        .should()
                        .beFreeOfCycles()
                        .as("the module's components do not depend on each other in a cycle"));
    }
}
