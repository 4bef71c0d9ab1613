package org.layerlab.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The window's packages depend on each other in one direction (window over inspector, project and editor;
 * inspector and project over editor), views never reach into the command line, and the drawing geometry
 * stays free of JavaFX so another renderer (SVG) can use it.
 */
@AnalyzeClasses(packages = "org.layerlab.app", importOptions = ImportOption.DoNotIncludeTests.class)
class AppArchitectureTest {

    @ArchTest
    static final ArchRule NO_CYCLES_BETWEEN_PACKAGES = slices().matching("org.layerlab.app.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule GEOMETRY_WITHOUT_JAVAFX = noClasses().that().resideInAPackage("org.layerlab.app.editor.draw")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    /** {@code layerlab render} runs without JavaFX on the class path: nothing it uses may reach JavaFX. */
    @ArchTest
    static final ArchRule PICTURES_WITHOUT_JAVAFX = noClasses().that()
            .resideInAPackage("org.layerlab.app.editor.draw").or()
            .haveFullyQualifiedName("org.layerlab.app.cli.RenderCommand")
            .should().transitivelyDependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule EDITOR_BELOW_THE_WINDOW = noClasses().that().resideInAnyPackage("org.layerlab.app.editor..",
            "org.layerlab.app.inspector..").should().dependOnClassesThat()
            .resideInAnyPackage("org.layerlab.app.window..", "org.layerlab.app.project..", "org.layerlab.app.cli..");
}
