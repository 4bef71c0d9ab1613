package org.layerlab.core.layer.core;

import org.layerlab.core.function.ActivationFunction;
import org.layerlab.core.function.Activations;
import org.layerlab.core.function.Constraint;
import org.layerlab.core.function.Constraints;
import org.layerlab.core.function.Initializer;
import org.layerlab.core.function.Initializers;
import org.layerlab.core.function.Regularizer;
import org.layerlab.core.function.Regularizers;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.layer.Config;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.layer.LayerGroup;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.layer.ParamKind;
import org.layerlab.core.layer.ParamSpec;
import org.layerlab.core.layer.Weight;
import org.layerlab.core.shape.InputSpec;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;

/** {@code activation(inputs · kernel + bias)}, contracting the last axis of the input. */
public final class Dense extends Layer {
    public static final LayerType TYPE = LayerType.builder("Dense", Dense.class, Dense::new)
            .group(LayerGroup.CORE).icon("mdi2v-vector-polyline")
            .params(ParamSpec.required("units", ParamKind.INTEGER).atLeast(1),
                    ParamSpec.of("activation", ParamKind.ACTIVATION, "linear"),
                    ParamSpec.of("use_bias", ParamKind.BOOLEAN, true),
                    ParamSpec.of("kernel_initializer", ParamKind.INITIALIZER, named("GlorotUniform", true)),
                    ParamSpec.of("bias_initializer", ParamKind.INITIALIZER, named("Zeros", false)),
                    ParamSpec.of("kernel_regularizer", ParamKind.REGULARIZER, null),
                    ParamSpec.of("bias_regularizer", ParamKind.REGULARIZER, null),
                    ParamSpec.of("activity_regularizer", ParamKind.REGULARIZER, null),
                    ParamSpec.of("kernel_constraint", ParamKind.CONSTRAINT, null),
                    ParamSpec.of("bias_constraint", ParamKind.CONSTRAINT, null))
            .summary(c -> withActivation("Dense " + c.getLong("units", 0), c.getString("activation", "linear")))
            .build();

    private final int units;
    private final ActivationFunction activation;
    private final boolean useBias;
    private final Initializer kernelInitializer;
    private final Initializer biasInitializer;
    private final Regularizer kernelRegularizer;
    private final Regularizer biasRegularizer;
    private final Regularizer activityRegularizer;
    private final Constraint kernelConstraint;
    private final Constraint biasConstraint;
    private Weight kernel;
    private Weight bias;

    public Dense(Config config) {
        super(config);
        this.units = config.getInt("units", 0);
        this.activation = Activations.get(config.getString("activation", null));
        this.useBias = config.getBoolean("use_bias", true);
        this.kernelInitializer = Initializers.deserialize(config.get("kernel_initializer"));
        this.biasInitializer = Initializers.deserialize(config.get("bias_initializer"));
        this.kernelRegularizer = Regularizers.deserialize(config.get("kernel_regularizer"));
        this.biasRegularizer = Regularizers.deserialize(config.get("bias_regularizer"));
        this.activityRegularizer = Regularizers.deserialize(config.get("activity_regularizer"));
        this.kernelConstraint = Constraints.deserialize(config.get("kernel_constraint"));
        this.biasConstraint = Constraints.deserialize(config.get("bias_constraint"));
        setInputSpec(InputSpec.builder().minNdim(2).build());
    }

    /** A linear activation is the absence of one, so the summary leaves it out. */
    private static String withActivation(String head, String activation) {
        return "linear".equals(activation) ? head : head + " " + activation;
    }

    static Config named(String className, boolean seeded) {
        Config.Builder inner = Config.builder();
        if (seeded) {
            inner.put("seed", null);
        }
        return Config.builder().put("class_name", className).put("config", inner.build()).build();
    }

    @Override
    public String className() {
        return TYPE.className();
    }

    public int units() {
        return units;
    }

    @Override
    public boolean supportsMasking() {
        return true;
    }

    @Override
    public Regularizer activityRegularizer() {
        return activityRegularizer;
    }

    @Override
    protected void build(Shape inputShape) {
        if (!inputShape.isKnown(-1)) {
            throw new IllegalArgumentException("The last dimension of the inputs to a Dense layer should be defined. "
                    + "Found None. Full input shape received: " + inputShape);
        }
        long inputDim = inputShape.dim(-1);
        kernel = addWeight("kernel", Shape.ofDims(inputDim, units), kernelInitializer, kernelRegularizer,
                kernelConstraint, true);
        if (useBias) {
            bias = addWeight("bias", Shape.ofDims(units), biasInitializer, biasRegularizer, biasConstraint, true);
        }
        setInputSpec(InputSpec.builder().minNdim(2).axis(-1, inputDim).build());
    }

    @Override
    public Shape computeOutputShape(Shape inputShape) {
        return inputShape.withDim(-1, units);
    }

    @Override
    public Tensor call(Tensor inputs, CallContext context) {
        Ops ops = context.ops();
        Tensor y = ops.matmul(inputs, context.read(kernel));
        if (useBias) {
            y = ops.add(y, context.read(bias));
        }
        return activation.apply(y, ops);
    }

    @Override
    public Config getConfig() {
        return Config.builder().putAll(super.getConfig())
                .put("units", units)
                .put("activation", activation.name())
                .put("use_bias", useBias)
                .put("kernel_initializer", Initializers.serialize(kernelInitializer))
                .put("bias_initializer", Initializers.serialize(biasInitializer))
                .put("kernel_regularizer", Regularizers.serialize(kernelRegularizer))
                .put("bias_regularizer", Regularizers.serialize(biasRegularizer))
                .put("activity_regularizer", Regularizers.serialize(activityRegularizer))
                .put("kernel_constraint", Constraints.serialize(kernelConstraint))
                .put("bias_constraint", Constraints.serialize(biasConstraint))
                .build();
    }
}
