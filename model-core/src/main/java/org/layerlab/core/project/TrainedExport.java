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
    /**
     * @param model the model to export
     * @param notes one line each on what was done or could not be done
     * @param preprocessingBeside whether the export needs the preprocessing parameters written beside it
     */
    public record Result(ModelDescription model, List<String> notes, boolean preprocessingBeside) {
        public Result {
            notes = List.copyOf(notes);
        }
    }

    private TrainedExport() {
    }

    public static Result prepare(Project project) {
        ModelDescription model = project.model();
        Optional<Preprocessing> pre = project.preprocessing();
        if (pre.isEmpty()) {
            return new Result(model, List.of(), false);
        }
        List<String> notes = new ArrayList<>();
        boolean beside = false;
        List<String> categorical = pre.get().columns().stream()
                .filter(c -> c instanceof FeatureColumn.Categorical).map(FeatureColumn::name).toList();
        if (!categorical.isEmpty()) {
            notes.add("columns " + String.join(", ", categorical) + " are one-hot encoded before the model; the export "
                    + "takes encoded values, so the encoding is written beside it");
            beside = true;
        }
        Standardization s = pre.get().standardization();
        if (s.isIdentity()) {
            return new Result(model, notes, beside);
        }
        Optional<String> refusal = whyNot(model, s.width());
        if (refusal.isPresent()) {
            notes.add("the standardisation cannot be put in the export (" + refusal.get()
                    + "); it is written beside it");
            return new Result(model, notes, true);
        }
        LayerEntry input = model.layers().get(0);
        List<LayerEntry> consumers = consumers(model, input.name());
        if (consumers.size() == 1 && consumers.get(0).className().equals("Dense")) {
            notes.add("folded the standardisation of " + s.width() + " features into Dense layer \""
                    + consumers.get(0).name() + "\": the export takes raw values");
            return new Result(foldIntoDense(model, consumers.get(0), s), notes, beside);
        }
        ModelDescription scaled = addScale(model, input, s);
        notes.add("added Scale layer \"" + scaled.layers().get(1).name() + "\" after the input to standardise raw values");
        return new Result(scaled, notes, beside);
    }

    private static Optional<String> whyNot(ModelDescription model, int width) {
        if (!model.hasWeights()) {
            return Optional.of("the model has no trained weights");
        }
        if (model.inputs().size() != 1 || model.layers().isEmpty() || !model.layers().get(0).isInputLayer()) {
            return Optional.of("the model does not have exactly one input");
        }
        List<Object> batchShape = model.layers().get(0).config().getList("batch_shape");
        if (batchShape.size() != 2 || !Long.valueOf(width).equals(batchShape.get(1))) {
            return Optional.of("the input shape " + batchShape + " is not (None, " + width + ")");
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
            layers.add(l == dense ? new LayerEntry(l.className(), l.config().with("use_bias", true), l.inbound()) : l);
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
        LayerEntry scale = new LayerEntry("Scale", Scale.TYPE.defaultConfig(name).with("axis", -1L), List.of(TensorRef.of(input.name())));
        List<LayerEntry> layers = new ArrayList<>();
        layers.add(input);
        layers.add(scale);
        for (LayerEntry l : model.layers().subList(1, model.layers().size())) {
            List<TensorRef> inbound = l.inbound().stream()
                    .map(r -> r.equals(TensorRef.of(input.name())) ? TensorRef.of(name) : r).toList();
            layers.add(new LayerEntry(l.className(), l.config(), inbound));
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
