package org.layerlab.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.layerlab.core.config.Config;
import org.layerlab.core.config.ConfigException;
import org.layerlab.core.function.UnknownFunctionException;
import org.layerlab.core.layer.Weight;
import org.layerlab.core.shape.DType;
import org.layerlab.core.tensor.grad.TapeBackend;
import org.layerlab.core.tensor.grad.WeightStore;

/**
 * The optimizers against the reference values in Keras 3's own optimizer tests
 * ({@code keras/src/optimizers/*_test.py}: single step, weight decay, clipping and the "golden"
 * five-step sequences), on float32 weights as Keras uses.
 */
class OptimizersTest {
    private static final double[] START = {1, 2, 3, 4};
    private static final double[] GRADS = {1, 6, 7, 2};

    /** Applies each gradient in turn to a weight starting at {@code start}; returns the values after each step. */
    private static double[][] run(Optimizer optimizer, double[] start, double[]... gradients) {
        Weight w = GivenWeight.of(DType.FLOAT32, start);
        TapeBackend backend = new TapeBackend(new WeightStore());
        double[][] after = new double[gradients.length][];
        for (int i = 0; i < gradients.length; i++) {
            optimizer.apply(List.of(w), Map.of(w, gradients[i]), backend);
            after[i] = backend.weights().values(w).clone();
        }
        return after;
    }

    private static Optimizer create(String className, Object... keyValues) {
        Config.Builder config = Config.builder();
        for (int i = 0; i < keyValues.length; i += 2) {
            config.put((String) keyValues[i], keyValues[i + 1]);
        }
        return Optimizers.deserialize(Config.builder().put("class_name", className).put("config", config.build()).build());
    }

    private static void assertClose(double[] actual, double[] expected, double tolerance) {
        assertThat(actual).as(Arrays.toString(actual)).containsExactly(expected, within(tolerance));
    }

    @Test
    void singleStepsMatchKeras() {
        assertClose(run(create("SGD", "learning_rate", 0.5), START, GRADS)[0], new double[] {0.5, -1.0, -0.5, 3.0}, 1e-4);
        assertClose(run(create("Adam", "learning_rate", 0.5), START, GRADS)[0], new double[] {0.5, 1.5, 2.5, 3.5}, 1e-4);
        assertClose(run(create("AdamW", "learning_rate", 0.5), START, GRADS)[0],
                new double[] {0.4980, 1.4960, 2.494, 3.492}, 1e-4);
        assertClose(run(create("RMSprop", "learning_rate", 0.5), START, GRADS)[0],
                new double[] {-0.5811, 0.4189, 1.4189, 2.4189}, 1e-4);
        assertClose(run(create("Adagrad", "learning_rate", 0.5), START, GRADS)[0],
                new double[] {0.5233, 1.5007, 2.5005, 3.5061}, 1e-4);
    }

    @Test
    void weightDecayShrinksTheWeightBeforeTheUpdate() {
        for (String name : List.of("SGD", "Adam", "AdamW", "RMSprop", "Adagrad")) {
            double[] zero = {0};
            double[][] after = run(create(name, "learning_rate", 1.0, "weight_decay", 0.004), new double[] {2}, zero, zero, zero);
            assertThat(after[2][0]).as(name).isCloseTo(1.9760959, within(1e-6));
        }
    }

    @Test
    void clippingByNormAndByValue() {
        double[] big = {100, 100};
        double[] byNorm = run(create("SGD", "learning_rate", 1.0, "clipnorm", 1.0), new double[] {0, 0}, big)[0];
        assertClose(byNorm, new double[] {-Math.sqrt(0.5), -Math.sqrt(0.5)}, 1e-6);
        double[] byValue = run(create("SGD", "learning_rate", 1.0, "clipvalue", 1.0), new double[] {0, 0}, big)[0];
        assertClose(byValue, new double[] {-1, -1}, 1e-6);
        double[] byGlobalNorm = run(create("SGD", "learning_rate", 1.0, "global_clipnorm", 2.0), new double[] {0, 0}, big)[0];
        assertClose(byGlobalNorm, new double[] {-Math.sqrt(2), -Math.sqrt(2)}, 1e-6);
    }

