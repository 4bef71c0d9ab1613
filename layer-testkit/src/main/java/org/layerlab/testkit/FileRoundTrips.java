package org.layerlab.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.layerlab.core.config.Config;
import org.layerlab.core.io.Keras2JsonWriter;
import org.layerlab.core.io.Keras3JsonWriter;
import org.layerlab.core.io.LayerEntry;
import org.layerlab.core.io.ModelDescription;
import org.layerlab.core.io.ModelFormatException;
import org.layerlab.core.io.ModelReader;
import org.layerlab.core.io.ModelSource;
import org.layerlab.core.io.TensorRef;
import org.layerlab.core.io.TfjsLayersWriter;
import org.layerlab.core.io.WeightArray;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.layer.Weight;
import org.layerlab.core.layer.core.InputLayer;
import org.layerlab.core.shape.Shape;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Writes a model of input layers feeding the layer under test in each exchange format and reads it back
 * through the registry: the layer must come back with the same config, and from TF.js with the same
 * weight values.
 */
final class FileRoundTrips {
    private final ModelReader reader;

    FileRoundTrips(LayerRegistry registry) {
        this.reader = new ModelReader(registry);
    }

    void keras(Layer layer, List<Shape> inputShapes) {
        ModelDescription model = model(layer, inputShapes, false);
        try {
            compare(Check.KERAS_JSON, "Keras 2 JSON", layer, model, reader.readJson("kit_keras2.json",
                    new Keras2JsonWriter().toJson(model, "kit_keras2.json").getBytes(StandardCharsets.UTF_8)));
            compare(Check.KERAS_JSON, "Keras 3 JSON", layer, model, reader.readJson("kit_keras3.json",
                    new Keras3JsonWriter().toJson(model, "kit_keras3.json").getBytes(StandardCharsets.UTF_8)));
        } catch (ModelFormatException e) {
            throw new LayerContractViolation(Check.KERAS_JSON, LayerTestKit.describe(layer) + ": " + e.getMessage(), e);
        }
    }

    void tfjs(Layer layer, List<Shape> inputShapes) {
        ModelDescription model = model(layer, inputShapes, true);
        Path folder = null;
        try {
            folder = Files.createTempDirectory("layer-testkit-tfjs");
            new TfjsLayersWriter().write(model, folder);
            ModelDescription back = reader.read(folder.resolve("model.json"));
            compare(Check.TFJS, "TF.js", layer, model, back);
            List<WeightArray> written = model.weights().getOrDefault(layer.name(), List.of());
            List<WeightArray> read = back.weights().getOrDefault(layer.name(), List.of());
            if (!written.equals(read)) {
                throw new LayerContractViolation(Check.TFJS, LayerTestKit.describe(layer) + ": wrote weights " + written
                        + " but read back " + read);
            }
        } catch (IOException e) {
            throw new LayerContractViolation(Check.TFJS, LayerTestKit.describe(layer) + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(folder);
        }
    }

    private static void compare(Check check, String format, Layer layer, ModelDescription written,
            ModelDescription read) {
        LayerEntry before = written.layer(layer.name()).orElseThrow();
        LayerEntry after = read.layer(layer.name()).orElse(null);
        if (after == null || after.type() != before.type() || !after.config().equals(before.config())) {
            throw new LayerContractViolation(check, LayerTestKit.describe(layer) + ": " + format + " turned " + before.config()
                    + " into " + (after == null ? "nothing" : after.className() + " " + after.config()));
        }
    }

    /** Input layers {@code kit_input_<i>} feeding the layer; for a layer without inputs, the layer alone. */
    private static ModelDescription model(Layer layer, List<Shape> inputShapes, boolean withWeights) {
        List<LayerEntry> layers = new ArrayList<>();
        List<TensorRef> inputs = new ArrayList<>();
        List<TensorRef> inbound = new ArrayList<>();
        if (layer.type().inputCount().max() > 0) {
            for (int i = 0; i < inputShapes.size(); i++) {
                String name = "kit_input_" + i;
                Config config = InputLayer.TYPE.defaultConfig(name).with("batch_shape", inputShapes.get(i).toList());
                layers.add(new LayerEntry(InputLayer.TYPE, config, List.of()));
                inputs.add(TensorRef.of(name));
                inbound.add(TensorRef.of(name));
            }
        } else {
            inputs.add(TensorRef.of(layer.name()));
        }
        layers.add(new LayerEntry(layer.type(), layer.getConfig(), inbound));
        Map<String, List<WeightArray>> weights = new LinkedHashMap<>();
        if (withWeights && !layer.weights().isEmpty()) {
            List<WeightArray> arrays = new ArrayList<>();
            for (Weight w : layer.weights()) {
                arrays.add(new WeightArray(w.name(), w.shape().toArray(), w.value().castTo(DataType.FLOAT).dup('c').data().asFloat()));
            }
            weights.put(layer.name(), arrays);
        }
        return new ModelDescription("layer_test_kit", false, layers, inputs, List.of(TensorRef.of(layer.name())),
                weights, ModelSource.layerLab());
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the kit's temporary folder " + folder, e);
        }
    }
}
