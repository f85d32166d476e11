package io.github.factmaven.plugin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The goals are thin: they reach the check through the validator's and the model's API only, as a
 * user's own program would, so that everything a goal does, Java code can do with the libraries.
 */
class PluginLayeringTest {

    @Test
    void theGoalsUseTheLibrariesApiOnly() {
        JavaClasses goals = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.factmaven.plugin");
        noClasses()
                .that()
                .resideInAPackage("io.github.factmaven.plugin..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.github.factmaven..internal..")
                .check(goals);
    }
}
