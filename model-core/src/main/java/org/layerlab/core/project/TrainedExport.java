package org.layerlab.core.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.layerlab.core.data.FeatureColumn;
import org.layerlab.core.data.Preprocessing;
import org.layerlab.core.data.Standardization;
import org.layerlab.core.io.LayerEntry;
import org.layerlab.core.io.ModelDescription;
import org.layerlab.core.io.Project;
import org.layerlab.core.io.TensorRef;
import org.layerlab.core.io.WeightArray;
import org.layerlab.core.layer.custom.Scale;

/**
 * Makes a trained project's model compute, from raw feature values, what {@code layerlab predict}
 * computes: the standardisation learned in training is folded into the first Dense layer
 * ({@code W' = W / std}, {@code b' = b - mean · W'}), or, when the input does not feed exactly one
 * Dense layer, done by a {@code Scale} layer added after the input ({@code gamma = 1 / std},
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
            if (consumers.size() == 1 && consumers.get(0).className().equals("Dense")) {
                exported = foldIntoDense(model, consumers.get(0), s);
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

    private static ModelDescription foldIntoDense(ModelDescription model, LayerEntry dense, Standardization s) {
        List<WeightArray> arrays = model.weights().get(dense.name());
        WeightArray kernel = arrays.get(0);
        int inputs = (int) kernel.shape()[0];
        int units = (int) kernel.shape()[1];
        boolean hasBias = dense.config().getBoolean("use_bias", true);
        float[] w = new float[inputs * units];
        double[] b = new double[units];
        for (int j = 0; j < units; j++) {
            b[j] = hasBias ? arrays.get(1).value(j) : 0;
        }
        for (int i = 0; i < inputs; i++) {
            for (int j = 0; j < units; j++) {
                double folded = kernel.value(i * units + j) / s.std()[i];
                w[i * units + j] = (float) folded;
                b[j] -= s.mean()[i] * folded;
            }
        }
        float[] bias = new float[units];
        for (int j = 0; j < units; j++) {
            bias[j] = (float) b[j];
        }
        Map<String, List<WeightArray>> weights = new LinkedHashMap<>(model.weights());
        weights.put(dense.name(), List.of(new WeightArray(kernel.name(), kernel.shape(), w),
                new WeightArray("bias", new long[] {units}, bias)));
        List<LayerEntry> layers = new ArrayList<>();
        for (LayerEntry l : model.layers()) {
            layers.add(l == dense ? l.withConfig(l.config().with("use_bias", true)) : l);
        }
        return new ModelDescription(model.name(), model.sequential(), layers, model.inputs(), model.outputs(), weights,
                model.source());
    }

    private static ModelDescription addScale(ModelDescription model, LayerEntry input, Standardization s) {
        String name = freeName(model, "standardize");
        int width = s.width();
        float[] gamma = new float[width];
        float[] beta = new float[width];
        for (int i = 0; i < width; i++) {
            gamma[i] = (float) (1 / s.std()[i]);
            beta[i] = (float) (-s.mean()[i] / s.std()[i]);
        }
        LayerEntry scale = new LayerEntry(Scale.TYPE, Scale.TYPE.defaultConfig(name).with("axis", -1L), List.of(TensorRef.of(input.name())));
        List<LayerEntry> layers = new ArrayList<>();
        layers.add(input);
        layers.add(scale);
        for (LayerEntry l : model.layers().subList(1, model.layers().size())) {
            List<TensorRef> inbound = l.inbound().stream()
                    .map(r -> r.equals(TensorRef.of(input.name())) ? TensorRef.of(name) : r).toList();
            layers.add(l.withInbound(inbound));
        }
        Map<String, List<WeightArray>> weights = new LinkedHashMap<>();
        weights.put(name, List.of(new WeightArray("gamma", new long[] {width}, gamma),
                new WeightArray("beta", new long[] {width}, beta)));
        weights.putAll(model.weights());
        return new ModelDescription(model.name(), model.sequential(), layers, model.inputs(), model.outputs(), weights,
                model.source());
    }

    private static String freeName(ModelDescription model, String base) {
        String name = base;
        for (int i = 1; model.layer(name).isPresent(); i++) {
            name = base + "_" + i;
        }
        return name;
    }
}
