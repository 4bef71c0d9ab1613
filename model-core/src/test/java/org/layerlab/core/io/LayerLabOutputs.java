package org.layerlab.core.io;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.layerlab.core.graph.GraphNode;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.ShapeInference;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.layer.Weight;
import org.layerlab.core.project.GraphImport;
import org.layerlab.core.project.KerasWeights;
import org.layerlab.core.train.GraphModel;
import org.layerlab.core.train.Predictor;

/**
 * What LayerLab itself says about a model with weights, to compare with TensorFlow.js: the parameter count
 * and output shapes from shape inference, the {@code layer/name} paths of all weights and of the trainable
 * ones, and each output's predictions from LayerLab's forward pass.
 */
record LayerLabOutputs(long paramCount, List<List<Long>> outputShapes, List<String> weightPaths,
        List<String> trainablePaths, List<double[][]> predictions) {

    private static final ParameterBudget BUDGET = new ParameterBudget(50_000_000);

    static LayerLabOutputs of(ModelDescription model, double[][] rows) throws ModelFormatException {
        return of(model, rows, LayerRegistry.withInstalledLayers());
    }

    /** What LayerLab computes for a model whose layer types {@code registry} knows (a plugin's, say). */
    static LayerLabOutputs of(ModelDescription model, double[][] rows, LayerRegistry registry)
            throws ModelFormatException {
        ModelGraph graph = GraphImport.toGraph(model.name(), model, registry, BUDGET);
        List<List<Long>> shapes = new ArrayList<>();
        long params;
        try (ShapeInference inference = new ShapeInference(graph)) {
            params = inference.totals().total();
            for (TensorRef out : model.outputs()) {
                shapes.add(inference.result(graph.find(out.layer()).orElseThrow().id()).outputShape().toList());
            }
        }
        List<String> paths = new ArrayList<>();
        List<String> trainable = new ArrayList<>();
        for (GraphNode node : graph.nodes()) {
            node.layer().weights().stream().map(Weight::path).forEach(paths::add);
            node.layer().trainableWeights().stream().map(Weight::path).forEach(trainable::add);
        }
        List<double[][]> predictions = new ArrayList<>();
        for (TensorRef out : model.outputs()) {
            predictions.add(predict(upTo(model, out), rows, registry));
        }
        return new LayerLabOutputs(params, shapes, paths, trainable, predictions);
    }

    /** LayerLab's forward pass computes one output, so each output is computed by the layers it depends on. */
    private static double[][] predict(ModelDescription model, double[][] rows, LayerRegistry registry)
            throws ModelFormatException {
        GraphModel graphModel = GraphModel.of(GraphImport.toGraph(model.name(), model, registry, BUDGET));
        KerasWeights.load(graphModel, model.weights(), model.name());
        return new Predictor(graphModel).predict(rows);
    }

    /** The part of {@code model} that {@code output} depends on, with those layers' weights. */
    private static ModelDescription upTo(ModelDescription model, TensorRef output) {
        Set<String> needed = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(output.layer()));
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (needed.add(name)) {
                model.layer(name).orElseThrow().inbound().forEach(ref -> pending.push(ref.layer()));
            }
        }
        Map<String, List<WeightArray>> weights = new LinkedHashMap<>(model.weights());
        weights.keySet().retainAll(needed);
        return new ModelDescription(model.name(), false,
                model.layers().stream().filter(l -> needed.contains(l.name())).toList(),
                model.inputs().stream().filter(r -> needed.contains(r.layer())).toList(), List.of(output), weights,
                model.source());
    }
}
