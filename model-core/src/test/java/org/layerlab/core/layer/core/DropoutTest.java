package org.layerlab.core.layer.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.layerlab.core.config.Config;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.tensor.NdOps;
import org.layerlab.core.tensor.NdTensor;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

class DropoutTest {
    private final NdOps ops = new NdOps();

    private Layer dropout(double rate, Long seed) {
        return LayerRegistry.withInstalledLayers().create("Dropout",
                Config.builder().put("name", "dropout").put("rate", rate).put("seed", seed).build());
    }

    private double[] run(Layer layer, double[] x, boolean training, long contextSeed) {
        NdTensor in = NdTensor.of(Nd4j.create(x, new long[] {1, x.length}, DataType.DOUBLE));
        return ops.values(layer.apply(List.of(in), new CallContext(ops, training, new SplittableRandom(contextSeed))));
    }

    @Test
    void trainingKeepsUnitsScaledByOneOverOneMinusRate() {
        double rate = 0.25;
        double[] x = new double[20_000];
        for (int i = 0; i < x.length; i++) {
            x[i] = 1 + (i % 7);
        }
        double[] y = run(dropout(rate, null), x, true, 42);
        int dropped = 0;
        for (int i = 0; i < x.length; i++) {
            if (y[i] == 0) {
                dropped++;
            } else {
                assertThat(y[i]).isCloseTo(x[i] / (1 - rate), org.assertj.core.data.Offset.offset(1e-12));
            }
        }
        assertThat(dropped / (double) x.length).isCloseTo(rate, org.assertj.core.data.Offset.offset(0.015));
    }

    @Test
    void inferenceIsTheIdentity() {
        double[] x = {1.5, -2, 3, 0.25};
        assertThat(run(dropout(0.9, null), x, false, 1)).containsExactly(x);
    }

    @Test
    void theSameSeedDropsTheSameUnits() {
        double[] x = new double[64];
        java.util.Arrays.fill(x, 1);
        assertThat(run(dropout(0.5, 11L), x, true, 1)).containsExactly(run(dropout(0.5, 11L), x, true, 99));
        assertThat(run(dropout(0.5, null), x, true, 5)).containsExactly(run(dropout(0.5, null), x, true, 5));
        assertThat(run(dropout(0.5, null), x, true, 5)).isNotEqualTo(run(dropout(0.5, null), x, true, 6));
    }

    @Test
    void noiseShapeSharesTheMaskAlongBroadcastAxes() {
        Layer layer = LayerRegistry.withInstalledLayers().create("Dropout", Config.builder().put("name", "d")
                .put("rate", 0.5).put("noise_shape", java.util.Arrays.asList(null, 1L, 4L)).build());
        NdTensor in = NdTensor.of(Nd4j.ones(DataType.DOUBLE, 2, 3, 4));
        double[] y = ops.values(layer.apply(List.of(in), new CallContext(ops, true, new SplittableRandom(3))));
        for (int b = 0; b < 2; b++) {
            for (int c = 0; c < 4; c++) {
                double first = y[b * 12 + c];
                for (int r = 1; r < 3; r++) {
                    assertThat(y[b * 12 + r * 4 + c]).isEqualTo(first);
                }
            }
        }
    }
}
