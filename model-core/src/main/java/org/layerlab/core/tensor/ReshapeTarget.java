package org.layerlab.core.tensor;

import org.layerlab.core.shape.Shape;

/** Resolves a reshape target as NumPy does: at most one -1, inferred from the element count. */
public final class ReshapeTarget {
    private ReshapeTarget() {
    }

    public static long[] resolve(long[] from, long[] to) {
        long length = 1;
        for (long d : from) {
            length *= d;
        }
        long[] out = to.clone();
        long known = 1;
        int inferred = -1;
        for (int i = 0; i < out.length; i++) {
            if (out[i] == -1 && inferred < 0) {
                inferred = i;
            } else if (out[i] < 0) {
                throw failure(from, to);
            } else {
                known *= out[i];
            }
        }
        if (inferred >= 0) {
            if (known == 0 || length % known != 0) {
                throw failure(from, to);
            }
            out[inferred] = length / known;
        } else if (known != length) {
            throw failure(from, to);
        }
        return out;
    }

    private static IncompatibleShapesException failure(long[] from, long[] to) {
        return new IncompatibleShapesException("cannot reshape " + Shape.ofDims(from) + " into "
                + Shape.ofDims(to).toString().replace("None", "-1"));
    }
}