    /** Keras's golden test: one step with gradients 0.01, then steps with gradients 0.1, 0.2, ..., 1.0. */
    private static double[][] golden(Optimizer optimizer) {
        double[] ones = new double[10];
        Arrays.fill(ones, 1);
        double[] first = new double[10];
        Arrays.fill(first, 0.01);
        double[] ramp = new double[10];
        for (int i = 0; i < 10; i++) {
            ramp[i] = 0.1 * (i + 1);
        }
        return run(optimizer, ones, first, ramp, ramp, ramp, ramp);
    }

    private static void assertGolden(double[][] actual, double[][] expected) {
        for (int step = 0; step < expected.length; step++) {
            double[] e = expected[step].length == 1 ? filled(expected[step][0]) : expected[step];
            for (int i = 0; i < 10; i++) {
                assertThat(actual[step][i]).as("step %d element %d", step, i)
                        .isCloseTo(e[i], within(5e-4 + 5e-4 * Math.abs(e[i])));
            }
        }
    }

    private static double[] filled(double v) {
        double[] a = new double[10];
        Arrays.fill(a, v);
        return a;
    }

    @Test
    void adamAmsgradGolden() {
        assertGolden(golden(create("Adam", "amsgrad", true)),
                new double[][] {{0.999}, {0.9982}, {0.9974}, {0.9965}, {0.9955}});
    }

    @Test
    void rmspropCenteredGolden() {
        assertGolden(golden(create("RMSprop", "centered", true)),
                new double[][] {{0.9967}, {0.9933}, {0.9908}, {0.9885}, {0.9864}});
    }

    @Test
    void sgdNesterovGolden() {
        double[][] expected = new double[5][10];
        for (int step = 0; step < 5; step++) {
            for (int i = 0; i < 10; i++) {
                expected[step][i] = step == 0 ? 0.9999 : 0.9999 - step * 0.001 * (i + 1);
            }
        }
        assertGolden(golden(create("SGD", "nesterov", true)), expected);
    }

    @Test
    void adagradGolden() {
        assertGolden(golden(create("Adagrad", "learning_rate", 0.2, "initial_accumulator_value", 0.3, "epsilon", 1e-6)),
                new double[][] {
                    {0.9963},
                    {0.9604, 0.9278, 0.9003, 0.8784, 0.8615, 0.8487, 0.8388, 0.8313, 0.8255, 0.8209},
                    {0.9251, 0.8629, 0.8137, 0.7768, 0.7497, 0.7298, 0.7151, 0.704, 0.6956, 0.6891},
                    {0.8903, 0.8012, 0.7342, 0.6862, 0.6521, 0.6277, 0.6099, 0.5967, 0.5867, 0.579},
                    {0.856, 0.7422, 0.6604, 0.6037, 0.5644, 0.5367, 0.5168, 0.5021, 0.491, 0.4825}});
    }

    @Test
    void adamWGolden() {
        assertGolden(golden(create("AdamW", "learning_rate", 1.0, "weight_decay", 0.5, "epsilon", 2.0)),
                new double[][] {
                    {0.4998},
                    {0.2486, 0.2475, 0.2463, 0.2451, 0.244, 0.2428, 0.2417, 0.2405, 0.2394, 0.2382},
                    {0.1223, 0.1198, 0.1174, 0.1149, 0.1124, 0.11, 0.1075, 0.1051, 0.1027, 0.1003},
                    {0.0586, 0.0549, 0.0512, 0.0475, 0.0439, 0.0402, 0.0366, 0.033, 0.0294, 0.0258},
                    {0.0263, 0.0215, 0.0167, 0.012, 0.0073, 0.0026, -0.0021, -0.0067, -0.0113, -0.0159}});
    }

