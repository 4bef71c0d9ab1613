package org.layerlab.core.data;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The point generators behind {@link SyntheticSet}. The 2-D classification sets follow the
 * TensorFlow Playground's dataset.ts (its label -1 is class 0 here, +1 is class 1); moons follows
 * scikit-learn's make_moons. Rows are shuffled with the same seed so that classes are mixed.
 */
final class SyntheticGenerators {
    private static final List<String> XY = List.of("x1", "x2");
    private static final Target LABEL = Target.classes("label", List.of("0", "1"));
    private static final double PLAYGROUND_RADIUS = 5;

    private SyntheticGenerators() {
    }

    /**
     * Uniform points in the four quadrants, kept 0.3 away from the axes; class 1 where x*y >= 0.
     * As in the Playground, noise moves the point used for labelling (by up to 5*noise per axis), not
     * the point itself, so noise shows up as wrong labels near the axes.
     */
    static Dataset xor(int size, double noise, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Points p = new Points(size);
        double padding = 0.3;
        for (int i = 0; i < size; i++) {
            double x = uniform(rng, -5, 5);
            x += x > 0 ? padding : -padding;
            double y = uniform(rng, -5, 5);
            y += y > 0 ? padding : -padding;
            double nx = x + uniform(rng, -5, 5) * noise;
            double ny = y + uniform(rng, -5, 5) * noise;
            p.add(x, y, nx * ny >= 0 ? 1 : 0);
        }
        return p.toDataset("xor", XY, LABEL, seed);
    }

    /**
     * Half the points within radius 2.5 (class 1), half at radius 3.5..5 (class 0); the label is
     * whether the noise-shifted point lies within 2.5, as in the Playground.
     */
    static Dataset circle(int size, double noise, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Points p = new Points(size);
        double r0 = PLAYGROUND_RADIUS;
        for (int i = 0; i < size; i++) {
            boolean inner = i < size / 2;
            double r = inner ? uniform(rng, 0, r0 * 0.5) : uniform(rng, r0 * 0.7, r0);
            double angle = uniform(rng, 0, 2 * Math.PI);
            double x = r * Math.sin(angle);
            double y = r * Math.cos(angle);
            double nx = x + uniform(rng, -r0, r0) * noise;
            double ny = y + uniform(rng, -r0, r0) * noise;
            p.add(x, y, Math.hypot(nx, ny) < r0 * 0.5 ? 1 : 0);
        }
        return p.toDataset("circle", XY, LABEL, seed);
    }

    /**
     * Two Gaussian clouds, class 1 around (2, 2) and class 0 around (-2, -2). Noise widens them:
     * the variance goes linearly from 0.5 at noise 0 to 4 at noise 0.5.
     */
    static Dataset gauss(int size, double noise, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Points p = new Points(size);
        double sd = Math.sqrt(0.5 + noise * 7);
        for (int i = 0; i < size; i++) {
            boolean positive = i < size / 2;
            double c = positive ? 2 : -2;
            p.add(c + sd * rng.nextGaussian(), c + sd * rng.nextGaussian(), positive ? 1 : 0);
        }
        return p.toDataset("gauss", XY, LABEL, seed);
    }

    /**
     * Two interleaved spirals of radius up to 5 turning 1.75 times; class 0 is class 1's spiral
     * turned by pi. Noise adds up to noise units per axis.
     */
    static Dataset spiral(int size, double noise, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Points p = new Points(size);
        int half = size / 2;
        spiralArm(p, rng, size - half, 0, 1, noise);
        spiralArm(p, rng, half, Math.PI, 0, noise);
        return p.toDataset("spiral", XY, LABEL, seed);
    }

    private static void spiralArm(Points p, SplittableRandom rng, int n, double deltaT, int label, double noise) {
        for (int i = 0; i < n; i++) {
            double r = (double) i / n * 5;
            double t = 1.75 * i / n * 2 * Math.PI + deltaT;
            double x = r * Math.sin(t) + uniform(rng, -1, 1) * noise;
            double y = r * Math.cos(t) + uniform(rng, -1, 1) * noise;
            p.add(x, y, label);
        }
    }

    /**
     * scikit-learn's make_moons: an upper half circle (class 0) and a lower one shifted to (1, 0.5)
     * (class 1), evenly spaced, plus Gaussian noise with standard deviation {@code noise}.
     */
    static Dataset moons(int size, double noise, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Points p = new Points(size);
        int outer = size / 2;
        int inner = size - outer;
        for (int i = 0; i < outer; i++) {
            double a = outer == 1 ? 0 : Math.PI * i / (outer - 1);
            p.add(Math.cos(a) + noise * rng.nextGaussian(), Math.sin(a) + noise * rng.nextGaussian(), 0);
        }
        for (int i = 0; i < inner; i++) {
            double a = inner == 1 ? 0 : Math.PI * i / (inner - 1);
            p.add(1 - Math.cos(a) + noise * rng.nextGaussian(), 1 - Math.sin(a) - 0.5 + noise * rng.nextGaussian(), 1);
        }
        return p.toDataset("moons", XY, LABEL, seed);
    }

    /** x uniform in [-pi, pi], y = sin(x) plus Gaussian noise with standard deviation {@code noise}. */
    static Dataset sine(int size, double noise, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[size];
        double[] y = new double[size];
        for (int i = 0; i < size; i++) {
            x[i] = uniform(rng, -Math.PI, Math.PI);
            y[i] = Math.sin(x[i]) + noise * rng.nextGaussian();
        }
        return new Dataset("sine", List.of("x"), x, y, Target.regression("y"));
    }

    private static double uniform(SplittableRandom rng, double from, double to) {
        return from + rng.nextDouble() * (to - from);
    }

    /** Collects labelled 2-D points and shuffles them into a data set. */
    private static final class Points {
        private final double[] xy;
        private final double[] labels;
        private int n;

        Points(int capacity) {
            xy = new double[capacity * 2];
            labels = new double[capacity];
        }

        void add(double x, double y, int label) {
            xy[2 * n] = x;
            xy[2 * n + 1] = y;
            labels[n++] = label;
        }

        Dataset toDataset(String name, List<String> featureNames, Target target, long seed) {
            Dataset ordered = new Dataset(name, featureNames, xy, labels, target);
            return ordered.select(TrainValidationSplit.shuffledIndices(n, ~seed));
        }
    }
}
