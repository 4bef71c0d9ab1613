package org.layerlab.core.layer.noise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.layerlab.core.layer.LayerShapes.built;
import static org.layerlab.core.layer.LayerShapes.output;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.NdOps;
import org.layerlab.core.tensor.NdTensor;
import org.layerlab.core.tensor.Tensor;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * GaussianNoise, GaussianDropout and ActivityRegularization: shapes kept and no parameters (TF.js 4.22:
 * gaussianNoise on [4,6] and gaussianDropout on [4] give the input's shape and countParams() 0; Keras's
 * ActivityRegularization.compute_output_shape returns its input's), noise only in training, and the penalty.
 */
class NoiseLayersTest {
    private static final int N = 20_000;
    private final NdOps ops = new NdOps();
    private final Tensor ones = NdTensor.of(Nd4j.ones(DataType.DOUBLE, N, 1));

    @Test
    void shapesAreKeptWithoutParameters() {
        for (String className : List.of("GaussianNoise", "GaussianDropout", "ActivityRegularization")) {
            for (Shape in : List.of(Shape.batchOf(4, 6), Shape.batchOf(4))) {
                Object[] fields = className.equals("GaussianNoise") ? new Object[] {"stddev", 0.1}
                        : className.equals("GaussianDropout") ? new Object[] {"rate", 0.2} : new Object[0];
                Layer layer = built(className, List.of(in), fields);
                assertThat(output(layer, List.of(in))).isEqualTo(in);
                assertThat(layer.countParams()).isZero();
            }
        }
    }

    private static double[] meanAndStd(double[] v) {
        double m = 0;
        for (double x : v) {
            m += x;
        }
        m /= v.length;
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return new double[] {m, Math.sqrt(s / v.length)};
    }

    @Test
    void gaussianNoiseAddsNoiseOfItsDeviationOnlyInTraining() {
        Layer noise = built("GaussianNoise", List.of(Shape.batchOf(1)), "stddev", 0.5, "dtype", "float64");
        assertThat(ops.values(noise.apply(List.of(ones), CallContext.inference(ops)))).containsOnly(1.0);
        double[] trained = ops.values(noise.apply(List.of(ones), new CallContext(ops, true, new SplittableRandom(4))));
        double[] stats = meanAndStd(trained);
        assertThat(stats[0]).isCloseTo(1, within(0.02));
        assertThat(stats[1]).isCloseTo(0.5, within(0.02));
    }

    @Test
    void gaussianDropoutMultipliesByNoiseOfMeanOneOnlyInTraining() {
        Layer dropout = built("GaussianDropout", List.of(Shape.batchOf(1)), "rate", 0.2, "seed", 9L, "dtype", "float64");
        assertThat(ops.values(dropout.apply(List.of(ones), CallContext.inference(ops)))).containsOnly(1.0);
        double[] stats = meanAndStd(ops.values(dropout.apply(List.of(ones), new CallContext(ops, true,
                new SplittableRandom(4)))));
        // Keras: stddev = sqrt(rate / (1 - rate)) = 0.5 for rate 0.2.
        assertThat(stats[0]).isCloseTo(1, within(0.02));
        assertThat(stats[1]).isCloseTo(0.5, within(0.02));
    }

    @Test
    void activityRegularizationPassesItsInputAndPenalisesIt() {
        Layer reg = built("ActivityRegularization", List.of(Shape.batchOf(2)), "l1", 0.1, "l2", 0.01, "dtype", "float64");
        Tensor x = NdTensor.of(Nd4j.createFromArray(new double[][] {{1, -2}, {3, 0}}));
        assertThat(ops.values(reg.apply(List.of(x), CallContext.inference(ops)))).containsExactly(1, -2, 3, 0);
        List<Tensor> penalties = new ArrayList<>();
        penalties.add(reg.activityRegularizer().penalty(x, ops));
        // l1 * (1 + 2 + 3) + l2 * (1 + 4 + 9).
        assertThat(ops.values(penalties.get(0))[0]).isCloseTo(0.6 + 0.14, within(1e-12));
    }
}
