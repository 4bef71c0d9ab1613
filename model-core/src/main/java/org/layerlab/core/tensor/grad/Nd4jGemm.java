package org.layerlab.core.tensor.grad;

import java.util.HashMap;
import java.util.Map;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.layerlab.core.shape.DType;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * BLAS gemm through ND4J on staging arrays that are allocated once per shape and reused, since
 * ND4J allocations are far slower than copying values in and out of them.
 */
final class Nd4jGemm {
    private final Map<String, INDArray> staging = new HashMap<>();
    private float[] floatScratch = new float[0];

    double[] multiply(double[] a, double[] b, int m, int k, int n, boolean transposeA, boolean transposeB,
            DType dtype) {
        boolean single = dtype != DType.FLOAT64;
        INDArray ma = load("a", a, transposeA ? k : m, transposeA ? m : k, single);
        INDArray mb = load("b", b, transposeB ? n : k, transposeB ? k : n, single);
        INDArray mc = array("c", m, n, single);
        Nd4j.gemm(ma, mb, mc, transposeA, transposeB, 1.0, 0.0);
        double[] c = new double[m * n];
        if (single) {
            float[] f = scratch(c.length);
            ((FloatPointer) mc.data().addressPointer()).get(f, 0, c.length);
            for (int i = 0; i < c.length; i++) {
                c[i] = f[i];
            }
        } else {
            ((DoublePointer) mc.data().addressPointer()).get(c);
        }
        return c;
    }

    private INDArray load(String role, double[] values, int rows, int cols, boolean single) {
        INDArray arr = array(role, rows, cols, single);
        if (single) {
            float[] f = scratch(values.length);
            for (int i = 0; i < values.length; i++) {
                f[i] = (float) values[i];
            }
            ((FloatPointer) arr.data().addressPointer()).put(f, 0, values.length);
        } else {
            ((DoublePointer) arr.data().addressPointer()).put(values);
        }
        return arr;
    }

    private INDArray array(String role, int rows, int cols, boolean single) {
        String key = role + rows + "x" + cols + (single ? "f" : "d");
        return staging.computeIfAbsent(key, x -> Nd4j.create(single ? DataType.FLOAT : DataType.DOUBLE, rows, cols));
    }

    private float[] scratch(int n) {
        if (floatScratch.length < n) {
            floatScratch = new float[n];
        }
        return floatScratch;
    }
}
