package org.layerlab.core.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.layerlab.core.config.Config;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.layer.KerasDialect;
import org.layerlab.core.layer.ParamSpec;

/**
 * Writes Keras 3 {@code model.to_json()} JSON: {@code module}/{@code registered_name} on every object,
 * {@code DTypePolicy} dtypes, {@code build_config}s, and {@code __keras_tensor__} inbound nodes. Custom
 * classes such as Scale get {@code "registered_name": "Scale"}, which a Python session resolves once the
 * class is registered under that name (the generated Python script does that).
 */
public final class Keras3JsonWriter implements ModelWriter {
    private final JsonOutput json = new JsonOutput();

    /** The registry is no longer needed (each layer entry carries its type); kept for callers. */
    public Keras3JsonWriter(LayerRegistry registry) {
        this();
    }

    public Keras3JsonWriter() {
    }

    /** Writes the JSON, and beside it the Python class of each layer class Keras lacks. */
    @Override
    public void write(ModelDescription model, Path target) throws IOException {
        Files.writeString(target, toJson(model, String.valueOf(target.getFileName())), StandardCharsets.UTF_8);
        ClassSources.writePython(model, target);
    }

    /** The JSON text; {@code file} only labels errors. */
    public String toJson(ModelDescription model, String file) throws ModelFormatException {
        return toJson(model, file, false);
    }

    /** The JSON text of a project's model, which may still be unfinished (a layer waiting for its inputs). */
    String toDraftJson(ModelDescription model, String file) throws ModelFormatException {
        return toJson(model, file, true);
    }

    private String toJson(ModelDescription model, String file, boolean draft) throws ModelFormatException {
        List<LayerEntry> layers = KerasLayerForms.checked(file, model, draft);
        DeclaredShapes shapes = DeclaredShapes.of(layers);
        boolean chain = model.isChain();
        List<Object> entries = new ArrayList<>();
        for (LayerEntry layer : layers) {
            entries.add(entry(layer, shapes, chain, model));
        }
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("name", model.name());
        config.put("trainable", true);
        Map<String, Object> top = new LinkedHashMap<>();
        if (chain) {
            List<Object> inputShape = shapeList(shapes.output(layers.get(0).name()));
            config.put("dtype", policy("float32"));
            config.put("layers", entries);
            config.put("build_input_shape", inputShape);
            top.put("module", "keras");
            top.put("class_name", "Sequential");
            top.put("config", config);
            top.put("registered_name", null);
            if (inputShape != null) {
                // A model whose input shape is not set yet is saved unbuilt, as Keras saves one.
                top.put("build_config", Map.of("input_shape", inputShape));
            }
        } else {
            config.put("layers", entries);
            config.put("input_layers", endpoints(model.inputs()));
            config.put("output_layers", endpoints(model.outputs()));
            top.put("module", "keras.src.models.functional");
            top.put("class_name", "Functional");
            top.put("config", config);
            top.put("registered_name", "Functional");
            Map<String, Object> build = new LinkedHashMap<>();
            build.put("input_shape", null);
            top.put("build_config", build);
        }
        return json.write(top);
    }

    private Map<String, Object> entry(LayerEntry layer, DeclaredShapes shapes, boolean chain, ModelDescription model) {
        boolean builtIn = layer.type().keras().isBuiltIn();
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("module", builtIn ? "keras.layers" : null);
        e.put("class_name", layer.className());
        e.put("config", config(layer));
        e.put("registered_name", builtIn ? null : layer.className());
        List<long[]> inputShapes = shapes.inputs(layer);
        if (!layer.type().keras().isBuiltAtConstruction() && inputShapes != null && !inputShapes.isEmpty()) {
            Object shape = inputShapes.size() == 1 ? shapeList(inputShapes.get(0))
                    : inputShapes.stream().map(Keras3JsonWriter::shapeList).toList();
            e.put("build_config", Map.of("input_shape", shape));
        }
        if (!chain) {
            e.put("name", layer.name());
            e.put("inbound_nodes", layer.inbound().isEmpty() ? List.of() : List.of(node(layer, shapes, model)));
        }
        return e;
    }

    /**
     * The Keras 3 config: {@code DTypePolicy} dtypes, functions as Keras 3 objects, and no
     * {@code activity_regularizer} while it is none (Keras 3's base layer writes it only when set).
     */
    private static Map<String, Object> config(LayerEntry layer) {
        Map<String, Object> m = KerasLayerForms.config(layer, KerasDialect.KERAS_3);
        if (!layer.isInputLayer()) {
            // Keras 3's input layers keep a plain dtype string.
            m.put("dtype", policy(layer.config().getString("dtype", "float32")));
        }
        if (m.containsKey("activity_regularizer") && m.get("activity_regularizer") == null) {
            m.remove("activity_regularizer");
        }
        for (ParamSpec p : layer.type().allParams()) {
            KerasObjects.Kind kind = switch (p.kind()) {
                case INITIALIZER -> KerasObjects.Kind.INITIALIZER;
                case REGULARIZER -> KerasObjects.Kind.REGULARIZER;
                case CONSTRAINT -> KerasObjects.Kind.CONSTRAINT;
                default -> null;
            };
            if (kind != null && m.get(p.name()) instanceof Config obj) {
                m.put(p.name(), kerasObject(obj, kind));
            }
        }
        return m;
    }

    /** {@code {module, class_name, config, registered_name}}; a registered custom function keeps its package. */
    private static Map<String, Object> kerasObject(Config obj, KerasObjects.Kind kind) {
        String className = obj.getString("class_name", "");
        int gt = className.indexOf('>');
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("module", gt < 0 ? kind.module : null);
        m.put("class_name", gt < 0 ? className : className.substring(gt + 1));
        m.put("config", obj.get("config"));
        m.put("registered_name", gt < 0 ? null : className);
        return m;
    }

    private static Map<String, Object> policy(String dtype) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("module", "keras");
        m.put("class_name", "DTypePolicy");
        m.put("config", Map.of("name", dtype));
        m.put("registered_name", null);
        return m;
    }

    private static Map<String, Object> node(LayerEntry layer, DeclaredShapes shapes, ModelDescription model) {
        List<Object> tensors = new ArrayList<>();
        for (TensorRef ref : layer.inbound()) {
            Map<String, Object> config = new LinkedHashMap<>();
            config.put("shape", shapeList(shapes.output(ref.layer())));
            config.put("dtype", model.layer(ref.layer()).map(l -> l.config().getString("dtype", "float32"))
                    .orElse("float32"));
            config.put("keras_history", List.of(ref.layer(), ref.nodeIndex(), ref.tensorIndex()));
            Map<String, Object> kt = new LinkedHashMap<>();
            kt.put("class_name", InboundNodes.KERAS_TENSOR);
            kt.put("config", config);
            tensors.add(kt);
        }
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("args", tensors.size() == 1 ? tensors : List.of(tensors));
        node.put("kwargs", Map.of());
        return node;
    }

    private static Object endpoints(List<TensorRef> refs) {
        List<Object> triples = new ArrayList<>();
        for (TensorRef r : refs) {
            triples.add(List.of(r.layer(), r.nodeIndex(), r.tensorIndex()));
        }
        return triples.size() == 1 ? triples.get(0) : triples;
    }

    private static List<Object> shapeList(long[] shape) {
        if (shape == null) {
            return null;
        }
        List<Object> dims = new ArrayList<>();
        for (long d : shape) {
            dims.add(d < 0 ? null : d);
        }
        return dims;
    }
}
