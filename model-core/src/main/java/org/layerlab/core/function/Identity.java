package org.layerlab.core.function;

import java.util.random.RandomGenerator;
import org.layerlab.core.config.Config;
import org.layerlab.core.shape.DType;

/** Keras's {@code Identity(gain=1.0)}: {@code gain} times the (possibly rectangular) identity matrix; 2-D only. */
public final class Identity implements Initializer {
    private final double gain;

    public Identity(double gain) {
        this.gain = gain;
    }

    static Identity fromConfig(Config c) {
        return new Identity(c.getDouble("gain", 1.0));
    }

    public double gain() {
        return gain;
    }

    @Override
    public double[] generate(long[] shape, DType dtype, RandomGenerator rng) {
        if (shape.length != 2) {
            throw new UnsupportedWeightShapeException("Identity matrix initializer can only be used for 2D matrices. "
                    + "Received: shape=" + WeightShapes.describe(shape) + " of rank " + shape.length + ".");
        }
        double[] values = new double[WeightShapes.size(shape)];
        int cols = (int) shape[1];
        long diagonal = Math.min(shape[0], shape[1]);
        for (int i = 0; i < diagonal; i++) {
            values[i * cols + i] = gain;
        }
        return values;
    }

    @Override
    public String className() {
        return "Identity";
    }

    @Override
    public Config config() {
        return Config.builder().put("gain", gain).build();
    }
}
