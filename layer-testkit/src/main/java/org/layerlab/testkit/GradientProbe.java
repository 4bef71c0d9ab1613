package org.layerlab.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.layer.Weight;
import org.layerlab.core.shape.DType;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.ArrayVariable;
import org.layerlab.core.tensor.Tensor;
import org.layerlab.core.tensor.Variable;
import org.layerlab.core.train.GradientCheck;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Compares the tape's gradients of {@code sum(c * layer(x))}, for random constants {@code c}, with float64
 * central differences, with respect to the layer's weights and its inputs, so that a weightless layer's
 * {@code call} is checked too. Runs in inference mode, where a layer computes the same value each time.
 */
final class GradientProbe {
    /** The largest relative error accepted; float64 central differences are good to about 1e-8 here. */
    static final double TOLERANCE = 1e-5;
    private static final double STEP = 1e-6;

    private GradientProbe() {
    }

    /** The worst relative error; throws a violation above {@link #TOLERANCE}. */
    static double check(Supplier<Layer> float64Layer, List<Shape> inputShapes) {
        Layer layer = float64Layer.get();
        layer.ensureBuilt(inputShapes, Collections.nCopies(inputShapes.size(), DType.FLOAT64));
        SplittableRandom rng = new SplittableRandom(11);
        List<Variable> variables = new ArrayList<>();
        for (Weight w : layer.weights()) {
            w.initialize(rng);
            variables.add(w);
        }
        List<Variable> inputs = new ArrayList<>();
        for (int i = 0; i < inputShapes.size(); i++) {
            long[] shape = LayerTestKit.concrete(inputShapes.get(i));
            inputs.add(new ArrayVariable("input_" + i, Nd4j.rand(DataType.DOUBLE, shape)
                    .subi(0.5).muli(2), DType.FLOAT64));
        }
        variables.addAll(inputs);
        double[][] weighting = new double[1][];
        GradientCheck.Result result;
        try {
            result = GradientCheck.check(variables, ops -> {
                List<Tensor> x = inputs.stream().map(ops::read).toList();
                Tensor y = layer.apply(x, new CallContext(ops, false, new SplittableRandom(0)));
                if (weighting[0] == null) {
                    weighting[0] = new SplittableRandom(5).doubles(ops.values(y).length, -1, 1).toArray();
                }
                Tensor c = ops.constant(weighting[0], y.shape(), DType.FLOAT64);
                return ops.sumAll(ops.multiply(y, c));
            }, STEP);
        } catch (RuntimeException e) {
            throw new LayerContractViolation(Check.GRADIENT, LayerTestKit.describe(layer) + " on " + inputShapes
                    + " cannot be differentiated in float64: " + e.getMessage(), e);
        }
        if (result.maxRelativeError() > TOLERANCE) {
            throw new LayerContractViolation(Check.GRADIENT, LayerTestKit.describe(layer) + " on " + inputShapes
                    + ": the tape's gradient and the finite difference disagree by " + result.maxRelativeError()
                    + " (at most " + TOLERANCE + "); worst " + result.worst());
        }
        return result.maxRelativeError();
    }
}
