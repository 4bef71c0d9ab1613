package org.layerlab.core.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.layerlab.core.function.Regularizer;
import org.layerlab.core.graph.Diagnostic;
import org.layerlab.core.graph.Edge;
import org.layerlab.core.graph.GraphNode;
import org.layerlab.core.graph.GraphSnapshot;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.NodeId;
import org.layerlab.core.graph.NodeResult;
import org.layerlab.core.graph.Severity;
import org.layerlab.core.graph.ShapeInference;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.layer.Weight;
import org.layerlab.core.layer.core.InputLayer;
import org.layerlab.core.shape.DType;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.Tensor;

/**
 * A trainable model made from a frozen copy of a {@link ModelGraph}: any acyclic graph, each node
 * computed after its inputs, which a node takes in port order (so merge layers fit in). The copy
 * has its own layers and weights, so the user can keep editing the graph while this trains.
 * For now a model has exactly one input and one output.
 */
public final class GraphModel implements ForwardModel {
    /** A node to compute: its layer and the positions, in {@link #steps} order, of its inputs by port. */
    private record Step(NodeId id, Layer layer, int[] inputs) {
    }

    private final ModelGraph graph;
    private final InputLayer input;
    private final List<Step> steps;
    private final Shape outputShape;
    private final long activationsPerSample;

    private GraphModel(ModelGraph graph, InputLayer input, List<Step> steps, Shape outputShape,
            long activationsPerSample) {
        this.graph = graph;
        this.input = input;
        this.steps = steps;
        this.outputShape = outputShape;
        this.activationsPerSample = activationsPerSample;
    }

    /** A model from a frozen copy of {@code graph}'s current structure. */
    public static GraphModel of(ModelGraph graph) {
        return of(graph.snapshot(), graph.registry());
    }

    /**
     * A model from a snapshot, with new layers whose weights have no values yet.
     *
     * @throws UntrainableModelException naming the first layer with an error, or when the model has
     *     not exactly one input and one output
     */
    public static GraphModel of(GraphSnapshot snapshot, LayerRegistry registry) {
        ModelGraph copy = ModelGraph.fromSnapshot(snapshot, registry);
        Map<NodeId, NodeResult> results;
        try (ShapeInference inference = new ShapeInference(copy)) {
            results = inference.results();
        }
        for (NodeResult r : results.values()) {
            for (Diagnostic d : r.diagnostics()) {
                if (d.severity() == Severity.ERROR) {
                    throw new UntrainableModelException("cannot train: " + naming(copy.node(d.node()), d.message()));
                }
            }
        }
        List<NodeId> inputs = copy.inputs();
        List<NodeId> outputs = copy.outputs();
        if (inputs.isEmpty()) {
            throw new UntrainableModelException("cannot train: the model has no InputLayer; add one to feed the data in");
        }
        if (inputs.size() > 1 || outputs.size() > 1) {
            throw new UntrainableModelException("cannot train: the model has " + inputs.size() + " input(s) "
                    + names(copy, inputs) + " and " + outputs.size() + " output(s) " + names(copy, outputs)
                    + "; training supports one input and one output for now");
        }
        Map<NodeId, Integer> position = new HashMap<>();
        List<Step> steps = new ArrayList<>();
        long activations = 0;
        for (NodeId id : copy.topologicalOrder()) {
            List<Edge> in = copy.inputEdges(id);
            int[] from = new int[in.size()];
            for (int port = 0; port < from.length; port++) {
                from[port] = position.get(in.get(port).from());
            }
            position.put(id, steps.size());
            steps.add(new Step(id, copy.node(id).layer(), from));
            activations += perSample(results.get(id).outputShape());
        }
        InputLayer input = (InputLayer) copy.node(inputs.get(0)).layer();
        return new GraphModel(copy, input, List.copyOf(steps), results.get(outputs.get(0)).outputShape(), activations);
    }

    private static String naming(GraphNode node, String message) {
        String quoted = "\"" + node.name() + "\"";
        return message.contains(quoted) ? message : "layer " + quoted + " (" + node.className() + "): " + message;
    }

    private static String names(ModelGraph graph, List<NodeId> ids) {
        return ids.stream().map(id -> graph.node(id).name()).toList().toString();
    }

    /** Values per sample of a shape; unknown sizes other than the batch count as 1. */
    private static long perSample(Shape shape) {
        long n = 1;
        for (int axis = 1; axis < shape.rank(); axis++) {
            n *= Math.max(1, shape.dim(axis));
        }
        return n;
    }

