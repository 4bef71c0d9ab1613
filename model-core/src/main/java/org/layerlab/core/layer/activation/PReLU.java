package org.layerlab.core.layer.activation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.layerlab.core.config.Config;
import org.layerlab.core.config.ConfigException;
import org.layerlab.core.function.Constraint;
import org.layerlab.core.function.Initializer;
import org.layerlab.core.function.Regularizer;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.layer.DeclaredWeight;
import org.layerlab.core.layer.ElementwiseLayer;
import org.layerlab.core.layer.KerasForm;
import org.layerlab.core.layer.LayerGroup;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.layer.Param;
import org.layerlab.core.layer.Weight;
import org.layerlab.core.layer.WeightDeclaration;
import org.layerlab.core.layer.WeightOptions;
import org.layerlab.core.shape.InputSpec;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;

/**
 * Keras's {@code PReLU}: {@code x} above 0, {@code alpha * x} below, with {@code alpha} a trainable weight
 * of one value per input value of a sample, shared along the axes {@code shared_axes} names (counted from 1).
 */
public final class PReLU extends ElementwiseLayer {
    static final Param<Initializer> ALPHA_INITIALIZER = Param.initializer("alpha_initializer", "Zeros");
    static final Param<Regularizer> ALPHA_REGULARIZER = Param.regularizer("alpha_regularizer");
    static final Param<Constraint> ALPHA_CONSTRAINT = Param.constraint("alpha_constraint");
    static final Param<List<Object>> SHARED_AXES = Param.integerList("shared_axes");

    public static final LayerType TYPE = LayerType.builder("PReLU", PReLU.class, PReLU::new)
            .group(LayerGroup.ACTIVATION).icon("mdi2c-chart-timeline-variant")
            .params(ALPHA_INITIALIZER, ALPHA_REGULARIZER, ALPHA_CONSTRAINT, SHARED_AXES)
            .weights(WeightDeclaration.ofOneInput(PReLU::weights))
            .summary(c -> SHARED_AXES.from(c) == null ? "PReLU" : "PReLU shared " + SHARED_AXES.from(c))
            .keras(KerasForm.builtIn().keras1Names("init", "alpha_initializer"))
            .build();

    private Weight alpha;

    public PReLU(Config config) {
        super(TYPE, config);
    }

    private static List<DeclaredWeight> weights(Config config, Shape input) {
        return List.of(new DeclaredWeight("alpha", alphaShape(sharedAxes(config), input), true));
    }

    private static Set<Integer> sharedAxes(Config config) {
        Set<Integer> axes = new HashSet<>();
        List<Object> listed = SHARED_AXES.from(config);
        if (listed != null) {
            for (Object a : listed) {
                if (!(a instanceof Number n) || n.intValue() < 1) {
                    throw new ConfigException("shared_axes", "shared_axes must list axes counted from 1, got " + listed);
                }
                axes.add(n.intValue());
            }
        }
        return axes;
    }

    /** The input's sample shape with every shared axis 1. */
    private static Shape alphaShape(Set<Integer> shared, Shape input) {
        long[] dims = new long[Math.max(0, input.rank() - 1)];
        for (int k = 1; k < input.rank(); k++) {
            dims[k - 1] = shared.contains(k) ? 1 : input.dim(k);
        }
        return Shape.ofDims(dims);
    }

    @Override
    protected void build(Shape inputShape) {
        Set<Integer> shared = sharedAxes(getConfig());
        for (int axis : shared) {
            if (axis >= inputShape.rank()) {
                throw new ConfigException("shared_axes", "layer \"" + name() + "\": shared axis " + axis
                        + " is out of range for input shape " + inputShape);
            }
        }
        InputSpec.Builder spec = InputSpec.builder().ndim(inputShape.rank());
        for (int k = 1; k < inputShape.rank(); k++) {
            if (!shared.contains(k)) {
                if (!inputShape.isKnown(k)) {
                    throw new IllegalArgumentException("layer \"" + name() + "\": axis " + k + " of the input must have"
                            + " a known size or be shared, got shape " + inputShape);
                }
                spec.axis(k, inputShape.dim(k));
            }
        }
        alpha = addWeight("alpha", WeightOptions.of(get(ALPHA_INITIALIZER)).regularizer(get(ALPHA_REGULARIZER))
                .constraint(get(ALPHA_CONSTRAINT)));
        setInputSpec(spec.build());
    }

    @Override
    public Tensor call(Tensor inputs, CallContext context) {
        Ops ops = context.ops();
        Tensor zero = ops.scalar(0, inputs.dtype());
        Tensor negative = ops.multiply(context.read(alpha), ops.minimum(inputs, zero));
        return ops.add(ops.maximum(inputs, zero), negative);
    }
}
