package org.layerlab.core.layer.normalization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.layerlab.core.layer.LayerShapes.built;
import static org.layerlab.core.layer.LayerShapes.output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.layerlab.core.config.Config;
import org.layerlab.core.config.ConfigException;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.layer.Weight;
import org.layerlab.core.layer.core.InputLayer;
import org.layerlab.core.shape.DType;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.ArrayVariable;
import org.layerlab.core.tensor.NdOps;
import org.layerlab.core.tensor.NdTensor;
import org.layerlab.core.tensor.Tensor;
import org.layerlab.core.tensor.Variable;
import org.layerlab.core.train.Batch;
import org.layerlab.core.train.GradientCheck;
import org.layerlab.core.train.LayerChain;
import org.layerlab.core.train.Losses;
import org.layerlab.core.train.Optimizers;
import org.layerlab.core.train.TrainingStep;
import org.nd4j.linalg.factory.Nd4j;

/**
 * BatchNormalization and LayerNormalization: Keras's shapes and parameter counts, each cross-checked with
 * TensorFlow.js 4.22's {@code countParams()} on the same input, and what they compute in training and inference.
 */
class NormalizationLayersTest {
    private static final LayerRegistry REGISTRY = LayerRegistry.withInstalledLayers();

    private static long params(String className, Shape input, Object... fields) {
        Layer layer = built(className, List.of(input), fields);
        assertThat(output(layer, List.of(input))).as("keeps its input's shape").isEqualTo(input);
        return layer.countParams();
    }

    @Test
    void batchNormalizationHasFourValuesPerFeatureHalfOfThemTrainable() {
        // Keras: gamma, beta, moving_mean, moving_variance of shape (input_shape[axis],), so 4 × features.
        // TF.js countParams(): [10] -> 40, [4,6] -> 24, [4,6] axis 1 -> 16, [7] without center and scale -> 14.
        assertThat(params("BatchNormalization", Shape.batchOf(10))).isEqualTo(40);
        assertThat(params("BatchNormalization", Shape.batchOf(4, 6))).isEqualTo(24);
        assertThat(params("BatchNormalization", Shape.batchOf(4, 6), "axis", 1L)).isEqualTo(16);
        assertThat(params("BatchNormalization", Shape.batchOf(7), "center", false, "scale", false)).isEqualTo(14);
        Layer bn = built("BatchNormalization", List.of(Shape.batchOf(10)));
        assertThat(bn.trainableWeights()).extracting(Weight::name).containsExactly("gamma", "beta");
        assertThat(bn.nonTrainableWeights()).extracting(Weight::name).containsExactly("moving_mean", "moving_variance");
    }

    @Test
    void layerNormalizationHasTwoValuesPerFeature() {
        // Keras: gamma and beta of shape (input_shape[axis],). TF.js countParams(): [10] -> 20, [4,6] -> 12,
        // [4,6] axis 1 -> 8, [5] without center -> 5.
        assertThat(params("LayerNormalization", Shape.batchOf(10))).isEqualTo(20);
        assertThat(params("LayerNormalization", Shape.batchOf(4, 6))).isEqualTo(12);
        assertThat(params("LayerNormalization", Shape.batchOf(4, 6), "axis", 1L)).isEqualTo(8);
        assertThat(params("LayerNormalization", Shape.batchOf(5), "center", false)).isEqualTo(5);
    }

    @Test
    void aFeatureAxisOfUnknownSizeOrOutOfRangeIsRefused() {
        assertThatThrownBy(() -> built("BatchNormalization", List.of(Shape.of(null, null))))
                .hasMessageContaining("Axis -1 of input tensor should have a defined dimension");
        assertThatThrownBy(() -> built("BatchNormalization", List.of(Shape.batchOf(3)), "axis", 2L))
                .hasMessageContaining("axis 2 is out of range for input shape (None, 3)");
    }

    /** Two features over four samples: means 2.5 and 10, (biased) variances 1.25 and 62.5. */
    private static final double[] X = {1, 0, 2, 5, 3, 15, 4, 20};

    @Test
    void trainingNormalisesWithTheBatchAndMovesTheMovingStatisticsAfterTheStep() {
        InputLayer input = (InputLayer) REGISTRY.create("InputLayer", Config.builder().put("name", "x")
                .put("batch_shape", Arrays.asList(null, 2L)).build());
        Layer bn = REGISTRY.create("BatchNormalization", Config.builder().put("name", "bn").put("momentum", 0.9)
                .put("dtype", "float64").build());
        LayerChain chain = new LayerChain(List.of(input, bn));
        chain.initialize(1);
        TrainingStep step = new TrainingStep(chain, Losses.deserialize("mse"), Optimizers.deserialize("sgd"), 3);
        step.run(new Batch(X, new long[] {4, 2}, new double[8], new long[] {4, 2}));
        // Keras: moving = moving * momentum + batch statistic * (1 - momentum), from 0 and 1 (float32 input).
        assertThat(step.values(bn.nonTrainableWeights().get(0))).containsExactly(new double[] {0.25, 1.0},
                within(1e-6));
        assertThat(step.values(bn.nonTrainableWeights().get(1))).containsExactly(new double[] {0.9 + 0.125, 0.9 + 6.25},
                within(1e-6));
        assertThat(step.steppedWeights()).contains(bn.nonTrainableWeights().get(0));
    }

