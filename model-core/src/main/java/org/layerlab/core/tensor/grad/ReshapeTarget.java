package org.layerlab.core.tensor.grad;

import org.layerlab.core.shape.Shape;

/** Resolves a requested shape against a tensor's size, inferring one {@code -1} entry as NumPy does. */
final class ReshapeTarget {
    private ReshapeTarget() {
    }

    static long[] resolve(long[] from, long[] requested) {
        long size = Broadcasting.size(from);
        long known = 1;
        int unknown = -1;
        for (int i = 0; i < requested.length; i++) {
            if (requested[i] == -1 && unknown < 0) {
                unknown = i;
            } else if (requested[i] < 0) {
                throw new IllegalArgumentException("cannot reshape to " + Shape.ofDims(requested)
                        + ": only one dimension may be -1");
            } else {
                known *= requested[i];
            }
        }
        long[] target = requested.clone();
        if (unknown >= 0 && known > 0 && size % known == 0) {
            target[unknown] = size / known;
        }
        if (Broadcasting.size(target) != size || (unknown >= 0 && known == 0)) {
            throw new IllegalArgumentException("cannot reshape a tensor of shape " + Shape.ofDims(from)
                    + " (" + size + " values) to " + Shape.ofDims(requested));
        }
        return target;
    }
}
