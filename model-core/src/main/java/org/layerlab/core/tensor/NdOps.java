package org.layerlab.core.tensor;

import java.util.Arrays;
import java.util.List;
import java.util.function.BinaryOperator;
import org.layerlab.core.shape.DType;
import org.layerlab.core.shape.Shape;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.controlflow.Select;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Erf;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The eager backend: every operation computes its result at once on ND4J. Inputs are never
 * modified. Mixed dtypes are promoted as {@link ResultTypes} says; integer inputs to
 * transcendental functions become float32, as in Keras.
 */
public final class NdOps implements Ops {

    @Override
    public Tensor read(Variable weight) {
        return NdTensor.of(weight.value());
    }

    @Override
    public Tensor scalar(double value, DType dtype) {
        return NdTensor.of(Nd4j.scalar(NdDataTypes.toNd4j(dtype), value));
    }

    @Override
    public Tensor constant(double[] values, long[] shape, DType dtype) {
        if (values.length != elementCount(shape)) {
            throw new IncompatibleShapesException("a constant of shape " + Shape.ofDims(shape) + " needs "
                    + elementCount(shape) + " values, got " + values.length);
        }
        return NdTensor.of(Nd4j.create(values, shape, NdDataTypes.toNd4j(dtype)));
    }

    @Override
    public Tensor add(Tensor a, Tensor b) {
        return elementwise(a, b, INDArray::add);
    }

    @Override
    public Tensor subtract(Tensor a, Tensor b) {
        return elementwise(a, b, INDArray::sub);
    }

    @Override
    public Tensor multiply(Tensor a, Tensor b) {
        return elementwise(a, b, INDArray::mul);
    }

    @Override
    public Tensor divide(Tensor a, Tensor b) {
        return elementwise(a, b, INDArray::div);
    }

    @Override
    public Tensor maximum(Tensor a, Tensor b) {
        return elementwise(a, b, Transforms::max);
    }

    @Override
    public Tensor minimum(Tensor a, Tensor b) {
        return elementwise(a, b, Transforms::min);
    }

    @Override
    public Tensor negative(Tensor x) {
        return NdTensor.of(nd(x).neg());
    }

    @Override
    public Tensor exp(Tensor x) {
        return NdTensor.of(Transforms.exp(floating(x), true));
    }

    @Override
    public Tensor log(Tensor x) {
        return NdTensor.of(Transforms.log(floating(x), true));
    }

