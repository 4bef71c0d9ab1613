package org.layerlab.core.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.layerlab.core.data.FeatureColumn;
import org.layerlab.core.data.Preprocessing;
import org.layerlab.core.data.Standardization;
import org.layerlab.core.io.LayerEntry;
import org.layerlab.core.io.ModelDescription;
import org.layerlab.core.io.Project;
import org.layerlab.core.io.TensorRef;
import org.layerlab.core.io.WeightArray;
import org.layerlab.core.layer.DeclaredWeight;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.layer.StandardizationFold;
import org.layerlab.core.layer.Weight;
import org.layerlab.core.layer.custom.Scale;
import org.layerlab.core.shape.Shape;

/**
 * Makes a trained project's model compute, from raw feature values, what {@code layerlab predict}
 * computes: the standardisation learned in training is folded into the layer the input feeds when its
 * type can take it into its weights (Dense: {@code W' = W / std}, {@code b' = b - mean · W'}), or, when
 * the input does not feed exactly one such layer, done by a {@code Scale} layer added after the input ({@code gamma = 1 / std},
 * {@code beta = -mean / std}). Category encoding cannot be a layer (the raw values are strings), so
 * then the result asks for the preprocessing to be written beside the export.
 */
public final class TrainedExport {
    /** What preparing the export did, or could not do; the caller words it for the user. */
    public sealed interface Note {
        /** The standardisation of {@code features} inputs now lives in Dense layer {@code layer}'s weights. */
        record Folded(String layer, int features) implements Note {
        }

        /**
         * A {@code Scale} layer named {@code layer} standardises the raw inputs; a TF.js or Keras client
         * must register the custom class {@code Scale} to load the export.
         */
        record ScaleAdded(String layer) implements Note {
        }

        /** These columns are one-hot encoded before the model, which a layer cannot do with text. */
        record EncodedOutside(List<String> columns) implements Note {
        }

        /** The standardisation stays outside the model, for {@code reason}. */
        record StandardizationOutside(Reason reason) implements Note {
        }
    }

    /** Why the standardisation cannot go into the exported model. */
    public enum Reason {
        NO_TRAINED_WEIGHTS,
        NOT_ONE_INPUT,
        INPUT_NOT_FLAT
    }

    /**
     * @param model the model to export
     * @param notes what was done or could not be done
     * @param outside the preprocessing a client must still apply to raw values before the model, to be
     *     written beside the export: the category encoding, and the standardisation when it is not in the
     *     model; empty when the model takes raw values
     */
    public record Result(ModelDescription model, List<Note> notes, Optional<Preprocessing> outside) {
        public Result {
            notes = List.copyOf(notes);
        }
    }

    private TrainedExport() {
    }

    public static Result prepare(Project project) {
        ModelDescription model = project.model();
        if (project.preprocessing().isEmpty()) {
            return new Result(model, List.of(), Optional.empty());
        }
        Preprocessing pre = project.preprocessing().get();
        List<Note> notes = new ArrayList<>();
        List<String> categorical = pre.columns().stream()
                .filter(c -> c instanceof FeatureColumn.Categorical).map(FeatureColumn::name).toList();
        if (!categorical.isEmpty()) {
            notes.add(new Note.EncodedOutside(categorical));
        }
        Standardization s = pre.standardization();
        Optional<Reason> refusal = s.isIdentity() ? Optional.empty() : whyNot(model, s.width());
        if (refusal.isPresent()) {
            notes.add(new Note.StandardizationOutside(refusal.get()));
            return new Result(model, notes, Optional.of(pre));
        }
        ModelDescription exported = model;
        if (!s.isIdentity()) {
            LayerEntry input = model.layers().get(0);
            List<LayerEntry> consumers = consumers(model, input.name());
            if (consumers.size() == 1 && consumers.get(0).type().standardizationFold().isPresent()) {
                exported = foldInto(model, consumers.get(0), s);
                notes.add(new Note.Folded(consumers.get(0).name(), s.width()));
            } else {
                exported = addScale(model, input, s);
                notes.add(new Note.ScaleAdded(exported.layers().get(1).name()));
            }
        }
        Optional<Preprocessing> outside = categorical.isEmpty() ? Optional.empty()
                : Optional.of(pre.withStandardization(Standardization.identity(s.width())));
        return new Result(exported, notes, outside);
    }

