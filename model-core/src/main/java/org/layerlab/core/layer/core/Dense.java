package org.layerlab.core.layer.core;

import java.util.List;
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
    public static final LayerType TYPE = new LayerType("Dense", List.of(
            ParamSpec.required("units", ParamKind.INTEGER, "Number of outputs.").atLeast(1),
            ParamSpec.of("activation", ParamKind.ACTIVATION, "linear", "Function applied to the output."),
            ParamSpec.of("use_bias", ParamKind.BOOLEAN, true, "Whether to add a bias vector."),
            ParamSpec.of("kernel_initializer", ParamKind.INITIALIZER, named("GlorotUniform", true),
                    "How the kernel starts."),
            ParamSpec.of("bias_initializer", ParamKind.INITIALIZER, named("Zeros", false), "How the bias starts."),
            ParamSpec.of("kernel_regularizer", ParamKind.REGULARIZER, null, "Penalty on the kernel."),
            ParamSpec.of("bias_regularizer", ParamKind.REGULARIZER, null, "Penalty on the bias."),
            ParamSpec.of("activity_regularizer", ParamKind.REGULARIZER, null, "Penalty on the output."),
            ParamSpec.of("kernel_constraint", ParamKind.CONSTRAINT, null, "Projection of the kernel after each step."),
            ParamSpec.of("bias_constraint", ParamKind.CONSTRAINT, null, "Projection of the bias after each step.")),
            Dense::new, "Fully connected layer.");

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
