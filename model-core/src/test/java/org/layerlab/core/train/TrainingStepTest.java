package org.layerlab.core.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.layerlab.core.config.Config;
import org.layerlab.core.function.NonNeg;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.layer.Weight;

/** Training steps on small chains: learning, repeatability, dropout only in training, constraints. */
class TrainingStepTest {
    private static final LayerRegistry REGISTRY = LayerRegistry.withInstalledLayers();

    private static Layer layer(String className, String name, Object... keyValues) {
        Config.Builder config = Config.builder().put("name", name);
        for (int i = 0; i < keyValues.length; i += 2) {
            config.put((String) keyValues[i], keyValues[i + 1]);
        }
        return REGISTRY.create(className, config.build());
    }

    /** 2-8-2 classifier with dropout, as in the playground. */
    private static LayerChain classifier(long seed) {
        List<Layer> layers = new ArrayList<>();
        layers.add(layer("InputLayer", "input", "batch_shape", Arrays.asList(null, 2L)));
        layers.add(layer("Dense", "hidden", "units", 8L, "activation", "tanh"));
        layers.add(layer("Dropout", "dropout", "rate", 0.2));
        layers.add(layer("Dense", "output", "units", 2L, "activation", "softmax"));
        LayerChain chain = new LayerChain(layers);
        chain.initialize(seed);
        return chain;
    }

    /** Two Gaussian blobs, one-hot labels. */
    private static List<Batch> blobs(int batches, int size) {
        SplittableRandom rng = new SplittableRandom(3);
        List<Batch> list = new ArrayList<>();
        for (int b = 0; b < batches; b++) {
            double[] x = new double[size * 2];
            double[] y = new double[size * 2];
            for (int i = 0; i < size; i++) {
                int label = rng.nextInt(2);
                x[2 * i] = (label == 0 ? -1 : 1) + 0.3 * rng.nextGaussian();
                x[2 * i + 1] = (label == 0 ? 1 : -1) + 0.3 * rng.nextGaussian();
                y[2 * i + label] = 1;
            }
            list.add(new Batch(x, new long[] {size, 2}, y, new long[] {size, 2}));
        }
        return list;
    }

    private static double[] trainAndRead(long seed, int epochs) {
        LayerChain chain = classifier(seed);
        TrainingStep step = new TrainingStep(chain, Losses.deserialize("categorical_crossentropy"),
                Optimizers.deserialize("adam"), seed);
        for (int e = 0; e < epochs; e++) {
            for (Batch batch : blobs(8, 10)) {
                step.run(batch);
            }
        }
        step.writeBack();
        List<Double> values = new ArrayList<>();
        for (Weight w : chain.weights()) {
            for (double v : w.value().data().asDouble()) {
                values.add(v);
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Test
    void sameSeedGivesBitIdenticalWeights() {
        double[] first = trainAndRead(17, 3);
        double[] second = trainAndRead(17, 3);
        assertThat(second).containsExactly(first);
        assertThat(trainAndRead(18, 3)).isNotEqualTo(first);
    }

    @Test
    void lossFallsAndAccuracyRisesOnSeparableData() {
        LayerChain chain = classifier(1);
        Loss loss = Losses.deserialize("categorical_crossentropy");
        TrainingStep step = new TrainingStep(chain, loss, Optimizers.deserialize(Config.builder()
                .put("class_name", "Adam").put("config", Config.builder().put("learning_rate", 0.05).build()).build()), 1);
        List<Batch> data = blobs(8, 10);
        double before = step.evaluate(data.get(0)).loss();
        for (int e = 0; e < 20; e++) {
            for (Batch batch : data) {
                step.run(batch);
            }
        }
        Accuracy accuracy = Accuracy.resolve("accuracy", loss, data.get(0).labelShape(), new long[] {10, 2});
        double after = 0;
        for (Batch batch : data) {
            StepResult r = step.evaluate(batch);
            after += r.loss() / data.size();
            accuracy.update(batch.labels(), batch.labelShape(), r.predictions(), r.predictionShape());
        }
        assertThat(after).isLessThan(before / 4);
        assertThat(accuracy.result()).isGreaterThan(0.95);
    }

    @Test
    void evaluateLeavesWeightsAndIgnoresDropout() {
        LayerChain chain = classifier(2);
        TrainingStep step = new TrainingStep(chain, Losses.deserialize("categorical_crossentropy"),
                Optimizers.deserialize("sgd"), 2);
        Batch batch = blobs(1, 10).get(0);
        StepResult first = step.evaluate(batch);
        StepResult second = step.evaluate(batch);
        assertThat(second.predictions()).containsExactly(first.predictions());
        StepResult training = step.run(batch);
        assertThat(training.predictions()).isNotEqualTo(first.predictions());
        assertThat(step.evaluate(batch).loss()).isNotEqualTo(first.loss());
    }

    @Test
    void constraintsApplyAfterEachUpdate() {
        Layer constrained = new Affine("affine", "float32", 3, null, null, new NonNeg());
        LayerChain chain = new LayerChain(List.of(layer("InputLayer", "input", "batch_shape", Arrays.asList(null, 2L)),
                constrained));
        chain.initialize(4);
        TrainingStep step = new TrainingStep(chain, Losses.deserialize("mse"), Optimizers.deserialize("sgd"), 4);
        Batch batch = new Batch(new double[] {1, 2, -1, 0.5}, new long[] {2, 2}, new double[] {-5, -5, -5, -5, -5, -5},
                new long[] {2, 3});
        for (int i = 0; i < 5; i++) {
            step.run(batch);
        }
        step.writeBack();
        double[] kernel = constrained.weights().get(0).value().data().asDouble();
        assertThat(Arrays.stream(kernel).min().orElseThrow()).isGreaterThanOrEqualTo(0);
        assertThat(step.optimizer().iterations()).isEqualTo(5);
    }

    @Test
    void frozenLayersKeepTheirWeights() {
        LayerChain chain = classifier(6);
        Layer hidden = chain.layers().get(0);
        hidden.setTrainable(false);
        double[] before = hidden.weights().get(0).value().data().asDouble();
        Layer output = chain.layers().get(2);
        double[] outputBefore = output.weights().get(0).value().data().asDouble();
        TrainingStep step = new TrainingStep(chain, Losses.deserialize("categorical_crossentropy"),
                Optimizers.deserialize("adam"), 6);
        for (Batch batch : blobs(4, 10)) {
            step.run(batch);
        }
        step.writeBack();
        assertThat(hidden.weights().get(0).value().data().asDouble()).containsExactly(before);
        assertThat(output.weights().get(0).value().data().asDouble()).isNotEqualTo(outputBefore);
    }
}
