package org.layerlab.core.layer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.layerlab.core.config.Config;
import org.layerlab.core.config.ConfigException;
import org.layerlab.core.function.Constraint;
import org.layerlab.core.function.Initializer;
import org.layerlab.core.function.Regularizer;
import org.layerlab.core.shape.DType;
import org.layerlab.core.shape.InputSpec;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.Tensor;

/**
 * The Keras layer contract. A layer declares what it accepts through an {@link InputSpec}, creates
 * its weights in {@link #build(Shape)} through {@link #addWeight}, computes in {@link #call(Tensor,
 * CallContext)} with backend operations only, tells its output shape in
 * {@link #computeOutputShape(Shape)} and describes itself through {@link #getConfig()}. Its
 * parameters are the {@link Param}s of its {@link LayerType}: the layer reads them with
 * {@link #get(Param)} and its config is made from them, so each is named once.
 *
 * <p>Single-input layers override the {@code Shape}/{@code Tensor} forms; layers with several
 * inputs override the {@code List} forms.
 */
public abstract class Layer {
    private final LayerType type;
    private final Map<String, Object> values = new HashMap<>();
    private final String name;
    private final DType dtype;
    private boolean trainable;
    private List<InputSpec> inputSpec = List.of();
    private List<InputSpec> specBeforeBuild;
    private final List<Weight> weights = new ArrayList<>();
    private List<Shape> builtInputShapes;
    private List<Shape> buildingShapes;

    /**
     * Reads the base fields {@code name}, {@code trainable} and {@code dtype} and every param of the
     * type from a config; missing optional params take their defaults.
     *
     * @throws ConfigException naming the field that is missing or cannot be read
     */
    protected Layer(LayerType type, Config config) {
        this.type = type;
        config = type.withDefaults(config);
        String n = config.getString("name", null);
        if (n == null || n.isBlank()) {
            throw new ConfigException("name", "a layer needs a name");
        }
        this.name = n;
        this.trainable = config.getBoolean("trainable", true);
        String d = config.getString("dtype", "float32");
        try {
            this.dtype = DType.parse(d);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("dtype", "layer \"" + n + "\": " + e.getMessage());
        }
        for (Param<?> p : type.typedParams()) {
            Object value = p.read(config.get(p.name()));
            if (value == null && p.spec().required()) {
                throw new ConfigException(p.name(), "layer \"" + n + "\": " + p.name() + " is required");
            }
            values.put(p.name(), value);
        }
    }

    public final LayerType type() {
        return type;
    }

    /** The Keras class name this layer is saved under, for example {@code Dense}. */
    public final String className() {
        return type.className();
    }

    /** The value of one of the type's params, as read from the config. */
    @SuppressWarnings("unchecked")
    protected final <T> T get(Param<T> param) {
        if (!values.containsKey(param.name())) {
            throw new IllegalArgumentException("layer type " + type.className() + " has no param " + param.name());
        }
        return (T) values.get(param.name());
    }

    public final String name() {
        return name;
    }

    public final DType dtype() {
        return dtype;
    }

    public final boolean isTrainable() {
        return trainable;
    }

    public final void setTrainable(boolean trainable) {
        this.trainable = trainable;
    }

    /** Whether the layer passes a mask on; Keras's {@code supports_masking}. */
    public boolean supportsMasking() {
        return false;
    }

    /** The regularizer applied to the layer's output in training, or {@code null}. */
    public Regularizer activityRegularizer() {
        return null;
    }

    public final List<InputSpec> inputSpec() {
        return inputSpec;
    }

    protected final void setInputSpec(InputSpec... specs) {
        this.inputSpec = List.of(specs);
    }

    public final boolean isBuilt() {
        return builtInputShapes != null;
    }

    /** The input shapes the layer was built for, or {@code null} before build. */
    public final List<Shape> builtInputShapes() {
        return builtInputShapes;
    }

    /**
     * Keras's {@code _maybe_build}: checks the input spec, builds once, then checks the (usually
     * tighter) spec again, as Keras 3 and TensorFlow.js do.
     */
    public final void ensureBuilt(List<Shape> inputShapes, List<DType> inputDtypes) {
        InputSpec.check(inputSpec, inputShapes, inputDtypes, name);
        if (!isBuilt()) {
            specBeforeBuild = inputSpec;
            buildingShapes = List.copyOf(inputShapes);
            try {
                if (inputShapes.size() == 1) {
                    build(inputShapes.get(0));
                } else {
                    build(inputShapes);
                }
                builtInputShapes = List.copyOf(inputShapes);
                InputSpec.check(inputSpec, inputShapes, inputDtypes, name);
            } catch (RuntimeException e) {
                // A failed build leaves nothing behind, so the layer can be built again after a fix.
                weights.clear();
                inputSpec = specBeforeBuild;
                builtInputShapes = null;
                throw e;
            } finally {
                buildingShapes = null;
            }
        }
    }

    /**
     * Forgets the build: drops the weights and restores the spec from before build, so the layer
     * can be built again for other inputs (its weights are then initialised anew).
     */
    public final void unbuild() {
        if (isBuilt()) {
            weights.clear();
            inputSpec = specBeforeBuild;
            builtInputShapes = null;
        }
    }

    /** Creates the weights for inputs of this shape. The default creates none. */
    protected void build(Shape inputShape) {
    }