    @Test
    void float64WeightsFollowTheSameFormulasAsFloat32() {
        for (String name : Optimizers.names()) {
            double[] single = run(create(name, "learning_rate", 0.5), START, GRADS, GRADS)[1];
            Weight w = GivenWeight.of(DType.FLOAT64, START);
            TapeBackend backend = new TapeBackend(new WeightStore());
            Optimizer optimizer = create(name, "learning_rate", 0.5);
            optimizer.apply(List.of(w), Map.of(w, GRADS), backend);
            optimizer.apply(List.of(w), Map.of(w, GRADS), backend);
            assertThat(backend.weights().values(w)).as(name).containsExactly(single, within(1e-4));
        }
    }

    @Test
    void defaultsAreKeras3s() {
        Config adam = Optimizers.deserialize("adam").config();
        assertThat(adam.getDouble("learning_rate", 0)).isEqualTo(0.001);
        assertThat(adam.getDouble("beta_1", 0)).isEqualTo(0.9);
        assertThat(adam.getDouble("beta_2", 0)).isEqualTo(0.999);
        assertThat(adam.getDouble("epsilon", 0)).isEqualTo(1e-7);
        assertThat(adam.getBoolean("amsgrad", true)).isFalse();
        assertThat(adam.get("weight_decay")).isNull();
        assertThat(Optimizers.deserialize("AdamW").config().getDouble("weight_decay", 0)).isEqualTo(0.004);
        Config sgd = Optimizers.deserialize("sgd").config();
        assertThat(sgd.getDouble("learning_rate", 0)).isEqualTo(0.01);
        assertThat(sgd.getDouble("momentum", 1)).isEqualTo(0.0);
        assertThat(sgd.getBoolean("nesterov", true)).isFalse();
        Config rmsprop = Optimizers.deserialize("rmsprop").config();
        assertThat(rmsprop.getDouble("rho", 0)).isEqualTo(0.9);
        assertThat(rmsprop.getDouble("learning_rate", 0)).isEqualTo(0.001);
        assertThat(rmsprop.getBoolean("centered", true)).isFalse();
        Config adagrad = Optimizers.deserialize("adagrad").config();
        assertThat(adagrad.getDouble("initial_accumulator_value", 0)).isEqualTo(0.1);
        assertThat(adagrad.getDouble("epsilon", 0)).isEqualTo(1e-7);
    }

    @Test
    void serialisedConfigRecreatesAnEqualOptimizer() {
        for (String name : Optimizers.names()) {
            Optimizer original = create(name, "learning_rate", 0.25, "clipnorm", 2.0);
            Config saved = Optimizers.serialize(original);
            Optimizer restored = Optimizers.deserialize(saved);
            assertThat(restored.className()).isEqualTo(original.className());
            assertThat(restored.config()).isEqualTo(original.config());
            assertThat(saved.getString("class_name", "")).isEqualTo(original.className());
        }
    }

    @Test
    void badSettingsAreNamed() {
        assertThatThrownBy(() -> Optimizers.deserialize("adamax")).isInstanceOf(UnknownFunctionException.class)
                .hasMessageContaining("adamax").hasMessageContaining("adam");
        assertThatThrownBy(() -> create("Adam", "beta_3", 0.5)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("beta_3");
        assertThatThrownBy(() -> create("SGD", "clipnorm", 1.0, "clipvalue", 1.0))
                .isInstanceOf(ConfigException.class).hasMessageContaining("only one of");
        assertThatThrownBy(() -> create("Adam", "learning_rate", -1.0))
                .isInstanceOf(ConfigException.class).hasMessageContaining("learning_rate");
        assertThatThrownBy(() -> create("RMSprop", "rho", 1.5)).hasMessageContaining("rho");
        assertThatThrownBy(() -> create("AdamW", "weight_decay", null)).hasMessageContaining("weight_decay");
    }

    @Test
    void iterationsCountAppliedSteps() {
        Optimizer sgd = Optimizers.deserialize("sgd");
        run(sgd, START, GRADS, GRADS, GRADS);
        assertThat(sgd.iterations()).isEqualTo(3);
    }
}
