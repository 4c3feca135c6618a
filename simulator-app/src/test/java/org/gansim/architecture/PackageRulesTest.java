package org.gansim.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of the whole product, checked on its class files: the app's tests see the API, every
 * built-in plugin and the app on one class path. Packages point one way (app → training, testkit →
 * support, metrics → nn → api), so a plugin author never needs host machinery and the API never
 * reaches into the app or a plugin.
 */
class PackageRulesTest {

    private static final String[] PLUGIN_PACKAGES = {
        "org.gansim.distributions..", "org.gansim.variants..", "org.gansim.views.."};

    private static JavaClasses product;

    @BeforeAll
    static void importProduct() {
        product = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.gansim");
        // An import that found nothing would pass every rule: make sure each layer is there.
        for (String layer : new String[] {"org.gansim.api.nn", "org.gansim.api.training", "org.gansim.app.cli",
                "org.gansim.distributions", "org.gansim.variants.vanilla", "org.gansim.views"}) {
            assertTrue(product.containPackage(layer), () -> "no classes found in " + layer);
        }
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        slices().matching("org.gansim.(**)").should().beFreeOfCycles().check(product);
    }

    @Test
    void theApiNeverReachesIntoTheAppOrAPlugin() {
        noClasses().that().resideInAPackage("org.gansim.api..")
                .should().dependOnClassesThat().resideInAnyPackage(concat("org.gansim.app..", PLUGIN_PACKAGES))
                .check(product);
    }

    @Test
    void pluginsNeedNeitherTheAppNorTheHostMachinery() {
        noClasses().that().resideInAnyPackage(PLUGIN_PACKAGES)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.gansim.app..", "org.gansim.api.training..", "org.gansim.api.testkit..")
                .check(product);
    }

    @Test
    void whatAPluginCompilesAgainstNeverNeedsTheHost() {
        noClasses().that().resideInAnyPackage("org.gansim.api", "org.gansim.api.param..",
                        "org.gansim.api.nn..", "org.gansim.api.support..", "org.gansim.api.metrics..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.gansim.api.training..", "org.gansim.api.testkit..")
                .check(product);
    }

    @Test
    void theLearningEngineKnowsNothingOfGans() {
        noClasses().that().resideInAPackage("org.gansim.api.nn..")
                .should().dependOnClassesThat().resideInAnyPackage("org.gansim.api", "org.gansim.api.support..",
                        "org.gansim.api.metrics..")
                .check(product);
    }

    @Test
    void onlyTheWindowTouchesSwingInTheHost() {
        noClasses().that().resideInAnyPackage("org.gansim.api.nn..", "org.gansim.api.training..",
                        "org.gansim.api.metrics..", "org.gansim.api.support..", "org.gansim.distributions..",
                        "org.gansim.variants..")
                .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..")
                .check(product);
    }

    private static String[] concat(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
