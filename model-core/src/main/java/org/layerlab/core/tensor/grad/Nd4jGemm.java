package org.layerlab.core.tensor.grad;

import java.util.HashMap;
import java.util.Map;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * BLAS gemm through ND4J on native arrays that are allocated once per shape and reused, since ND4J
 * allocations are far slower than a copy. Float32 operands cross into native memory by a plain
 * memory copy (a weight's at most once per pass, see {@link WeightStore#nativeFloats}); float64 ones
 * serve only small gradient-check models.
 */
final class Nd4jGemm {
    private final Map<String, INDArray> staging = new HashMap<>();

    /**
     * C (m, n) = op(A) · op(B) in float32. {@code nativeA} and {@code nativeB} are native copies of
     * the operands when there are some, else null.
     */
    float[] multiply(float[] a, INDArray nativeA, float[] b, INDArray nativeB, int m, int k, int n,
            boolean transposeA, boolean transposeB) {
        INDArray ma = nativeA != null ? nativeA : load("a", a, transposeA ? k : m, transposeA ? m : k);
        INDArray mb = nativeB != null ? nativeB : load("b", b, transposeB ? n : k, transposeB ? k : n);
        INDArray mc = array("c", m, n, DataType.FLOAT);
        Nd4j.gemm(ma, mb, mc, transposeA, transposeB, 1.0, 0.0);
        float[] c = new float[m * n];
        ((FloatPointer) mc.data().addressPointer()).get(c, 0, c.length);
        return c;
    }

    /** C (m, n) = op(A) · op(B) in float64. */
    double[] multiply(double[] a, double[] b, int m, int k, int n, boolean transposeA, boolean transposeB) {
        INDArray ma = array("a", transposeA ? k : m, transposeA ? m : k, DataType.DOUBLE);
        ((DoublePointer) ma.data().addressPointer()).put(a);
        INDArray mb = array("b", transposeB ? n : k, transposeB ? k : n, DataType.DOUBLE);
        ((DoublePointer) mb.data().addressPointer()).put(b);
        INDArray mc = array("c", m, n, DataType.DOUBLE);
        Nd4j.gemm(ma, mb, mc, transposeA, transposeB, 1.0, 0.0);
        double[] c = new double[m * n];
        ((DoublePointer) mc.data().addressPointer()).get(c);
        return c;
    }

    /** Copies {@code values} into a native float32 array of the same size. */
    static void put(INDArray target, float[] values) {
        ((FloatPointer) target.data().addressPointer()).put(values, 0, values.length);
    }

    private INDArray load(String role, float[] values, int rows, int cols) {
        INDArray arr = array(role, rows, cols, DataType.FLOAT);
        put(arr, values);
        return arr;
    }

    private INDArray array(String role, int rows, int cols, DataType type) {
        String key = role + rows + "x" + cols + type;
        return staging.computeIfAbsent(key, x -> Nd4j.create(type, rows, cols));
    }
}