    private static Optional<Reason> whyNot(ModelDescription model, int width) {
        if (!model.hasWeights()) {
            return Optional.of(Reason.NO_TRAINED_WEIGHTS);
        }
        if (model.inputs().size() != 1 || model.layers().isEmpty() || !model.layers().get(0).isInputLayer()) {
            return Optional.of(Reason.NOT_ONE_INPUT);
        }
        List<Object> batchShape = model.layers().get(0).config().getList("batch_shape");
        if (batchShape.size() != 2 || !Long.valueOf(width).equals(batchShape.get(1))) {
            return Optional.of(Reason.INPUT_NOT_FLAT);
        }
        return Optional.empty();
    }

    private static List<LayerEntry> consumers(ModelDescription model, String layer) {
        return model.layers().stream().filter(l -> l.inbound().contains(TensorRef.of(layer))).toList();
    }

    /** The model with the standardisation taken into {@code layer}'s config and weights by its type. */
    private static ModelDescription foldInto(ModelDescription model, LayerEntry layer, Standardization s) {
        List<float[]> values = model.weights().get(layer.name()).stream().map(WeightArray::values).toList();
        StandardizationFold.Folded folded = layer.type().standardizationFold().orElseThrow()
                .fold(layer.config(), values, s.mean(), s.std());
        List<DeclaredWeight> declared = layer.type().declaredWeights(folded.config(), List.of(Shape.batchOf(s.width())));
        List<WeightArray> arrays = new ArrayList<>();
        for (int i = 0; i < declared.size(); i++) {
            arrays.add(new WeightArray(declared.get(i).name(), declared.get(i).shape().toArray(), folded.weights().get(i)));
        }
        Map<String, List<WeightArray>> weights = new LinkedHashMap<>(model.weights());
        weights.put(layer.name(), arrays);
        List<LayerEntry> layers = new ArrayList<>();
        for (LayerEntry l : model.layers()) {
            layers.add(l == layer ? l.withConfig(folded.config()) : l);
        }
        return new ModelDescription(model.name(), model.sequential(), layers, model.inputs(), model.outputs(), weights,
                model.source());
    }

    /** The model with a Scale layer after the input that starts as the identity and takes the standardisation. */
    private static ModelDescription addScale(ModelDescription model, LayerEntry input, Standardization s) {
        String name = freeName(model, "standardize");
        LayerEntry scale = new LayerEntry(Scale.TYPE, Scale.TYPE.defaultConfig(name), List.of(TensorRef.of(input.name())));
        List<LayerEntry> layers = new ArrayList<>();
        layers.add(input);
        layers.add(scale);
        for (LayerEntry l : model.layers().subList(1, model.layers().size())) {
            List<TensorRef> inbound = l.inbound().stream()
                    .map(r -> r.equals(TensorRef.of(input.name())) ? TensorRef.of(name) : r).toList();
            layers.add(l.withInbound(inbound));
        }
        Map<String, List<WeightArray>> weights = new LinkedHashMap<>();
        weights.put(name, initialWeights(scale, s.width()));
        weights.putAll(model.weights());
        return foldInto(new ModelDescription(model.name(), model.sequential(), layers, model.inputs(), model.outputs(),
                weights, model.source()), scale, s);
    }

    /** A new layer's weights as its initializers make them, for inputs of {@code width} features. */
    private static List<WeightArray> initialWeights(LayerEntry entry, int width) {
        Layer layer = entry.type().factory().apply(entry.config());
        layer.ensureBuilt(List.of(Shape.batchOf(width)), List.of(layer.dtype()));
        List<WeightArray> arrays = new ArrayList<>();
        for (Weight w : layer.weights()) {
            double[] values = w.initializer().generate(w.shape().toArray(), w.dtype(), new SplittableRandom(0));
            float[] floats = new float[values.length];
            for (int i = 0; i < values.length; i++) {
                floats[i] = (float) values[i];
            }
            arrays.add(new WeightArray(w.name(), w.shape().toArray(), floats));
        }
        return arrays;
    }

    private static String freeName(ModelDescription model, String base) {
        String name = base;
        for (int i = 1; model.layer(name).isPresent(); i++) {
            name = base + "_" + i;
        }
        return name;
    }
}
