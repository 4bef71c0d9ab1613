package org.layerlab.core.data;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The generated data sets: the TensorFlow Playground's 2-D classification sets (features x1, x2;
 * target "label" with classes "0" and "1"), scikit-learn's moons and a 1-D sine regression
 * (feature x, target y). The same size, noise and seed always give the same rows.
 */
public enum SyntheticSet {
    /** Exclusive or: class 1 in the quadrants where x1*x2 >= 0. Noise: Playground scale, 0..0.5. */
    XOR("xor", "Exclusive or", 0.5),
    /** A disc of class 1 inside a ring of class 0. Noise: Playground scale, 0..0.5. */
    CIRCLE("circle", "Circle", 0.5),
    /** Two Gaussian clouds around (2, 2) and (-2, -2). Noise: Playground scale, 0..0.5. */
    GAUSS("gauss", "Two Gaussians", 0.5),
    /** Two interleaved spirals. Noise: Playground scale, 0..0.5. */
    SPIRAL("spiral", "Spiral", 0.5),
    /** Two interleaving half circles. Noise: standard deviation, 0..1. */
    MOONS("moons", "Moons", 1),
    /** y = sin(x) on [-pi, pi] for regression. Noise: standard deviation, 0..1. */
    SINE("sine", "Sine (regression)", 1);

    /** Largest number of rows a generated set may have. */
    public static final int MAX_SIZE = 1_000_000;

    private final String id;
    private final String title;
    private final double maxNoise;

    SyntheticSet(String id, String title, double maxNoise) {
        this.id = id;
        this.title = title;
        this.maxNoise = maxNoise;
    }

    /** The name used in project files and on the command line. */
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** The largest accepted noise level. */
    public double maxNoise() {
        return maxNoise;
    }

    /**
     * Generates {@code size} rows.
     *
     * @throws DataException when size or noise is out of range
     */
    public Dataset generate(int size, double noise, long seed) {
        if (size < 2 || size > MAX_SIZE) {
            throw DataException.in(id, "size must be between 2 and " + MAX_SIZE + ", got " + size);
        }
        if (!(noise >= 0 && noise <= maxNoise)) {
            throw DataException.in(id, "noise must be between 0 and " + maxNoise + ", got " + noise);
        }
        return switch (this) {
            case XOR -> SyntheticGenerators.xor(size, noise, seed);
            case CIRCLE -> SyntheticGenerators.circle(size, noise, seed);
            case GAUSS -> SyntheticGenerators.gauss(size, noise, seed);
            case SPIRAL -> SyntheticGenerators.spiral(size, noise, seed);
            case MOONS -> SyntheticGenerators.moons(size, noise, seed);
            case SINE -> SyntheticGenerators.sine(size, noise, seed);
        };
    }

    /**
     * The set with this id.
     *
     * @throws DataException naming the known ids when there is none
     */
    public static SyntheticSet fromId(String id) {
        for (SyntheticSet s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        String known = Arrays.stream(values()).map(SyntheticSet::id).collect(Collectors.joining(", "));
        throw DataException.in("data set \"" + id + "\"", "not a synthetic data set; choose one of " + known);
    }
}
