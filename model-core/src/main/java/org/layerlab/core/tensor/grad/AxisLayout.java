package org.layerlab.core.tensor.grad;

import java.util.Arrays;
import java.util.List;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.IncompatibleShapesException;

/**
 * Where each value of a row-major array goes when its axes are reordered or arrays are joined along an
 * axis: the forward pass copies values along these maps and the backward pass sends gradients back along them.
 */
final class AxisLayout {
    private AxisLayout() {
    }

    /** For each position of the transposed array, the position in {@code shape} it is read from. */
    static int[] transposeSources(long[] shape, int[] axes) {
        int rank = shape.length;
        boolean[] seen = new boolean[rank];
        if (axes.length != rank) {
            throw new IncompatibleShapesException("transpose of shape " + Shape.ofDims(shape) + " needs " + rank
                    + " axes, got " + Arrays.toString(axes));
        }
        for (int a : axes) {
            if (a < 0 || a >= rank || seen[a]) {
                throw new IncompatibleShapesException("axes " + Arrays.toString(axes) + " are not a permutation of the "
                        + rank + " axes of " + Shape.ofDims(shape));
            }
            seen[a] = true;
        }
        long[] inStrides = strides(shape);
        long[] outShape = transposedShape(shape, axes);
        int size = Math.toIntExact(Broadcasting.size(shape));
        int[] sources = new int[size];
        int[] index = new int[rank];
        for (int pos = 0; pos < size; pos++) {
            long src = 0;
            for (int k = 0; k < rank; k++) {
                src += index[k] * inStrides[axes[k]];
            }
            sources[pos] = (int) src;
            for (int k = rank - 1; k >= 0; k--) {
                if (++index[k] < outShape[k]) {
                    break;
                }
                index[k] = 0;
            }
        }
        return sources;
    }

    static long[] transposedShape(long[] shape, int[] axes) {
        long[] out = new long[axes.length];
        for (int k = 0; k < axes.length; k++) {
            out[k] = shape[axes[k]];
        }
        return out;
    }

    /** The shape of the arrays joined along {@code axis} (already non-negative). */
    static long[] concatenatedShape(List<long[]> shapes, int axis) {
        long[] first = shapes.get(0);
        long[] out = first.clone();
        out[axis] = 0;
        for (long[] s : shapes) {
            boolean fits = s.length == first.length;
            for (int k = 0; fits && k < s.length; k++) {
                fits = k == axis || s[k] == first[k];
            }
            if (!fits) {
                throw new IncompatibleShapesException("cannot concatenate shapes "
                        + shapes.stream().map(Shape::ofDims).toList() + " along axis " + axis);
            }
            out[axis] += s[axis];
        }
        return out;
    }

    /** For each input, the position in the joined array of each of its values. */
    static int[][] concatenateTargets(List<long[]> shapes, int axis, long[] outShape) {
        long outer = 1;
        for (int k = 0; k < axis; k++) {
            outer *= outShape[k];
        }
        long innerOut = Broadcasting.size(outShape) / Math.max(1, outer);
        int[][] targets = new int[shapes.size()][];
        long offset = 0;
        for (int i = 0; i < shapes.size(); i++) {
            long[] s = shapes.get(i);
            int size = Math.toIntExact(Broadcasting.size(s));
            long inner = outer == 0 ? 0 : size / outer;
            targets[i] = new int[size];
            for (int pos = 0; pos < size; pos++) {
                long row = pos / inner;
                targets[i][pos] = (int) (row * innerOut + offset + pos % inner);
            }
            long innerAfter = 1;
            for (int k = axis + 1; k < s.length; k++) {
                innerAfter *= s[k];
            }
            offset += s[axis] * innerAfter;
        }
        return targets;
    }

    private static long[] strides(long[] shape) {
        long[] strides = new long[shape.length];
        long stride = 1;
        for (int k = shape.length - 1; k >= 0; k--) {
            strides[k] = stride;
            stride *= shape[k];
        }
        return strides;
    }
}
