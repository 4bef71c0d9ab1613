package org.layerlab.core.function;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.layerlab.core.config.Config;
import org.layerlab.core.shape.DType;

/** Keras's {@code Zeros}, {@code Ones} and {@code Constant(value)}: every element the same number. */
public final class ConstantInitializer implements Initializer {
    private final String className;
    private final double value;

    private ConstantInitializer(String className, double value) {
        this.className = className;
        this.value = value;
    }

    public static ConstantInitializer zeros() {
        return new ConstantInitializer("Zeros", 0);
    }

    public static ConstantInitializer ones() {
        return new ConstantInitializer("Ones", 1);
    }

    /** Keras's {@code Constant(value=0.0)}; only scalar values, as in Keras 3. */
    public static ConstantInitializer constant(double value) {
        return new ConstantInitializer("Constant", value);
    }

    public double value() {
        return value;
    }

    @Override
    public double[] generate(long[] shape, DType dtype, RandomGenerator rng) {
        double[] v = new double[WeightShapes.size(shape)];
        Arrays.fill(v, value);
        return v;
    }

    @Override
    public String className() {
        return className;
    }

    @Override
    public Config config() {
        return className.equals("Constant") ? Config.builder().put("value", value).build() : Config.empty();
    }
}
