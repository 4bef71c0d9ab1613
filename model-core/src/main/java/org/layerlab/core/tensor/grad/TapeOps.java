package org.layerlab.core.tensor.grad;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.layerlab.core.shape.DType;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.IncompatibleShapesException;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.ReshapeTarget;
import org.layerlab.core.tensor.ResultTypes;
import org.layerlab.core.tensor.Tensor;
import org.layerlab.core.tensor.UniformSamples;
import org.layerlab.core.tensor.Variable;
import org.layerlab.core.tensor.grad.Broadcasting.Binary;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * {@link Ops} of the {@link TapeBackend}. When recording, every operation on a tensor that depends
 * on a differentiable weight appends its backward rule to the tape; {@link #gradients(Tensor)} then
 * runs the tape in reverse from a scalar. Gradients of broadcast operands are summed back over the
 * broadcast axes. A recording instance serves one forward and one backward pass.
 */
public final class TapeOps implements Ops {
    private final WeightStore store;
    private final MatrixProduct products;
    private final Tape tape;

    TapeOps(WeightStore store, MatrixProduct products, Collection<? extends Variable> differentiable, boolean recording) {
        this.store = store;
        this.products = products;
        this.tape = new Tape(differentiable, recording);
    }

    @Override
    public Tensor read(Variable weight) {
        return tape.leaf(weight, store);
    }

    @Override
    public Tensor scalar(double value, DType dtype) {
        return constant(new double[] {value}, new long[0], dtype);
    }

    @Override
    public Tensor constant(double[] values, long[] shape, DType dtype) {
        if (values.length != Broadcasting.size(shape)) {
            throw new IncompatibleShapesException("a constant of shape " + Shape.ofDims(shape) + " needs "
                    + Broadcasting.size(shape) + " values, got " + values.length);
        }
        if (dtype == DType.FLOAT32) {
            return resultF(TapeTensor.narrow(values), shape.clone(), false);
        }
        return result(values.clone(), shape.clone(), Rounding.requireSupported(dtype), false);
    }

    @Override
    public Tensor add(Tensor a, Tensor b) {
        return binary(Binary.ADD, a, b);
    }

    @Override
    public Tensor subtract(Tensor a, Tensor b) {
        return binary(Binary.SUBTRACT, a, b);
    }

    @Override
    public Tensor multiply(Tensor a, Tensor b) {
        return binary(Binary.MULTIPLY, a, b);
    }

    @Override
    public Tensor divide(Tensor a, Tensor b) {
        return binary(Binary.DIVIDE, a, b);
    }

    @Override
    public Tensor maximum(Tensor a, Tensor b) {
        return binary(Binary.MAXIMUM, a, b);
    }

    @Override
    public Tensor minimum(Tensor a, Tensor b) {
        return binary(Binary.MINIMUM, a, b);
    }

    @Override
    public Tensor greater(Tensor a, Tensor b) {
        return binary(Binary.GREATER, a, b);
    }

    @Override
    public Tensor negative(Tensor x) {
        return unary(Unary.NEGATIVE, x);
    }

    @Override
    public Tensor exp(Tensor x) {
        return unary(Unary.EXP, x);
    }

    @Override
    public Tensor log(Tensor x) {
        return unary(Unary.LOG, x);
    }

    @Override
    public Tensor log1p(Tensor x) {
        return unary(Unary.LOG1P, x);
    }

    @Override
    public Tensor sqrt(Tensor x) {
        return unary(Unary.SQRT, x);
    }

    @Override
    public Tensor square(Tensor x) {
        return unary(Unary.SQUARE, x);
    }

    @Override
    public Tensor abs(Tensor x) {
        return unary(Unary.ABS, x);
    }

    @Override
    public Tensor tanh(Tensor x) {
        return unary(Unary.TANH, x);
    }

    @Override
    public Tensor sigmoid(Tensor x) {
        return unary(Unary.SIGMOID, x);
    }

    @Override
    public Tensor erf(Tensor x) {
        return unary(Unary.ERF, x);
    }

    @Override
    public Tensor pow(Tensor x, double exponent) {
        TapeTensor a = own(x);
        double[] in = a.doubles();
        double[] v = new double[in.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.pow(in[i], exponent);
        }
        TapeTensor r = result(v, a.shapeRef(), floating(a.dtype()), a.requiresGrad);
        if (r.requiresGrad) {
            r.backward = g -> {
                double[] d = new double[g.length];
                if (exponent != 0) {
                    for (int i = 0; i < g.length; i++) {
                        d[i] = g[i] * exponent * Math.pow(in[i], exponent - 1);
                    }
                }
                a.accumulate(d);
            };
        }
        return r;
    }

    @Override
    public Tensor where(Tensor mask, Tensor a, Tensor b) {
        TapeTensor m = own(mask);
        TapeTensor x = own(a);
        TapeTensor y = own(b);
        long[] out = Broadcasting.shape(Broadcasting.shape(m.shapeRef(), x.shapeRef()), y.shapeRef());
        double[] mv = Broadcasting.expand(m.doubles(), m.shapeRef(), out);
        double[] xv = Broadcasting.expand(x.doubles(), x.shapeRef(), out);
        double[] yv = Broadcasting.expand(y.doubles(), y.shapeRef(), out);
        double[] v = new double[mv.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = mv[i] != 0 ? xv[i] : yv[i];
        }
        TapeTensor r = result(v, out, ResultTypes.of(x.dtype(), y.dtype()), x.requiresGrad || y.requiresGrad);
        if (r.requiresGrad) {
            r.backward = g -> {
                double[] gx = new double[g.length];
                double[] gy = new double[g.length];
                for (int i = 0; i < g.length; i++) {
                    if (mv[i] != 0) {
                        gx[i] = g[i];
                    } else {
                        gy[i] = g[i];
                    }
                }
                pass(x, gx, out);
                pass(y, gy, out);
            };
        }
        return r;
    }

    @Override
    public Tensor matmul(Tensor a, Tensor b) {
        TapeTensor x = own(a);
        TapeTensor w = own(b);
        long[] xs = x.shapeRef();
        long[] ws = w.shapeRef();
        if (ws.length != 2 || xs.length < 1 || xs[xs.length - 1] != ws[0]) {
            throw new IncompatibleShapesException("matmul cannot contract the last axis of " + Shape.ofDims(xs)
                    + " with the first axis of 2-D " + Shape.ofDims(ws));
        }
        int k = (int) ws[0];
        int n = (int) ws[1];
        int m = k == 0 ? 0 : x.size() / k;
        DType dtype = ResultTypes.of(x.dtype(), w.dtype());
        long[] out = xs.clone();
        out[out.length - 1] = n;
        boolean grad = x.requiresGrad || w.requiresGrad;
        if (x.single() && w.single() && MatrixProduct.usesBlas(m, k, n)) {
            return floatMatmul(x, w, m, k, n, out, grad);
        }
        TapeTensor r = result(products.multiply(x.doubles(), w.doubles(), m, k, n, false, false), out, dtype, grad);
        if (r.requiresGrad) {
            r.backward = g -> {
                if (x.requiresGrad) {
                    x.accumulate(products.multiply(g, w.doubles(), m, n, k, false, true));
                }
                if (w.requiresGrad) {
                    w.accumulate(products.multiply(x.doubles(), g, k, m, n, true, false));
                }
            };
        }
        return r;
    }

    /** A float32 product in BLAS; a weight's values cross into native memory once per pass, not per product. */
    private Tensor floatMatmul(TapeTensor x, TapeTensor w, int m, int k, int n, long[] out, boolean grad) {
        INDArray nativeX = x.weight != null ? store.nativeFloats(x.weight, m, k) : null;
        INDArray nativeW = w.weight != null ? store.nativeFloats(w.weight, k, n) : null;
        TapeTensor r = resultF(products.multiply(x.floats(), nativeX, w.floats(), nativeW, m, k, n, false, false),
                out, grad);
        if (r.requiresGrad) {
            r.floatBackward = g -> {
                if (x.requiresGrad) {
                    x.accumulate(products.multiply(g, null, w.floats(), nativeW, m, n, k, false, true));
                }
                if (w.requiresGrad) {
                    w.accumulate(products.multiply(x.floats(), nativeX, g, null, k, m, n, true, false));
                }
            };
        }
        return r;
    }

    @Override
    public Tensor sum(Tensor x, int axis, boolean keepDims) {
        return reduce(x, axis, keepDims, false);
    }

    @Override
    public Tensor mean(Tensor x, int axis, boolean keepDims) {
        return reduce(x, axis, keepDims, true);
    }

    @Override
    public Tensor max(Tensor x, int axis, boolean keepDims) {
        TapeTensor a = own(x);
        AxisReduction red = new AxisReduction(a.shapeRef(), axis);
        double[] v = red.max(a.doubles());
        TapeTensor r = result(v, red.outputShape(keepDims), a.dtype(), a.requiresGrad);
        if (r.requiresGrad) {
            r.backward = g -> a.accumulate(red.maxBackward(g, a.doubles(), v));
        }
        return r;
    }

    @Override
    public Tensor sumAll(Tensor x) {
        TapeTensor a = own(x);
        double s = 0;
        for (double d : a.doubles()) {
            s += d;
        }
        TapeTensor r = result(new double[] {s}, new long[0], a.dtype(), a.requiresGrad);
        if (r.requiresGrad) {
            r.backward = g -> {
                double[] d = new double[a.size()];
                java.util.Arrays.fill(d, g[0]);
                a.accumulate(d);
            };
        }
        return r;
    }

    @Override
    public Tensor reshape(Tensor x, long[] shape) {
        TapeTensor a = own(x);
        long[] target = ReshapeTarget.resolve(a.shapeRef(), shape);
        boolean grad = tape.recording() && a.requiresGrad;
        TapeTensor r = a.single() ? new TapeTensor(a.floats(), target, grad, null)
                : new TapeTensor(a.doubles(), target, a.dtype(), grad, null);
        if (grad) {
            if (a.single()) {
                r.floatBackward = a::accumulate;
            } else {
                r.backward = a::accumulate;
            }
            tape.record(r);
        }
        return r;
    }

    @Override
    public Tensor transpose(Tensor x, int[] axes) {
        TapeTensor a = own(x);
        int[] sources = AxisLayout.transposeSources(a.shapeRef(), axes);
        double[] in = a.doubles();
        double[] v = new double[sources.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = in[sources[i]];
        }
        TapeTensor r = result(v, AxisLayout.transposedShape(a.shapeRef(), axes), a.dtype(), a.requiresGrad);
        if (r.requiresGrad) {
            r.backward = g -> {
                double[] back = new double[sources.length];
                for (int i = 0; i < g.length; i++) {
                    back[sources[i]] = g[i];
                }
                a.accumulate(back);
            };
        }
        return r;
    }

    @Override
    public Tensor concatenate(List<Tensor> xs, int axis) {
        List<TapeTensor> parts = xs.stream().map(TapeOps::own).toList();
        List<long[]> shapes = parts.stream().map(TapeTensor::shapeRef).toList();
        int rank = shapes.get(0).length;
        if (axis < -rank || axis >= rank) {
            throw new IncompatibleShapesException("axis " + axis + " is out of range for shape "
                    + Shape.ofDims(shapes.get(0)));
        }
        int k = axis < 0 ? axis + rank : axis;
        long[] out = AxisLayout.concatenatedShape(shapes, k);
        int[][] targets = AxisLayout.concatenateTargets(shapes, k, out);
        double[] v = new double[Broadcasting.size(out)];
        DType dtype = parts.get(0).dtype();
        boolean grad = false;
        for (int i = 0; i < parts.size(); i++) {
            TapeTensor p = parts.get(i);
            double[] in = p.doubles();
            for (int j = 0; j < targets[i].length; j++) {
                v[targets[i][j]] = in[j];
            }
            dtype = ResultTypes.of(dtype, p.dtype());
            grad |= p.requiresGrad;
        }
        TapeTensor r = result(v, out, dtype, grad);
        if (r.requiresGrad) {
            r.backward = g -> {
                for (int i = 0; i < parts.size(); i++) {
                    if (parts.get(i).requiresGrad) {
                        double[] back = new double[targets[i].length];
                        for (int j = 0; j < back.length; j++) {
                            back[j] = g[targets[i][j]];
                        }
                        parts.get(i).accumulate(back);
                    }
                }
            };
        }
        return r;
    }

    @Override
    public Tensor cast(Tensor x, DType dtype) {
        TapeTensor a = own(x);
        Rounding.requireSupported(dtype);
        boolean grad = a.requiresGrad && a.dtype().isFloating() && dtype.isFloating();
        if (a.single() && dtype == DType.FLOAT32) {
            TapeTensor r = resultF(a.floats(), a.shapeRef(), grad);
            if (r.requiresGrad) {
                r.floatBackward = a::accumulate;
            }
            return r;
        }
        TapeTensor r = result(a.doubles().clone(), a.shapeRef(), dtype, grad);
        if (r.requiresGrad) {
            r.backward = a::accumulate;
        }
        return r;
    }

    @Override
    public Tensor randomUniform(long[] shape, DType dtype, long seed) {
        return result(UniformSamples.draw(shape, dtype, seed), shape.clone(), Rounding.requireSupported(dtype), false);
    }

    @Override
    public double[] values(Tensor x) {
        return own(x).doubles().clone();
    }

    /**
     * Runs the tape backwards from a scalar {@code loss} and returns the gradient of each
     * differentiable weight it depends on. Weights it does not depend on are absent.
     */
    public Map<Variable, double[]> gradients(Tensor loss) {
        return tape.gradients(own(loss)).toDoubles();
    }

    /** {@link #gradients}, each in its weight's precision, as an optimiser takes them. */
    public Gradients weightGradients(Tensor loss) {
        return tape.gradients(own(loss));
    }

    private Tensor binary(Binary kind, Tensor x, Tensor y) {
        TapeTensor a = own(x);
        TapeTensor b = own(y);
        long[] out = Broadcasting.shape(a.shapeRef(), b.shapeRef());
        boolean grad = kind != Binary.GREATER && (a.requiresGrad || b.requiresGrad);
        if (a.single() && b.single()) {
            TapeTensor r = resultF(FloatBroadcasting.binary(kind, a.floats(), a.shapeRef(), b.floats(), b.shapeRef(), out),
                    out, grad);
            if (grad) {
                switch (kind) {
                    case ADD, SUBTRACT, MAXIMUM, MINIMUM -> r.floatBackward = g -> floatBinaryBackward(kind, g, a, b, out);
                    default -> r.backward = g -> BinaryGradients.propagate(kind, g, a, b, r, out);
                }
            }
            return r;
        }
        double[] v = Broadcasting.binary(kind, a.doubles(), a.shapeRef(), b.doubles(), b.shapeRef(), out);
        DType promoted = ResultTypes.of(a.dtype(), b.dtype());
        DType dtype = switch (kind) {
            case GREATER -> a.dtype();
            case DIVIDE -> floating(promoted);
            default -> promoted;
        };
        TapeTensor r = result(v, out, dtype, grad);
        if (grad) {
            r.backward = g -> BinaryGradients.propagate(kind, g, a, b, r, out);
        }
        return r;
    }

    /** The float32 backward rules of +, -, max and min, which need no arithmetic beyond float32's. */
    private static void floatBinaryBackward(Binary kind, float[] g, TapeTensor a, TapeTensor b, long[] out) {
        switch (kind) {
            case ADD -> {
                passF(a, g, out);
                passF(b, g, out);
            }
            case SUBTRACT -> {
                passF(a, g, out);
                if (b.requiresGrad) {
                    float[] negated = new float[g.length];
                    for (int i = 0; i < g.length; i++) {
                        negated[i] = -g[i];
                    }
                    passF(b, negated, out);
                }
            }
            default -> {
                Binary test = kind == Binary.MAXIMUM ? Binary.GREATER_EQUAL : Binary.LESS_EQUAL;
                float[][] split = FloatBroadcasting.select(test, g, a, b, out);
                if (split[0] != null) {
                    passF(a, split[0], out);
                }
                passF(b, split[1], out);
            }
        }
    }

    private Tensor unary(Unary f, Tensor x) {
        TapeTensor a = own(x);
        DType dtype = f == Unary.NEGATIVE || f == Unary.ABS || f == Unary.SQUARE ? a.dtype() : floating(a.dtype());
        TapeTensor r = result(f.apply(a.doubles()), a.shapeRef(), dtype, a.requiresGrad);
        if (r.requiresGrad) {
            r.backward = g -> a.accumulate(f.backward(g, a.doubles(), r.doubles()));
        }
        return r;
    }

    private Tensor reduce(Tensor x, int axis, boolean keepDims, boolean mean) {
        TapeTensor a = own(x);
        AxisReduction red = new AxisReduction(a.shapeRef(), axis);
        double[] v = red.sum(a.doubles());
        double scale = mean ? 1.0 / red.length() : 1.0;
        if (mean) {
            for (int i = 0; i < v.length; i++) {
                v[i] /= red.length();
            }
        }
        TapeTensor r = result(v, red.outputShape(keepDims), a.dtype(), a.requiresGrad);
        if (r.requiresGrad) {
            r.backward = g -> a.accumulate(red.spread(g, scale));
        }
        return r;
    }

    /** Accumulates a gradient of the broadcast shape into an operand, summed over its broadcast axes. */
    static void pass(TapeTensor operand, double[] g, long[] out) {
        if (operand.requiresGrad) {
            operand.accumulate(Broadcasting.reduceTo(g, out, operand.shapeRef()));
        }
    }

    /** Accumulates a float32 gradient of the broadcast shape into an operand, summed over its broadcast axes. */
    static void passF(TapeTensor operand, float[] g, long[] out) {
        if (operand.requiresGrad) {
            operand.accumulate(FloatBroadcasting.reduceTo(g, out, operand.shapeRef()));
        }
    }

    /** A new tensor of {@code values}, rounded to {@code dtype}; recorded when a gradient flows through it. */
    private TapeTensor result(double[] values, long[] shape, DType dtype, boolean requiresGrad) {
        return record(new TapeTensor(values, shape, dtype, tape.recording() && requiresGrad, null));
    }

    private TapeTensor resultF(float[] values, long[] shape, boolean requiresGrad) {
        return record(new TapeTensor(values, shape, tape.recording() && requiresGrad, null));
    }

    private TapeTensor record(TapeTensor t) {
        if (t.requiresGrad) {
            tape.record(t);
        }
        return t;
    }

    private static TapeTensor own(Tensor t) {
        if (t instanceof TapeTensor tt) {
            return tt;
        }
        throw new IllegalArgumentException("tensor " + t + " does not belong to the tape backend");
    }

    private static DType floating(DType dtype) {
        return dtype.isFloating() ? dtype : DType.FLOAT32;
    }
}