    @Override
    public Tensor forward(Tensor features, CallContext context, List<Tensor> penalties) {
        Tensor[] values = new Tensor[steps.size()];
        for (int i = 0; i < values.length; i++) {
            Step step = steps.get(i);
            if (step.layer() == input) {
                values[i] = features;
                continue;
            }
            List<Tensor> inputs = new ArrayList<>(step.inputs().length);
            for (int from : step.inputs()) {
                inputs.add(values[from]);
            }
            values[i] = step.layer().apply(inputs, context);
            Regularizer activity = step.layer().activityRegularizer();
            if (activity != null) {
                penalties.add(activity.penalty(values[i], context.ops()));
            }
        }
        return values[values.length - 1];
    }

    @Override
    public DType inputDtype() {
        return input.dtype();
    }

    /** The input's batch shape, as its InputLayer declares it. */
    public Shape inputShape() {
        return input.batchShape();
    }

    /** The output shape shape inference found. */
    public Shape outputShape() {
        return outputShape;
    }

    /** The number of values all layers' outputs (the input's included) hold for one sample. */
    public long activationsPerSample() {
        return activationsPerSample;
    }

    @Override
    public List<Weight> trainableWeights() {
        List<Weight> all = new ArrayList<>();
        for (Step s : steps) {
            all.addAll(s.layer().trainableWeights());
        }
        return all;
    }

    /** Every weight, trainable or not, in topological order of the layers. */
    public List<Weight> weights() {
        List<Weight> all = new ArrayList<>();
        for (Step s : steps) {
            all.addAll(s.layer().weights());
        }
        return all;
    }

    /** The number of weight values. */
    public long countParams() {
        long n = 0;
        for (Step s : steps) {
            n += s.layer().countParams();
        }
        return n;
    }

    /**
     * Gives every weight without values its starting values. Each weight draws from its own
     * generator, split in weight order from one seeded with {@code seed}, so a weight's values do
     * not depend on which others already had values.
     *
     * @throws MemoryBudgetException before allocating anything, when the values to make are more than
     *     {@link SessionOptions#DEFAULT_MAX_PARAMETERS}
     */
    public void initializeMissing(long seed) {
        initializeMissing(seed, SessionOptions.DEFAULT_MAX_PARAMETERS);
    }

    /** As {@link #initializeMissing(long)}, within the budget a training session was given. */
    void initializeMissing(long seed, long maxParameters) {
        requireWithinBudget(weights().stream().filter(w -> !w.isInitialized()).mapToLong(Weight::size).sum(),
                maxParameters);
        SplittableRandom rng = new SplittableRandom(seed);
        for (Weight w : weights()) {
            SplittableRandom own = rng.split();
            if (!w.isInitialized()) {
                w.initialize(own);
            }
        }
    }

    /**
     * Gives every weight new starting values drawn from {@code seed}, as {@link #initializeMissing} does.
     *
     * @throws MemoryBudgetException before allocating anything, when the model has more parameters than
     *     {@link SessionOptions#DEFAULT_MAX_PARAMETERS}
     */
    public void initialize(long seed) {
        requireWithinBudget(countParams(), SessionOptions.DEFAULT_MAX_PARAMETERS);
        SplittableRandom rng = new SplittableRandom(seed);
        for (Weight w : weights()) {
            w.initialize(rng.split());
        }
    }

    /** The parameter budget guards allocation: a model over it opens and validates, but gets no values here. */
    private static void requireWithinBudget(long values, long maxParameters) {
        if (values > maxParameters) {
            throw new MemoryBudgetException(String.format(Locale.ROOT, "initialising the weights would allocate %,d"
                    + " parameters, over the budget of %,d; the model can be edited and exported, but not trained"
                    + " or run here", values, maxParameters));
        }
    }

    /** Copies of the current values of every weight that has values. */
    public ModelWeights currentWeights() {
        return capture(w -> w.isInitialized() ? WeightValues.read(w.value()) : null);
    }

    /** Copies of the values {@code read} gives for each weight; weights it gives {@code null} for are left out. */
    ModelWeights capture(Function<Weight, double[]> read) {
        List<WeightValues> all = new ArrayList<>();
        for (Step s : steps) {
            for (Weight w : s.layer().weights()) {
                double[] values = read.apply(w);
                if (values != null) {
                    all.add(new WeightValues(s.id(), w, values));
                }
            }
        }
        return new ModelWeights(all);
    }

    /**
     * Takes the values of {@code weights} that fit: same node, weight name and shape.
     *
     * @return the paths of the given weights that did not fit
     */
    public List<String> load(ModelWeights weights) {
        return weights.applyTo(graph);
    }
}
