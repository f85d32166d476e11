package io.github.factmaven.validator;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules between the model's and the validator's packages, as the package-info files state them:
 * each stage depends downward only, so that a change to one room cannot reach into another.
 */
class LayeringTest {

    /** The API classes that run a check or a repair, as opposed to the values they return. */
    private static final Set<Class<?>> ENTRY_POINTS = Set.of(
            FactChecker.class,
            IncrementalCheck.class,
            FactFixer.class,
            SourcePinner.class,
            AnnotationImporter.class,
            AnnotationExporter.class);

    private static final DescribedPredicate<JavaClass> ENTRY_POINT = describe(
            "are entry points of the API "
                    + "(FactChecker, IncrementalCheck, FactFixer, SourcePinner, AnnotationImporter, AnnotationExporter)",
            type -> ENTRY_POINTS.stream().anyMatch(type::isEquivalentTo));

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.factmaven");
    }

    @Test
    void theModelDependsOnNothingOfOurs() {
        noClasses()
                .that()
                .resideInAPackage("io.github.factmaven.model..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.github.factmaven.validator..", "io.github.factmaven.plugin..")
                .check(classes);
    }

    @Test
    void reportsReadResultsNeverHowTheCheckReachedThem() {
        noClasses()
                .that()
                .resideInAPackage("..validator.report..")
                .should()
                .dependOnClassesThat(describe(
                        "reside in an internal package other than internal.text",
                        type -> type.getPackageName().startsWith("io.github.factmaven.validator.internal")
                                && !type.getPackageName().equals("io.github.factmaven.validator.internal.text")))
                .orShould()
                .dependOnClassesThat(ENTRY_POINT)
                .check(classes);
    }

    @Test
    void theStagesNeverCallBackIntoTheEntryPointsOrTheReports() {
        noClasses()
                .that()
                .resideInAPackage("..validator.internal..")
                .should()
                .dependOnClassesThat(ENTRY_POINT)
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage("..validator.report..")
                .check(classes);
    }

    @Test
    void theStagesDependDownwardOnly() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("API")
                .definedBy("io.github.factmaven.validator")
                .layer("Fix")
                .definedBy("..validator.internal.fix..")
                .layer("Cache")
                .definedBy("..validator.internal.cache..")
                .layer("Provenance")
                .definedBy("..validator.internal.provenance..")
                .layer("Names")
                .definedBy("..validator.internal.names..")
                .layer("Check")
                .definedBy("..validator.internal.check..")
                .layer("Diagnosis")
                .definedBy("..validator.internal.diagnosis..")
                .layer("Source")
                .definedBy("..validator.internal.source..")
                .layer("Hash")
                .definedBy("..validator.internal.hash..")
                .layer("Text")
                .definedBy("..validator.internal.text..")
                .whereLayer("Fix")
                .mayOnlyBeAccessedByLayers("API")
                .whereLayer("Cache")
                .mayOnlyBeAccessedByLayers("API")
                .whereLayer("Provenance")
                .mayOnlyBeAccessedByLayers("API")
                .whereLayer("Names")
                .mayOnlyBeAccessedByLayers("API", "Check", "Cache")
                .whereLayer("Check")
                .mayOnlyBeAccessedByLayers("API", "Fix")
                .whereLayer("Diagnosis")
                .mayOnlyBeAccessedByLayers("API", "Fix", "Check", "Cache", "Provenance")
                .whereLayer("Source")
                .mayOnlyBeAccessedByLayers("API", "Fix", "Check", "Diagnosis", "Provenance", "Cache")
                .whereLayer("Hash")
                .mayOnlyBeAccessedByLayers("API", "Check", "Names", "Cache")
                .whereLayer("Text")
                .mayOnlyBeAccessedByLayers("API", "Fix", "Check", "Diagnosis", "Provenance", "Names", "Source")
                .check(classes);
    }

    @Test
    void theValuesDependOnNothingOfTheValidatorsButThemselves() {
        noClasses()
                .that()
                .resideInAPackage("io.github.factmaven.validator.api")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.github.factmaven.validator",
                        "io.github.factmaven.validator.internal..",
                        "io.github.factmaven.validator.report..",
                        "io.github.factmaven.plugin..")
                .check(classes);
    }

    /** Every package is a slice of its own, the API's root among them: no two may depend on each other. */
    @Test
    void noPackagesDependOnEachOther() {
        slices().matching("io.github.factmaven.(**)").should().beFreeOfCycles().check(classes);
    }
}
