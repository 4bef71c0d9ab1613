package org.layerlab.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.layerlab.core.config.Config;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.shape.Shape;

/** Every registered layer type, built-in or plug-in, passes the kit, with its sample config and with others. */
class RegisteredLayersTest {
    private static final LayerRegistry REGISTRY = LayerRegistry.withInstalledLayers();

    static Stream<LayerType> types() {
        return REGISTRY.types().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void passesTheKitWithItsSampleConfig(LayerType type) {
        LayerTestKit.Report report = LayerTestKit.of(type).run();
        assertThat(report.builtFor()).isNotEmpty();
        assertThat(report.maxGradientError()).isLessThanOrEqualTo(GradientProbe.TOLERANCE);
    }

    static Stream<Arguments> otherConfigs() {
        List<Arguments> cases = new ArrayList<>();
        cases.add(Arguments.of("Dense", Config.builder().put("name", "dense_nobias").put("units", 7L)
                .put("use_bias", false).put("activation", "softmax").build(), null));
        cases.add(Arguments.of("Dense", Config.builder().put("name", "dense_reg").put("units", 2L)
                .put("kernel_regularizer", function("L1L2", Config.builder().put("l1", 0.01).put("l2", 0.02).build()))
                .put("kernel_constraint", function("MaxNorm", Config.builder().put("max_value", 2.0).put("axis", 0L).build()))
                .put("bias_initializer", function("RandomNormal", Config.builder().put("mean", 0.5).put("stddev", 0.1)
                        .put("seed", 3L).build()))
                .build(), null));
        cases.add(Arguments.of("Dropout", Config.builder().put("name", "dropout_ns").put("rate", 0.3)
                .put("noise_shape", Arrays.asList(null, 1L)).put("seed", 7L).build(), List.of(List.of(Shape.batchOf(6)))));
        cases.add(Arguments.of("Scale", Config.builder().put("name", "scale_axis1").put("axis", 1L)
                .put("gamma_initializer", function("Constant", Config.builder().put("value", 2.0).build())).build(),
                List.of(List.of(Shape.batchOf(3, 4)))));
        cases.add(Arguments.of("Activation", Config.builder().put("name", "act_softmax").put("activation", "softmax")
                .build(), null));
        cases.add(Arguments.of("Add", Config.builder().put("name", "add_broadcast").build(),
                List.of(List.of(Shape.batchOf(1, 4), Shape.batchOf(3, 4)), List.of(Shape.batchOf(4), Shape.batchOf(2, 4)))));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("otherConfigs")
    void passesTheKitWithOtherConfigs(String className, Config config, List<List<Shape>> shapes) {
        LayerTestKit kit = LayerTestKit.of(REGISTRY.require(className)).config(config);
        if (shapes != null) {
            kit.inputShapes(shapes);
        }
        assertThat(kit.run().builtFor()).isNotEmpty();
    }

    private static Config function(String className, Config config) {
        return Config.builder().put("class_name", className).put("config", config).build();
    }
}
