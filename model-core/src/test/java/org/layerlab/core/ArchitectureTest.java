package org.layerlab.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * model-core is the engine that the CLI, plugins and training use without a window: nothing in it,
 * tests included, may depend on JavaFX or on the app.
 */
@AnalyzeClasses(packages = "org.layerlab.core")
class ArchitectureTest {

    @ArchTest
    static final ArchRule NO_JAVAFX = noClasses().that().resideInAPackage("org.layerlab.core..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("model-core must run without a display, in the CLI and in training");

    @ArchTest
    static final ArchRule NO_APP = noClasses().that().resideInAPackage("org.layerlab.core..")
            .should().dependOnClassesThat().resideInAPackage("org.layerlab.app..")
            .because("the app depends on model-core, never the other way round");
}