    @Test
    void inferenceUsesTheMovingStatistics() {
        Layer bn = built("BatchNormalization", List.of(Shape.batchOf(2)), "epsilon", 0.0, "dtype", "float64");
        bn.weights().forEach(w -> w.initialize(new SplittableRandom(1)));
        bn.nonTrainableWeights().get(0).assign(Nd4j.createFromArray(1.0, 2.0));
        bn.nonTrainableWeights().get(1).assign(Nd4j.createFromArray(4.0, 0.25));
        bn.trainableWeights().get(0).assign(Nd4j.createFromArray(3.0, 1.0));
        bn.trainableWeights().get(1).assign(Nd4j.createFromArray(0.5, -1.0));
        NdOps ops = new NdOps();
        Tensor x = NdTensor.of(Nd4j.createFromArray(new double[][] {{3, 2.5}, {1, 1}}));
        // (x - mean) / sqrt(var) * gamma + beta: (3-1)/2*3+0.5 = 3.5, (2.5-2)/0.5-1 = 0, 0.5, (1-2)/0.5-1 = -3.
        assertThat(ops.values(bn.apply(List.of(x), CallContext.inference(ops))))
                .containsExactly(new double[] {3.5, 0, 0.5, -3}, within(1e-12));
        Tensor batch = NdTensor.of(Nd4j.createFromArray(new double[][] {{1, 0}, {3, 4}}));
        double[] trained = ops.values(bn.apply(List.of(batch), new CallContext(ops, true, new SplittableRandom(0))));
        // In training the batch's own statistics: each column becomes -1, +1 before gamma and beta.
        assertThat(trained).containsExactly(new double[] {-2.5, -2, 3.5, 0}, within(1e-12));
    }

    @Test
    void aFrozenBatchNormalizationKeepsItsMovingStatistics() {
        Layer bn = built("BatchNormalization", List.of(Shape.batchOf(2)), "trainable", false, "epsilon", 0.0,
                "dtype", "float64");
        bn.weights().forEach(w -> w.initialize(new SplittableRandom(1)));
        NdOps ops = new NdOps();
        Tensor batch = NdTensor.of(Nd4j.createFromArray(new double[][] {{1, 0}, {3, 4}}));
        // Moving mean 0 and variance 1 from the initializers: the identity, even in training (Keras 3).
        assertThat(ops.values(bn.apply(List.of(batch), new CallContext(ops, true, new SplittableRandom(0)))))
                .containsExactly(1, 0, 3, 4);
    }

    @Test
    void trainingModeGradientsThroughTheBatchStatisticsMatchFiniteDifferences() {
        // The test kit checks gradients in inference; in training the batch's mean and variance depend on the
        // input too, so the gradient with respect to the input is checked here.
        Layer bn = built("BatchNormalization", List.of(Shape.batchOf(3)), "dtype", "float64");
        bn.weights().forEach(w -> w.initialize(new SplittableRandom(2)));
        bn.trainableWeights().get(0).assign(Nd4j.createFromArray(1.5, -0.5, 2.0));
        ArrayVariable x = new ArrayVariable("x",
                Nd4j.createFromArray(new double[][] {{0.3, -1.2, 2.0}, {1.1, 0.4, -0.7}, {-0.5, 2.2, 0.9},
                        {0.8, -0.1, 0.2}}), DType.FLOAT64);
        double[] mix = {0.7, -1.3, 0.4, 1.9, -0.2, 0.5, 1.1, -0.8, 0.3, 0.6, -1.5, 0.9};
        List<Variable> wrt = new ArrayList<>(bn.trainableWeights());
        wrt.add(x);
        var result = GradientCheck.check(wrt, ops -> {
            Tensor y = bn.apply(List.of(ops.read(x)), new CallContext(ops, true, new SplittableRandom(0)));
            return ops.sumAll(ops.multiply(ops.square(y), ops.constant(mix, new long[] {4, 3}, y.dtype())));
        }, 1e-6);
        assertThat(result.maxRelativeError()).as(result.worst()).isLessThan(1e-5);
    }

    @Test
    void tfKeras2sAxisListOfOneAxisReadsAsThatAxis() {
        for (String className : List.of("BatchNormalization", "LayerNormalization")) {
            var type = REGISTRY.require(className);
            Config fromFile = Config.builder().put("name", "n").put("axis", List.of(3L)).build();
            assertThat(type.fromKeras(fromFile).get("axis")).as(className).isEqualTo(3L);
            assertThatThrownBy(() -> type.fromKeras(fromFile.with("axis", List.of(1L, 2L))))
                    .isInstanceOf(ConfigException.class).hasMessageContaining("axis");
        }
    }

    @Test
    void layerNormalizationNormalisesEachSample() {
        Layer ln = built("LayerNormalization", List.of(Shape.batchOf(4)), "epsilon", 0.0, "dtype", "float64");
        ln.weights().forEach(w -> w.initialize(new SplittableRandom(1)));
        NdOps ops = new NdOps();
        Tensor x = NdTensor.of(Nd4j.createFromArray(new double[][] {{1, 2, 3, 4}, {10, 10, 10, 14}}));
        double s = Math.sqrt(1.25);
        // Row 1: mean 2.5, variance 1.25; row 2: mean 11, variance 3.
        assertThat(ops.values(ln.apply(List.of(x), CallContext.inference(ops)))).containsExactly(new double[] {
                -1.5 / s, -0.5 / s, 0.5 / s, 1.5 / s, -1 / Math.sqrt(3), -1 / Math.sqrt(3), -1 / Math.sqrt(3),
                3 / Math.sqrt(3)}, within(1e-12));
    }
}
