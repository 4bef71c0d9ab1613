package org.layerlab.core.layer.core;

import java.util.ArrayList;
import java.util.List;
import org.layerlab.core.config.Config;
import org.layerlab.core.function.ActivationFunction;
import org.layerlab.core.function.Constraint;
import org.layerlab.core.function.Initializer;
import org.layerlab.core.function.Regularizer;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.layer.DeclaredWeight;
import org.layerlab.core.layer.KerasForm;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.layer.LayerGroup;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.layer.Param;
import org.layerlab.core.layer.StandardizationFold;
import org.layerlab.core.layer.Weight;
import org.layerlab.core.layer.WeightDeclaration;
import org.layerlab.core.layer.WeightOptions;
import org.layerlab.core.shape.InputSpec;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;

/** {@code activation(inputs · kernel + bias)}, contracting the last axis of the input. */
public final class Dense extends Layer {
    static final Param<Long> UNITS = Param.integer("units").atLeast(1);
    static final Param<ActivationFunction> ACTIVATION = Param.activation("activation", "linear");
    static final Param<Boolean> USE_BIAS = Param.bool("use_bias", true);
    static final Param<Initializer> KERNEL_INITIALIZER = Param.initializer("kernel_initializer", "GlorotUniform");
    static final Param<Initializer> BIAS_INITIALIZER = Param.initializer("bias_initializer", "Zeros");
    static final Param<Regularizer> KERNEL_REGULARIZER = Param.regularizer("kernel_regularizer");
    static final Param<Regularizer> BIAS_REGULARIZER = Param.regularizer("bias_regularizer");
    static final Param<Regularizer> ACTIVITY_REGULARIZER = Param.regularizer("activity_regularizer");
    static final Param<Constraint> KERNEL_CONSTRAINT = Param.constraint("kernel_constraint");
    static final Param<Constraint> BIAS_CONSTRAINT = Param.constraint("bias_constraint");

    public static final LayerType TYPE = LayerType.builder("Dense", Dense.class, Dense::new)
            .group(LayerGroup.CORE).icon("mdi2v-vector-polyline")
            .params(UNITS, ACTIVATION, USE_BIAS, KERNEL_INITIALIZER, BIAS_INITIALIZER, KERNEL_REGULARIZER,
                    BIAS_REGULARIZER, ACTIVITY_REGULARIZER, KERNEL_CONSTRAINT, BIAS_CONSTRAINT)
            .weights(WeightDeclaration.ofOneInput(Dense::weights))
            .summary(c -> withActivation("Dense " + UNITS.from(c), ACTIVATION.from(c).name()))
            .keras(KerasForm.builtIn().keras1Names("output_dim", UNITS.name(), "init", KERNEL_INITIALIZER.name(),
                    "W_regularizer", KERNEL_REGULARIZER.name(), "b_regularizer", BIAS_REGULARIZER.name(),
                    "W_constraint", KERNEL_CONSTRAINT.name(), "b_constraint", BIAS_CONSTRAINT.name(),
                    "bias", USE_BIAS.name()))
            .standardizationFold(Dense::foldStandardization)
            .build();

    private Weight kernel;
    private Weight bias;

    public Dense(Config config) {
        super(TYPE, config);
        setInputSpec(InputSpec.builder().minNdim(2).build());
    }

    private static List<DeclaredWeight> weights(Config config, Shape input) {
        long units = UNITS.from(config);
        List<DeclaredWeight> weights = new ArrayList<>();
        weights.add(new DeclaredWeight("kernel", Shape.ofDims(input.dim(-1), units), true));
        if (USE_BIAS.from(config)) {
            weights.add(DeclaredWeight.trainable("bias", units));
        }
        return weights;
    }

    /**
     * {@code W' = W / std} row by row and {@code b' = b - mean · W'}; the folded layer always has a bias.
     * Sums run in double and are rounded to float once.
     */
    private static StandardizationFold.Folded foldStandardization(Config config, List<float[]> weights,
            double[] mean, double[] std) {
        float[] kernel = weights.get(0);
        int inputs = mean.length;
        int units = Math.toIntExact(UNITS.from(config));
        float[] w = new float[inputs * units];
        double[] b = new double[units];
        for (int j = 0; j < units; j++) {
            b[j] = USE_BIAS.from(config) ? weights.get(1)[j] : 0;
        }
        for (int i = 0; i < inputs; i++) {
            for (int j = 0; j < units; j++) {
                double folded = kernel[i * units + j] / std[i];
                w[i * units + j] = (float) folded;
                b[j] -= mean[i] * folded;
            }
        }
        float[] bias = new float[units];
        for (int j = 0; j < units; j++) {
            bias[j] = (float) b[j];
        }
        return new StandardizationFold.Folded(config.with(USE_BIAS.name(), true), List.of(w, bias));
    }

    /** A linear activation is the absence of one, so the summary leaves it out. */
    private static String withActivation(String head, String activation) {
        return "linear".equals(activation) ? head : head + " " + activation;
    }

    public long units() {
        return get(UNITS);
    }

    @Override
    public boolean supportsMasking() {
        return true;
    }

    @Override
    public Regularizer activityRegularizer() {
        return get(ACTIVITY_REGULARIZER);
    }

    @Override
    protected void build(Shape inputShape) {
        if (!inputShape.isKnown(-1)) {
            throw new IllegalArgumentException("The last dimension of the inputs to a Dense layer should be defined. "
                    + "Found None. Full input shape received: " + inputShape);
        }
        kernel = addWeight("kernel", WeightOptions.of(get(KERNEL_INITIALIZER)).regularizer(get(KERNEL_REGULARIZER))
                .constraint(get(KERNEL_CONSTRAINT)));
        if (get(USE_BIAS)) {
            bias = addWeight("bias", WeightOptions.of(get(BIAS_INITIALIZER)).regularizer(get(BIAS_REGULARIZER))
                    .constraint(get(BIAS_CONSTRAINT)));
        }
        setInputSpec(InputSpec.builder().minNdim(2).axis(-1, inputShape.dim(-1)).build());
    }

    @Override
    public Shape computeOutputShape(Shape inputShape) {
        return inputShape.withDim(-1, get(UNITS));
    }

    @Override
    public Tensor call(Tensor inputs, CallContext context) {
        Ops ops = context.ops();
        Tensor y = ops.matmul(inputs, context.read(kernel));
        if (get(USE_BIAS)) {
            y = ops.add(y, context.read(bias));
        }
        return get(ACTIVATION).apply(y, ops);
    }
}
