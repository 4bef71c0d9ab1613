package org.layerlab.core.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a TensorFlow.js layers model into a folder: {@code model.json} (format {@code layers-model},
 * Keras 2 topology under {@code modelTopology.model_config}) and, when the model has weights, one
 * little-endian float32 shard {@code group1-shard1of1.bin} with its manifest in Keras order
 * ({@code dense/kernel}, {@code dense/bias}, ...), and {@code <ClassName>.js} for each layer class TF.js
 * lacks, which registers the class its layer type ships. Loads with {@code tf.loadLayersModel} once
 * those files are loaded.
 */
public final class TfjsLayersWriter implements ModelWriter {
    static final String MODEL_FILE = "model.json";
    static final String SHARD_FILE = "group1-shard1of1.bin";

    /** The activation names TensorFlow.js 4.x resolves. */
    private static final Set<String> TFJS_ACTIVATIONS = Set.of("elu", "hard_sigmoid", "linear", "relu", "relu6",
            "selu", "sigmoid", "softmax", "softplus", "softsign", "tanh", "swish", "mish", "gelu", "gelu_new");

    private final JsonOutput json = new JsonOutput();

    /** Writes {@code model.json} (and the shard) into {@code folder}, creating it when needed. */
    @Override
    public void write(ModelDescription model, Path folder) throws IOException {
        Files.createDirectories(folder);
        Map<String, Object> modelJson = modelJson(model);
        ClassSources.writeJavaScript(MODEL_FILE, model, folder, true);
        if (model.hasWeights()) {
            writeShard(model, folder.resolve(SHARD_FILE));
        }
        Files.writeString(folder.resolve(MODEL_FILE), json.write(modelJson), StandardCharsets.UTF_8);
    }

    /** The {@code model.json} tree; the manifest is included when the model has weights. */
    private static Map<String, Object> modelJson(ModelDescription model) throws ModelFormatException {
        Map<String, Object> topology = Keras2Topology.of(MODEL_FILE, model);
        adaptLayers(topology);
        Map<String, Object> modelTopology = new LinkedHashMap<>();
        modelTopology.put("keras_version", KerasLayerForms.KERAS2_VERSION);
        modelTopology.put("backend", KerasLayerForms.BACKEND);
        modelTopology.put("model_config", topology);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", "layers-model");
        m.put("generatedBy", "LayerLab");
        m.put("convertedBy", "LayerLab TensorFlow.js writer");
        m.put("modelTopology", modelTopology);
        if (model.hasWeights()) {
            List<Object> specs = new ArrayList<>();
            for (Map.Entry<String, WeightArray> w : orderedWeights(model).entrySet()) {
                Map<String, Object> spec = new LinkedHashMap<>();
                spec.put("name", w.getKey());
                spec.put("shape", Arrays.stream(w.getValue().shape()).boxed().toList());
                spec.put("dtype", "float32");
                specs.add(spec);
            }
            m.put("weightsManifest", List.of(Map.of("paths", List.of(SHARD_FILE), "weights", specs)));
        }
        return m;
    }

    /**
     * TF.js knows {@code swish} but not Keras 3's name {@code silu} for the same function, and cannot build
     * a layer that has an activity regularizer (4.x throws "not supported yet" while loading).
     */
    @SuppressWarnings("unchecked")
    private static void adaptLayers(Map<String, Object> topology) throws UnwritableModelException {
        Map<String, Object> config = (Map<String, Object>) topology.get("config");
        for (Object e : (List<Object>) config.get("layers")) {
            Map<String, Object> layerConfig = (Map<String, Object>) ((Map<String, Object>) e).get("config");
            if (layerConfig.get("activity_regularizer") != null) {
                throw new UnwritableModelException(MODEL_FILE, String.valueOf(layerConfig.get("name")),
                        "TensorFlow.js cannot load a layer with an activity_regularizer; remove it to export");
            }
            Object activation = layerConfig.get("activation");
            if (activation instanceof String a) {
                String tfjs = a.equals("silu") ? "swish" : a;
                if (!TFJS_ACTIVATIONS.contains(tfjs)) {
                    throw new UnwritableModelException(MODEL_FILE, String.valueOf(layerConfig.get("name")),
                            "TensorFlow.js has no activation " + MessageText.quote(a));
                }
                layerConfig.put("activation", tfjs);
            }
        }
    }

    /** Every weight the layers declare, by TF.js name, in layer order; each checked against its declared shape. */
    private static Map<String, WeightArray> orderedWeights(ModelDescription model) throws UnwritableModelException {
        DeclaredShapes shapes = DeclaredShapes.of(model.layers());
        Map<String, WeightArray> out = new LinkedHashMap<>();
        for (LayerEntry layer : model.layers()) {
            List<WeightArray> given = model.weights().getOrDefault(layer.name(), List.of());
            List<DeclaredShapes.WeightSpec> specs = shapes.weights(layer.name());
            if (specs != null && specs.size() != given.size()) {
                throw new UnwritableModelException(MODEL_FILE, layer.name(), "the layer needs " + specs.size()
                        + " weight arrays, the model has " + given.size());
            }
            for (int i = 0; i < given.size(); i++) {
                WeightArray w = given.get(i);
                if (specs != null && (!specs.get(i).name().equals(w.name())
                        || specs.get(i).isKnown() && !Arrays.equals(specs.get(i).shape(), w.shape()))) {
                    throw new UnwritableModelException(MODEL_FILE, layer.name(), "weight " + w.name() + " "
                            + Arrays.toString(w.shape()) + " does not match the layer's " + specs.get(i).name() + " "
                            + Arrays.toString(specs.get(i).shape()));
                }
                out.put(layer.name() + "/" + w.name(), w);
            }
        }
        return out;
    }

    private static void writeShard(ModelDescription model, Path shard) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(shard))) {
            for (WeightArray w : orderedWeights(model).values()) {
                for (int i = 0; i < w.size(); i++) {
                    if (buffer.remaining() < Float.BYTES) {
                        out.write(buffer.array(), 0, buffer.position());
                        buffer.clear();
                    }
                    buffer.putFloat(w.value(i));
                }
            }
            out.write(buffer.array(), 0, buffer.position());
        }
    }
}
