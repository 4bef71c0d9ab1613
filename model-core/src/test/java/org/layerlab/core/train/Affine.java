package org.layerlab.core.train;

import org.layerlab.core.config.Config;
import org.layerlab.core.function.Constraint;
import org.layerlab.core.function.Initializers;
import org.layerlab.core.function.Regularizer;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.layer.Param;
import org.layerlab.core.layer.Weight;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;

/**
 * A user's own layer, {@code x · kernel + bias}, written only against the public layer contract and
 * given a kernel regularizer, activity regularizer and kernel constraint directly, so training
 * features can be tested before the regularizer and constraint registries exist.
 */
final class Affine extends Layer {
    private static final Param<Long> UNITS = Param.integer("units");
    private static final LayerType TYPE = LayerType.builder("Affine", Affine.class, c -> new Affine(c, null, null, null))
            .params(UNITS).build();

    private final int units;
    private final Regularizer kernelRegularizer;
    private final Regularizer activityRegularizer;
    private final Constraint kernelConstraint;
    private Weight kernel;
    private Weight bias;

    Affine(String name, String dtype, int units, Regularizer kernelRegularizer, Regularizer activityRegularizer,
            Constraint kernelConstraint) {
        this(Config.builder().put("name", name).put("dtype", dtype).put("units", units).build(), kernelRegularizer,
                activityRegularizer, kernelConstraint);
    }

    private Affine(Config config, Regularizer kernelRegularizer, Regularizer activityRegularizer,
            Constraint kernelConstraint) {
        super(TYPE, config);
        this.units = Math.toIntExact(get(UNITS));
        this.kernelRegularizer = kernelRegularizer;
        this.activityRegularizer = activityRegularizer;
        this.kernelConstraint = kernelConstraint;
    }

    @Override
    public Regularizer activityRegularizer() {
        return activityRegularizer;
    }

    @Override
    protected void build(Shape inputShape) {
        kernel = addWeight("kernel", Shape.ofDims(inputShape.dim(-1), units), Initializers.deserialize("glorot_uniform"),
                kernelRegularizer, kernelConstraint, true);
        bias = addWeight("bias", Shape.ofDims(units), Initializers.deserialize("glorot_uniform"), null, null, true);
    }

    @Override
    public Shape computeOutputShape(Shape inputShape) {
        return inputShape.withDim(-1, units);
    }

    @Override
    public Tensor call(Tensor inputs, CallContext context) {
        Ops ops = context.ops();
        return ops.add(ops.matmul(inputs, context.read(kernel)), context.read(bias));
    }

    /** {@code factor * sum(x^2)}, Keras's L2 penalty. */
    static Regularizer l2(double factor) {
        return new Regularizer() {
            @Override
            public Tensor penalty(Tensor x, Ops ops) {
                return ops.multiply(ops.scalar(factor, x.dtype()), ops.sumAll(ops.square(x)));
            }

            @Override
            public String className() {
                return "L2";
            }

            @Override
            public Config config() {
                return Config.builder().put("l2", factor).build();
            }
        };
    }
}