    /** Multi-input form of {@link #build(Shape)}. */
    protected void build(List<Shape> inputShapes) {
        build(single(inputShapes));
    }

    /** The output shape for an input shape; must equal the shape {@code call} produces. */
    public Shape computeOutputShape(Shape inputShape) {
        throw new UnsupportedOperationException("layer \"" + name + "\" (" + className()
                + ") does not implement computeOutputShape");
    }

    /** Multi-input form of {@link #computeOutputShape(Shape)}. */
    public Shape computeOutputShape(List<Shape> inputShapes) {
        return computeOutputShape(single(inputShapes));
    }

    /** The layer's computation on one input. */
    public Tensor call(Tensor inputs, CallContext context) {
        throw new UnsupportedOperationException("layer \"" + name + "\" (" + className() + ") does not implement call");
    }

    /** Multi-input form of {@link #call(Tensor, CallContext)}. */
    public Tensor call(List<Tensor> inputs, CallContext context) {
        return call(single(inputs), context);
    }

    /**
     * Keras's {@code __call__}: checks and builds for the inputs' shapes, then calls. The batch
     * dimension of the real inputs is checked like any other.
     */
    public final Tensor apply(List<Tensor> inputs, CallContext context) {
        List<Shape> shapes = new ArrayList<>(inputs.size());
        List<DType> dtypes = new ArrayList<>(inputs.size());
        for (Tensor t : inputs) {
            shapes.add(Shape.ofDims(t.shape()));
            dtypes.add(t.dtype());
        }
        if (!isBuilt()) {
            List<Shape> unknownBatch = new ArrayList<>(shapes.size());
            for (Shape s : shapes) {
                unknownBatch.add(s.rank() == 0 ? s : s.withDim(0, Shape.UNKNOWN));
            }
            ensureBuilt(unknownBatch, dtypes);
        }
        InputSpec.check(inputSpec, shapes, dtypes, name);
        return inputs.size() == 1 ? call(inputs.get(0), context) : call(inputs, context);
    }

    private <T> T single(List<T> inputs) {
        if (inputs.size() != 1) {
            throw new IllegalArgumentException("Layer \"" + name + "\" expects 1 input(s), but it received "
                    + inputs.size() + " input tensors.");
        }
        return inputs.get(0);
    }

    /**
     * Creates one of the weights the type declares ({@link LayerType#declaredWeights}), with the declared
     * shape and trainability for the inputs being built. Call it from {@code build}.
     *
     * @throws IllegalStateException when the type declares no such weight for these inputs
     */
    protected final Weight addWeight(String weightName, WeightOptions options) {
        if (buildingShapes == null) {
            throw new IllegalStateException("layer \"" + name + "\" adds weight " + weightName + " outside build");
        }
        for (DeclaredWeight d : type.declaredWeights(getConfig(), buildingShapes)) {
            if (d.name().equals(weightName)) {
                return addWeight(weightName, d.shape(), options.initializer(), options.regularizer(),
                        options.constraint(), d.trainable());
            }
        }
        throw new IllegalStateException("layer type " + type.className() + " declares no weight named " + weightName
                + " for inputs " + buildingShapes);
    }

    /**
     * Creates a weight of any shape; the only way a layer gets one. Call it from {@code build}. A layer
     * whose type declares its weights uses {@link #addWeight(String, WeightOptions)} instead.
     *
     * @param regularizer may be {@code null}
     * @param constraint may be {@code null}
     */
    protected final Weight addWeight(String weightName, Shape shape, Initializer initializer,
            Regularizer regularizer, Constraint constraint, boolean trainableWeight) {
        Objects.requireNonNull(initializer, "initializer");
        for (Weight w : weights) {
            if (w.name().equals(weightName)) {
                throw new IllegalStateException("layer \"" + name + "\" already has a weight named " + weightName);
            }
        }
        Weight w = new Weight(name, weightName, shape, dtype, initializer, regularizer, constraint, trainableWeight);
        weights.add(w);
        return w;
    }

    /** All weights, trainable first, each group in creation order (the order Keras saves them in). */
    public final List<Weight> weights() {
        List<Weight> all = new ArrayList<>(trainableWeights());
        all.addAll(nonTrainableWeights());
        return Collections.unmodifiableList(all);
    }

    /** The weights the optimiser updates; none when the layer is frozen. */
    public final List<Weight> trainableWeights() {
        if (!trainable) {
            return List.of();
        }
        return weights.stream().filter(Weight::isTrainable).toList();
    }

    public final List<Weight> nonTrainableWeights() {
        if (!trainable) {
            return List.copyOf(weights);
        }
        return weights.stream().filter(w -> !w.isTrainable()).toList();
    }

    /** The number of weight values; 0 before build. */
    public final long countParams() {
        long n = 0;
        for (Weight w : weights) {
            n += w.size();
        }
        return n;
    }

    /**
     * The layer's Keras config: the common fields, then each of the type's params in the type's order.
     * The layer's {@link LayerType} recreates an equal layer from it.
     */
    public Config getConfig() {
        Config.Builder b = Config.builder()
                .put("name", name)
                .put("trainable", trainable)
                .put("dtype", dtype.kerasName());
        for (Param<?> p : type.typedParams()) {
            b.put(p.name(), p.write(values.get(p.name())));
        }
        return b.build();
    }

    @Override
    public String toString() {
        return className() + "(\"" + name + "\")";
    }
}
