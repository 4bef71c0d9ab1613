package org.layerlab.core;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * model-core's packages depend on each other in one direction only, so each can be understood, tested
 * and replaced from the ones below it. A package's sub-packages belong to it ({@code tensor.grad} is
 * part of {@code tensor}, {@code layer.core} of {@code layer}): they are its implementation, and a cycle
 * inside one package is that package's own business. Tests are left out: they mirror the main packages
 * and may reach across them to build fixtures.
 */
@AnalyzeClasses(packages = "org.layerlab.core", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageCycleTest {

    @ArchTest
    static final ArchRule NO_CYCLES_BETWEEN_PACKAGES = slices().matching("org.layerlab.core.(*)..")
            .should().beFreeOfCycles()
            .because("a cycle between packages means neither can be understood or changed alone");
}
