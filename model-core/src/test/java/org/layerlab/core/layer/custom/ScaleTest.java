package org.layerlab.core.layer.custom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.properties.HasModifiers.Predicates.modifier;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.layerlab.core.config.Config;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.layer.KerasDialect;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.layer.Weight;
import org.layerlab.core.shape.DType;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.NdOps;
import org.layerlab.core.tensor.NdTensor;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

class ScaleTest {
    private final LayerRegistry registry = LayerRegistry.withInstalledLayers();

    @Test
    void scalesAndShiftsAlongTheChosenAxis() {
        Layer scale = registry.create("Scale", Config.builder().put("name", "scale").put("axis", 1).put("dtype", "float64").build());
        scale.ensureBuilt(List.of(Shape.batchOf(3, 2)), List.of(DType.FLOAT64));
        Weight gamma = scale.weights().get(0);
        Weight beta = scale.weights().get(1);
        gamma.assign(Nd4j.create(new double[] {2, 3, 4}, new long[] {3}, DataType.DOUBLE));
        beta.assign(Nd4j.create(new double[] {1, 0, -1}, new long[] {3}, DataType.DOUBLE));
        double[] x = {1, 2, 3, 4, 5, 6};
        NdOps ops = new NdOps();
        double[] y = ops.values(scale.apply(List.of(NdTensor.of(Nd4j.create(x, new long[] {1, 3, 2}, DataType.DOUBLE))),
                CallContext.inference(ops)));
        assertThat(y).containsExactly(2 * 1 + 1, 2 * 2 + 1, 3 * 3, 3 * 4, 4 * 5 - 1, 4 * 6 - 1);
    }

    @Test
    void startsAsTheIdentity() {
        Layer scale = registry.create("Scale", Config.builder().put("name", "scale").build());
        NdOps ops = new NdOps();
        double[] x = {0.5, -1, 7};
        double[] y = ops.values(scale.apply(List.of(NdTensor.of(Nd4j.create(x, new long[] {1, 3}, DataType.FLOAT))),
                CallContext.inference(ops)));
        assertThat(y).containsExactly(x);
    }

    @Test
    void theBatchAxisAndAxesBeyondTheRankAreRefused() {
        Layer outOfRange = registry.create("Scale", Config.builder().put("name", "scale_5").put("axis", 5).build());
        assertThatThrownBy(() -> outOfRange.ensureBuilt(List.of(Shape.batchOf(4)), null))
                .hasMessage("layer \"scale_5\": axis 5 is out of range for input shape (None, 4) (the batch axis cannot be scaled)");
        Layer batch = registry.create("Scale", Config.builder().put("name", "scale_0").put("axis", 0).build());
        assertThatThrownBy(() -> batch.ensureBuilt(List.of(Shape.batchOf(4)), null)).hasMessageContaining("axis 0");
    }

    @Test
    void kerasConfigMatchesDenseNetsScaleUnlessInitializersChange() {
        Layer plain = registry.create("Scale", Config.builder().put("name", "scale").build());
        assertThat(plain.getConfig().keys()).containsExactly("name", "trainable", "dtype", "axis", "momentum",
                "gamma_initializer", "beta_initializer");
        assertThat(Scale.TYPE.kerasConfig(plain.getConfig(), KerasDialect.KERAS_2).keySet())
                .containsExactly("name", "trainable", "dtype", "axis", "momentum");
        Layer custom = registry.create("Scale", Config.builder().put("name", "scale").put("gamma_initializer", "zeros").build());
        assertThat(Scale.TYPE.kerasConfig(custom.getConfig(), KerasDialect.KERAS_3).keySet())
                .containsExactly("name", "trainable", "dtype", "axis", "momentum", "gamma_initializer");
        assertThat(custom.getConfig().getConfig("gamma_initializer").get("class_name")).isEqualTo("Zeros");
    }

    @Test
    void usesOnlyThePublicApiOfModelCoreAndNoBackend() {
        JavaClasses custom = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("org.layerlab.core.layer.custom");
        ArchRule publicApiOnly = classes().that().resideInAPackage("org.layerlab.core.layer.custom")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage("org.layerlab.core..")
                        .or(modifier(JavaModifier.PUBLIC))
                        .or(resideInAPackage("org.layerlab.core.layer.custom")));
        ArchRule noBackend = noClasses().that().resideInAPackage("org.layerlab.core.layer.custom")
                .should().dependOnClassesThat().resideInAnyPackage("org.nd4j..", "org.layerlab.core.tensor.nd..")
                .orShould().dependOnClassesThat().haveSimpleNameStartingWith("Nd");
        publicApiOnly.check(custom);
        noBackend.check(custom);
    }
}
