package org.layerlab.core.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.layerlab.core.config.Config;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.layer.ParamSpec;

/** Model descriptions built in code for the tests, covering every layer and every option. */
final class Models {
    private static final LayerRegistry REGISTRY = LayerRegistry.withInstalledLayers();

    private Models() {
    }

    /** Every parameter of the type in its order, at its default; required ones null until set. */
    /** The registered type of a class name. */
    static LayerType type(String className) {
        return REGISTRY.require(className);
    }

    /** The registered types of class names, for {@link ModelDescription#chain}. */
    static List<LayerType> types(String... classNames) {
        return Arrays.stream(classNames).map(Models::type).toList();
    }

    static Config layer(String className, String name) {
        Config.Builder b = Config.builder();
        for (ParamSpec p : REGISTRY.require(className).allParams()) {
            b.put(p.name(), p.name().equals("name") ? name : p.required() ? null : p.defaultValue());
        }
        return b.build();
    }

    static Config fn(String className, Object... keyValues) {
        Config.Builder inner = Config.builder();
        for (int i = 0; i < keyValues.length; i += 2) {
            inner.put((String) keyValues[i], keyValues[i + 1]);
        }
        return Config.builder().put("class_name", className).put("config", inner.build()).build();
    }

    static Config input(String name, Long... batchShape) {
        return layer("InputLayer", name).with("batch_shape", Arrays.asList((Object[]) batchShape));
    }

    /** A chain with every layer class and every option set away from its default somewhere. */
    static ModelDescription everyOptionChain() {
        List<Config> configs = List.of(
                input("features", null, 16L),
                layer("Dense", "hidden").with("units", 32L).with("activation", "tanh")
                        .with("kernel_initializer", fn("HeNormal", "seed", 7L))
                        .with("bias_initializer", fn("Constant", "value", 0.1))
                        .with("kernel_regularizer", fn("L1L2", "l1", 0.001, "l2", 0.01))
                        .with("bias_regularizer", fn("L2", "l2", 0.5))
                        .with("activity_regularizer", fn("L1", "l1", 0.02))
                        .with("kernel_constraint", fn("MaxNorm", "max_value", 2.0, "axis", 0L))
                        .with("bias_constraint", fn("NonNeg")),
                layer("Dropout", "drop").with("rate", 0.25).with("noise_shape", Arrays.asList(null, 1L))
                        .with("seed", 42L),
                layer("Scale", "scale").with("axis", -1L).with("momentum", 0.5)
                        .with("gamma_initializer", fn("RandomNormal", "mean", 1.0, "stddev", 0.02, "seed", null)),
                layer("Activation", "act").with("activation", "selu"),
                layer("Dense", "frozen").with("units", 4L).with("use_bias", false).with("trainable", false)
                        .with("dtype", "float64").with("kernel_constraint", fn("UnitNorm", "axis", 0L)),
                layer("Dense", "out").with("units", 3L).with("activation", "softmax")
                        .with("kernel_constraint", fn("MinMaxNorm", "min_value", 0.0, "max_value", 1.0, "rate", 1.0,
                                "axis", 0L)));
        return ModelDescription.chain("every_option", configs,
                types("InputLayer", "Dense", "Dropout", "Scale", "Activation", "Dense", "Dense"));
    }

    /** {@link #everyOptionChain} without the activity regularizer, which TensorFlow.js cannot load. */
    static ModelDescription everyOptionChainForTfjs() {
        ModelDescription all = everyOptionChain();
        List<Config> configs = all.layers().stream().map(l -> l.config().has("activity_regularizer")
                ? l.config().with("activity_regularizer", null) : l.config()).toList();
        return ModelDescription.chain(all.name(), configs, all.layers().stream().map(LayerEntry::type).toList());
    }

    /** Two inputs, a branch and two outputs: only the functional form can hold it. */
    static ModelDescription twoInputsTwoOutputs() {
        List<LayerEntry> layers = List.of(
                new LayerEntry(type("InputLayer"), input("left", null, 6L), List.of()),
                new LayerEntry(type("InputLayer"), input("right", 8L, 3L, 5L), List.of()),
                new LayerEntry(type("Dense"), layer("Dense", "left_dense").with("units", 4L).with("activation", "relu"),
                        List.of(TensorRef.of("left"))),
                new LayerEntry(type("Scale"), layer("Scale", "right_scale").with("axis", 1L), List.of(TensorRef.of("right"))),
                new LayerEntry(type("Dense"), layer("Dense", "right_dense").with("units", 2L), List.of(TensorRef.of("right_scale"))),
                new LayerEntry(type("Dropout"), layer("Dropout", "left_drop").with("rate", 0.1), List.of(TensorRef.of("left_dense"))));
        return new ModelDescription("two_way", false, layers, List.of(TensorRef.of("left"), TensorRef.of("right")),
                List.of(TensorRef.of("left_drop"), TensorRef.of("right_dense")), Map.of(), ModelSource.layerLab());
    }

    /** The model with seeded random values for every weight its layers declare. */
    static ModelDescription withRandomWeights(ModelDescription model, long seed) {
        Random random = new Random(seed);
        DeclaredShapes shapes = DeclaredShapes.of(model.layers());
        Map<String, List<WeightArray>> weights = new LinkedHashMap<>();
        for (LayerEntry layer : model.layers()) {
            List<WeightArray> arrays = new ArrayList<>();
            for (DeclaredShapes.WeightSpec spec : shapes.weights(layer.name())) {
                float[] values = new float[(int) spec.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = (float) random.nextGaussian();
                }
                arrays.add(new WeightArray(spec.name(), spec.shape(), values));
            }
            if (!arrays.isEmpty()) {
                weights.put(layer.name(), arrays);
            }
        }
        return model.withWeights(weights);
    }
}
