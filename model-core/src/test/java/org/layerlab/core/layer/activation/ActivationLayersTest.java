package org.layerlab.core.layer.activation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.layerlab.core.layer.LayerShapes.built;
import static org.layerlab.core.layer.LayerShapes.output;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.layerlab.core.config.Config;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.layer.KerasDialect;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.NdOps;
import org.layerlab.core.tensor.NdTensor;
import org.layerlab.core.tensor.Tensor;
import org.nd4j.linalg.factory.Nd4j;

/**
 * ReLU, LeakyReLU, PReLU, ELU, Softmax and ThresholdedReLU: shapes kept, parameter counts (TF.js 4.22's
 * countParams(): 0 for all but PReLU, whose alpha has the sample's shape with shared axes 1: [10] -> 10,
 * [4,6] -> 24, [4,6] shared (1) -> 6, [2,3,4] shared (1,2) -> 4), and Keras's formulas.
 */
class ActivationLayersTest {
    private static final double[] X = {-3, -1, -0.25, 0, 0.5, 1, 2, 7};
    private final NdOps ops = new NdOps();

    private double[] run(String className, Object... fields) {
        Layer layer = built(className, List.of(Shape.batchOf(X.length)), fields);
        layer.weights().forEach(w -> w.initialize(new SplittableRandom(1)));
        Tensor x = NdTensor.of(Nd4j.createFromArray(new double[][] {X}));
        return ops.values(layer.apply(List.of(x.dtype() == layer.dtype() ? x : ops.cast(x, layer.dtype())),
                CallContext.inference(ops)));
    }

    @Test
    void parameterFreeActivationsKeepTheShape() {
        for (String className : List.of("ReLU", "LeakyReLU", "ELU", "Softmax", "ThresholdedReLU")) {
            for (Shape in : List.of(Shape.batchOf(5), Shape.batchOf(3, 4))) {
                Layer layer = built(className, List.of(in));
                assertThat(output(layer, List.of(in))).isEqualTo(in);
                assertThat(layer.countParams()).isZero();
            }
        }
    }

    @Test
    void preluHasOneAlphaPerValueUnlessShared() {
        assertThat(built("PReLU", List.of(Shape.batchOf(10))).countParams()).isEqualTo(10);
        assertThat(built("PReLU", List.of(Shape.batchOf(4, 6))).countParams()).isEqualTo(24);
        assertThat(built("PReLU", List.of(Shape.batchOf(4, 6)), "shared_axes", List.of(1L)).countParams()).isEqualTo(6);
        assertThat(built("PReLU", List.of(Shape.batchOf(2, 3, 4)), "shared_axes", List.of(1L, 2L)).countParams())
                .isEqualTo(4);
        assertThat(built("PReLU", List.of(Shape.batchOf(4, 6))).trainableWeights()).hasSize(1);
        assertThatThrownBy(() -> built("PReLU", List.of(Shape.of(null, null))))
                .hasMessageContaining("must have a known size or be shared");
    }

    @Test
    void formulasAreKeras() {
        assertThat(run("ReLU", "dtype", "float64")).containsExactly(0, 0, 0, 0, 0.5, 1, 2, 7);
        // Keras: max_value from max_value up, x from threshold, negative_slope * (x - threshold) below.
        assertThat(run("ReLU", "max_value", 6.0, "negative_slope", 0.1, "threshold", 0.5, "dtype", "float64"))
                .containsExactly(new double[] {-0.35, -0.15, -0.075, -0.05, 0.5, 1, 2, 6}, within(1e-12));
        assertThat(run("LeakyReLU", "dtype", "float64"))
                .containsExactly(new double[] {-0.9, -0.3, -0.075, 0, 0.5, 1, 2, 7}, within(1e-12));
        double[] elu = run("ELU", "alpha", 2.0, "dtype", "float64");
        assertThat(elu[0]).isCloseTo(2 * Math.expm1(-3), within(1e-12));
        assertThat(elu[7]).isEqualTo(7);
        assertThat(run("ThresholdedReLU", "dtype", "float64")).containsExactly(0, 0, 0, 0, 0, 0, 2, 7);
        double[] softmax = run("Softmax", "dtype", "float64");
        assertThat(softmax[7] / softmax[6]).isCloseTo(Math.exp(5), within(1e-9));
        assertThat(Arrays.stream(softmax).sum()).isCloseTo(1, within(1e-12));
        // PReLU starts with alpha 0 (Zeros), so it starts as ReLU.
        assertThat(run("PReLU", "dtype", "float64")).containsExactly(0, 0, 0, 0, 0.5, 1, 2, 7);
        assertThat(run("PReLU", "alpha_initializer", Config.builder().put("class_name", "Constant")
                .put("config", Config.builder().put("value", 0.5).build()).build(), "dtype", "float64"))
                .containsExactly(-1.5, -0.5, -0.125, 0, 0.5, 1, 2, 7);
    }

    @Test
    void softmaxAlongAnotherAxisSumsToOneThere() {
        Layer softmax = built("Softmax", List.of(Shape.batchOf(2, 3)), "axis", 1L, "dtype", "float64");
        Tensor x = NdTensor.of(Nd4j.createFromArray(new double[][][] {{{1, 2, 3}, {1, 0, 3}}}));
        double[] y = ops.values(softmax.apply(List.of(x), CallContext.inference(ops)));
        assertThat(y[0] + y[3]).isCloseTo(1, within(1e-12));
        assertThat(y[1] + y[4]).isCloseTo(1, within(1e-12));
        assertThat(y[2]).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void leakyReluIsNegativeSlopeInKeras3AndAlphaElsewhere() {
        LayerType type = LayerRegistry.withInstalledLayers().require("LeakyReLU");
        Config config = type.defaultConfig("leaky").with("alpha", 0.2);
        assertThat(type.kerasConfig(config, KerasDialect.KERAS_3)).containsEntry("negative_slope", 0.2)
                .doesNotContainKey("alpha");
        assertThat(type.kerasConfig(config, KerasDialect.KERAS_2)).containsEntry("alpha", 0.2);
        assertThat(type.fromKeras(Config.builder().put("name", "l").put("negative_slope", 0.1).build())
                .get("alpha")).isEqualTo(0.1);
    }
}