    /**
     * Computed element by element with {@link Math#log1p}: ND4J's log1p evaluates log(1 + x), which
     * loses all precision for |x| below the dtype's epsilon (float32 log1p(1e-9) would be 0).
     */
    @Override
    public Tensor log1p(Tensor x) {
        INDArray in = floating(x);
        double[] v = rowMajor(in);
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.log1p(v[i]);
        }
        return NdTensor.of(Nd4j.create(v, in.shape(), in.dataType()));
    }

    @Override
    public Tensor sqrt(Tensor x) {
        return NdTensor.of(Transforms.sqrt(floating(x), true));
    }

    @Override
    public Tensor square(Tensor x) {
        INDArray in = nd(x);
        return NdTensor.of(in.mul(in));
    }

    @Override
    public Tensor abs(Tensor x) {
        return NdTensor.of(Transforms.abs(nd(x), true));
    }

    @Override
    public Tensor tanh(Tensor x) {
        return NdTensor.of(Transforms.tanh(floating(x), true));
    }

    @Override
    public Tensor sigmoid(Tensor x) {
        return NdTensor.of(Transforms.sigmoid(floating(x), true));
    }

    /** ND4J's Erf op writes into its input unless given an output array, hence the {@code ulike}. */
    @Override
    public Tensor erf(Tensor x) {
        INDArray in = floating(x);
        return NdTensor.of(Nd4j.exec(new Erf(in, in.ulike())));
    }

    @Override
    public Tensor pow(Tensor x, double exponent) {
        return NdTensor.of(Transforms.pow(floating(x), exponent, true));
    }

    @Override
    public Tensor greater(Tensor a, Tensor b) {
        INDArray mask = elementwise(a, b, INDArray::gt).array();
        return NdTensor.of(mask.castTo(NdDataTypes.toNd4j(a.dtype())));
    }

    /**
     * Selects rather than computing {@code mask * a + (1 - mask) * b}: the values agree, and an
     * infinite value in the branch not taken does not turn into NaN.
     */
    @Override
    public Tensor where(Tensor mask, Tensor a, Tensor b) {
        DType type = ResultTypes.of(a.dtype(), b.dtype());
        INDArray x = as(a, type);
        INDArray y = as(b, type);
        INDArray condition = nd(mask).neq(0);
        long[] shape = Broadcast.shape(Broadcast.shape(condition.shape(), x.shape()), y.shape());
        INDArray out = Nd4j.create(NdDataTypes.toNd4j(type), shape);
        Nd4j.exec(new Select(new INDArray[] {expand(condition, shape), expand(x, shape), expand(y, shape)},
                new INDArray[] {out}));
        return NdTensor.of(out);
    }

    @Override
    public Tensor matmul(Tensor a, Tensor b) {
        DType type = ResultTypes.of(a.dtype(), b.dtype());
        INDArray x = as(a, type);
        INDArray w = as(b, type);
        if (w.rank() != 2 || x.rank() < 1 || x.size(-1) != w.size(0)) {
            throw new IncompatibleShapesException("matmul cannot contract the last axis of "
                    + Shape.ofDims(x.shape()) + " with the first axis of 2-D " + Shape.ofDims(w.shape()));
        }
        // INDArray.shape() hands out ND4J's own array; writing to it would corrupt x.
        long[] outShape = x.shape().clone();
        long inner = outShape[outShape.length - 1];
        outShape[outShape.length - 1] = w.size(1);
        long rows = elementCount(Arrays.copyOf(outShape, outShape.length - 1));
        INDArray product = x.reshape('c', rows, inner).mmul(w);
        return NdTensor.of(product.reshape('c', outShape));
    }

    @Override
    public Tensor sum(Tensor x, int axis, boolean keepDims) {
        INDArray in = nd(x);
        return NdTensor.of(in.sum(keepDims, axisOf(in, axis)));
    }

    @Override
    public Tensor mean(Tensor x, int axis, boolean keepDims) {
        INDArray in = nd(x);
        return NdTensor.of(in.mean(keepDims, axisOf(in, axis)));
    }

    @Override
    public Tensor max(Tensor x, int axis, boolean keepDims) {
        INDArray in = nd(x);
        return NdTensor.of(in.max(keepDims, axisOf(in, axis)));
    }

    @Override
    public Tensor sumAll(Tensor x) {
        return NdTensor.of(nd(x).sum());
    }

    @Override
    public Tensor reshape(Tensor x, long[] shape) {
        INDArray in = nd(x);
        return NdTensor.of(in.reshape('c', ReshapeTarget.resolve(in.shape(), shape)));
    }

    @Override
    public Tensor transpose(Tensor x, int[] axes) {
        return NdTensor.of(nd(x).permute(axes).dup('c'));
    }

    @Override
    public Tensor concatenate(List<Tensor> xs, int axis) {
        DType type = xs.get(0).dtype();
        for (Tensor t : xs) {
            type = ResultTypes.of(type, t.dtype());
        }
        INDArray[] arrays = new INDArray[xs.size()];
        for (int i = 0; i < arrays.length; i++) {
            arrays[i] = as(xs.get(i), type);
        }
        return NdTensor.of(Nd4j.concat(axisOf(arrays[0], axis), arrays));
    }

    @Override
    public Tensor cast(Tensor x, DType dtype) {
        return NdTensor.of(as(x, dtype));
    }

    /** Samples from {@link UniformSamples}, so they depend only on the seed, never on ND4J's global RNG. */
    @Override
    public Tensor randomUniform(long[] shape, DType dtype, long seed) {
        return NdTensor.of(Nd4j.create(UniformSamples.draw(shape, dtype, seed), shape, NdDataTypes.toNd4j(dtype)));
    }

    @Override
    public double[] values(Tensor x) {
        return rowMajor(nd(x));
    }

    private static NdTensor elementwise(Tensor a, Tensor b, BinaryOperator<INDArray> op) {
        DType type = ResultTypes.of(a.dtype(), b.dtype());
        INDArray x = as(a, type);
        INDArray y = as(b, type);
        long[] shape = Broadcast.shape(x.shape(), y.shape());
        x = x.reshape(Broadcast.padLeft(x.shape(), shape.length));
        y = y.reshape(Broadcast.padLeft(y.shape(), shape.length));
        // ND4J 1.0.0-M2.1 broadcasts correctly only when one operand already has the result's shape;
        // for e.g. (1, 1) + (3,) it fails, so both operands are then expanded first.
        if (!Arrays.equals(x.shape(), shape) && !Arrays.equals(y.shape(), shape)) {
            x = x.broadcast(shape);
            y = y.broadcast(shape);
        }
        return NdTensor.of(op.apply(x, y));
    }

    private static INDArray expand(INDArray array, long[] shape) {
        if (Arrays.equals(array.shape(), shape)) {
            return array;
        }
        return array.reshape(Broadcast.padLeft(array.shape(), shape.length)).broadcast(shape);
    }

    private static int axisOf(INDArray array, int axis) {
        int rank = array.rank();
        if (axis < -rank || axis >= rank) {
            throw new IncompatibleShapesException("axis " + axis + " is out of range for shape "
                    + Shape.ofDims(array.shape()));
        }
        return axis < 0 ? axis + rank : axis;
    }

    private static INDArray nd(Tensor t) {
        if (t instanceof NdTensor n) {
            return n.array();
        }
        throw new IllegalArgumentException("the ND4J backend cannot use a " + t.getClass().getSimpleName()
                + "; combine only tensors made by the same Ops");
    }

    private static INDArray as(Tensor t, DType dtype) {
        INDArray array = nd(t);
        DataType target = NdDataTypes.toNd4j(dtype);
        return array.dataType() == target ? array : array.castTo(target);
    }

    private static INDArray floating(Tensor t) {
        return t.dtype().isFloating() ? nd(t) : as(t, DType.FLOAT32);
    }

    private static double[] rowMajor(INDArray array) {
        if (array.isEmpty()) {
            return new double[0];
        }
        INDArray doubles = array.dataType() == DataType.DOUBLE ? array : array.castTo(DataType.DOUBLE);
        return doubles.dup('c').data().asDouble();
    }

    private static long elementCount(long[] shape) {
        long count = 1;
        for (long d : shape) {
            if (d < 0) {
                throw new IncompatibleShapesException("shape " + Shape.ofDims(shape) + " has a negative dimension");
            }
            count = Math.multiplyExact(count, d);
        }
        return count;
    }
}
