package org.layerlab.core.tensor;

import java.util.Arrays;
import org.layerlab.core.shape.Shape;

/** NumPy's broadcasting rule, shared by every backend. */
public final class Broadcast {
    private Broadcast() {
    }

    /**
     * The shape of an element-wise result: shapes are aligned at their last axis, missing leading
     * axes count as 1, and each aligned pair must be equal or contain a 1.
     */
    public static long[] shape(long[] a, long[] b) {
        int rank = Math.max(a.length, b.length);
        long[] out = new long[rank];
        for (int i = 0; i < rank; i++) {
            long da = dimFromEnd(a, rank - 1 - i);
            long db = dimFromEnd(b, rank - 1 - i);
            if (da != db && da != 1 && db != 1) {
                throw new IncompatibleShapesException("cannot broadcast shapes " + Shape.ofDims(a)
                        + " and " + Shape.ofDims(b));
            }
            out[i] = da == 1 ? db : da;
        }
        return out;
    }

    /** {@code shape} with leading 1s added up to {@code rank} axes. */
    public static long[] padLeft(long[] shape, int rank) {
        long[] out = new long[rank];
        Arrays.fill(out, 0, rank - shape.length, 1);
        System.arraycopy(shape, 0, out, rank - shape.length, shape.length);
        return out;
    }

    private static long dimFromEnd(long[] shape, int fromEnd) {
        return fromEnd < shape.length ? shape[shape.length - 1 - fromEnd] : 1;
    }
}
