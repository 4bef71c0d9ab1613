package org.layerlab.core.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.layerlab.core.config.Config;
import org.layerlab.core.function.Activations;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.grad.Parameters;
import org.layerlab.core.tensor.grad.TapeBackend;
import org.layerlab.core.tensor.grad.WeightStore;

/**
 * The gradients training uses, for whole layers computed through the public layer contract, against
 * central finite differences of the training objective in float64 (relative error below 1e-6).
 */
class LayerGradientTest {
    private static final LayerRegistry REGISTRY = LayerRegistry.withInstalledLayers();
    private static final long MASK_SEED = 99;

    static Stream<String> activations() {
        return Activations.names().stream();
    }

    private static Layer layer(String className, Object... keyValues) {
        Config.Builder config = Config.builder().put("name", className.toLowerCase() + "_" + keyValues.length)
                .put("dtype", "float64");
        for (int i = 0; i < keyValues.length; i += 2) {
            config.put((String) keyValues[i], keyValues[i + 1]);
        }
        return REGISTRY.create(className, config.build());
    }

    private static Layer input(Long... dims) {
        List<Object> shape = new ArrayList<>();
        shape.add(null);
        shape.addAll(Arrays.asList(dims));
        return layer("InputLayer", "batch_shape", shape);
    }

    private static Batch batch(long[] featureShape, int outputs) {
        return batch(featureShape, new long[] {featureShape[0], outputs});
    }

    private static Batch batch(long[] featureShape, long[] labelShape) {
        return new Batch(Parameters.randomValues(11, size(featureShape)), featureShape,
                Parameters.randomValues(12, size(labelShape)), labelShape);
    }

    private static int size(long[] shape) {
        int n = 1;
        for (long d : shape) {
            n *= (int) d;
        }
        return n;
    }

    /** Checks d(objective)/d(weights) of a chain trained with mean squared error on a fixed batch. */
    private static GradientCheck.Result check(List<Layer> layers, Batch batch, boolean training) {
        LayerChain chain = new LayerChain(layers);
        chain.initialize(5);
        TrainingObjective objective = new TrainingObjective(chain, Losses.deserialize("mse"));
        return GradientCheck.check(chain.trainableWeights(), ops -> objective.evaluate(batch,
                new CallContext(ops, training, new SplittableRandom(MASK_SEED))).total(), 1e-6);
    }

    private static void assertAgrees(GradientCheck.Result result) {
        assertThat(result.maxRelativeError()).as(result.worst()).isLessThan(1e-6);
    }

    @ParameterizedTest(name = "Dense with {0}")
    @MethodSource("activations")
    void denseWithEveryActivation(String activation) {
        assertAgrees(check(List.of(input(3L), layer("Dense", "units", 4L, "activation", activation),
                layer("Dense", "units", 2L)), batch(new long[] {5, 3}, 2), true));
    }

    @ParameterizedTest(name = "Activation {0}")
    @MethodSource("activations")
    void activationLayerWithEveryActivation(String activation) {
        assertAgrees(check(List.of(input(4L), layer("Dense", "units", 3L), layer("Activation", "activation", activation)),
                batch(new long[] {6, 4}, 3), true));
    }

    @Test
    void dropoutWithAFixedMaskDifferentiatesThroughTheKeptUnits() {
        List<Layer> layers = List.of(input(3L), layer("Dense", "units", 8L, "activation", "tanh"),
                layer("Dropout", "rate", 0.5), layer("Dense", "units", 2L));
        Batch batch = batch(new long[] {5, 3}, 2);
        assertAgrees(check(layers, batch, true));
        TrainingObjective objective = new TrainingObjective(new LayerChain(layers), Losses.deserialize("mse"));
        Ops ops = new TapeBackend(new WeightStore()).eager();
        double trainingLoss = objective.evaluate(batch, new CallContext(ops, true, new SplittableRandom(MASK_SEED)))
                .result(ops).loss();
        double inferenceLoss = objective.evaluate(batch, CallContext.inference(ops)).result(ops).loss();
        assertThat(trainingLoss).as("dropout is active only in training").isNotEqualTo(inferenceLoss);
    }

    @Test
    void scaleOnAMiddleAxis() {
        assertAgrees(check(List.of(input(3L, 4L), layer("Scale", "axis", 1L, "gamma_initializer", "glorot_uniform",
                "beta_initializer", "glorot_uniform"), layer("Dense", "units", 2L)), batch(new long[] {2, 3, 4}, new long[] {2, 3, 2}), true));
    }

    @Test
    void weightAndActivityRegularizersOfAUsersOwnLayer() {
        Layer custom = new Affine("affine", "float64", 3, Affine.l2(0.05), Affine.l2(0.02), null);
        assertAgrees(check(List.of(input(4L), custom, layer("Dense", "units", 2L, "activation", "sigmoid")),
                batch(new long[] {5, 4}, 2), true));
    }

    @Test
    void regularizerPenaltiesAreAddedToTheLoss() {
        Layer plain = new Affine("plain", "float64", 2, null, null, null);
        Layer penalised = new Affine("penalised", "float64", 2, Affine.l2(0.1), Affine.l2(0.01), null);
        Batch batch = batch(new long[] {3, 2}, 2);
        Ops ops = new TapeBackend(new WeightStore()).eager();
        LayerChain withPenalty = new LayerChain(List.of(input(2L), penalised));
        withPenalty.initialize(1);
        LayerChain without = new LayerChain(List.of(input(2L), plain));
        without.initialize(1);
        StepResult a = new TrainingObjective(withPenalty, Losses.deserialize("mse")).evaluate(batch,
                CallContext.inference(ops)).result(ops);
        StepResult b = new TrainingObjective(without, Losses.deserialize("mse")).evaluate(batch,
                CallContext.inference(ops)).result(ops);
        double kernelSquares = 0;
        for (double v : penalised.weights().get(0).value().data().asDouble()) {
            kernelSquares += v * v;
        }
        double outputSquares = 0;
        for (double v : a.predictions()) {
            outputSquares += v * v;
        }
        assertThat(a.predictions()).containsExactly(b.predictions());
        assertThat(a.loss() - b.loss()).isCloseTo(0.1 * kernelSquares + 0.01 * outputSquares,
                org.assertj.core.api.Assertions.within(1e-12));
    }
}
