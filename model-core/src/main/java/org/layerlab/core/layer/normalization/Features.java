package org.layerlab.core.layer.normalization;

import java.util.Arrays;
import org.layerlab.core.config.ConfigException;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;

/** The feature axis a normalisation layer keeps apart, and the shapes and means that follow from it. */
final class Features {
    private Features() {
    }

    /** The non-negative feature axis of an input of this shape, which must have a known size. */
    static int axis(String layer, long axis, Shape input) {
        int a = (int) Math.clamp(axis, -1000, 1000);
        if (!input.hasAxis(a) || input.normalizeAxis(a) == 0) {
            throw new ConfigException("axis", "layer \"" + layer + "\": axis " + axis + " is out of range for input shape "
                    + input + " (the batch axis cannot be the feature axis)");
        }
        int k = input.normalizeAxis(a);
        if (!input.isKnown(k)) {
            throw new IllegalArgumentException("Axis " + axis + " of input tensor should have a defined dimension but the"
                    + " layer \"" + layer + "\" received an input with shape " + input + ".");
        }
        return k;
    }

    /** The size of the feature axis, {@link Shape#UNKNOWN} when the input does not have it. */
    static long size(long axis, Shape input) {
        int a = (int) Math.clamp(axis, -1000, 1000);
        return input.hasAxis(a) && input.normalizeAxis(a) != 0 ? input.dim(a) : Shape.UNKNOWN;
    }

    /** All ones but {@code size} at {@code axis}: the shape a per-feature weight is broadcast in. */
    static long[] broadcastShape(int rank, int axis, long size) {
        long[] shape = new long[rank];
        Arrays.fill(shape, 1);
        shape[axis] = size;
        return shape;
    }

    /** The mean over every axis but {@code axis}, keeping the dimensions. */
    static Tensor meanOverAllBut(Tensor x, int axis, Ops ops) {
        Tensor m = x;
        for (int k = 0; k < x.shape().length; k++) {
            if (k != axis) {
                m = ops.mean(m, k, true);
            }
        }
        return m;
    }
}
