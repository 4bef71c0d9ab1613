package org.layerlab.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.layerlab.core.config.Config;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.NodeId;
import org.layerlab.core.graph.ShapeInference;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.layer.Weight;
import org.layerlab.core.shape.DType;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;
import org.layerlab.core.tensor.grad.TapeBackend;
import org.layerlab.core.tensor.grad.WeightStore;

/** Models made from graphs: what they compute, which graphs they refuse, and their weights. */
class GraphModelTest {
    private static final double[] X = {0.5, -1.0, 2.0, 0.25, -0.75, 1.5};

    private static double[] forward(GraphModel model, double[] x, int rows) {
        Ops ops = new TapeBackend(new WeightStore()).eager();
        Tensor in = ops.constant(x, new long[] {rows, x.length / rows}, model.inputDtype());
        return ops.values(model.forward(in, CallContext.inference(ops), new ArrayList<>()));
    }

    private static double[] values(GraphModel model, String path) {
        return model.currentWeights().find(path).orElseThrow().values();
    }

    /** {@code x (rows, k) · w (k, n) + b}. */
    private static double[] affine(double[] x, int rows, double[] w, double[] b) {
        int n = b.length;
        int k = w.length / n;
        double[] y = new double[rows * n];
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < n; j++) {
                double s = b[j];
                for (int p = 0; p < k; p++) {
                    s += x[r * k + p] * w[p * n + j];
                }
                y[r * n + j] = s;
            }
        }
        return y;
    }

    @Test
    void computesAChainAsItsLayersDefineIt() {
        GraphModel model = GraphModel.of(Graphs.mlp(2, "tanh", "sigmoid", 3, 1));
        model.initialize(5);
        double[] hidden = affine(X, 3, values(model, "dense/kernel"), values(model, "dense/bias"));
        for (int i = 0; i < hidden.length; i++) {
            hidden[i] = Math.tanh(hidden[i]);
        }
        double[] expected = affine(hidden, 3, values(model, "dense_1/kernel"), values(model, "dense_1/bias"));
        for (int i = 0; i < expected.length; i++) {
            expected[i] = 1 / (1 + Math.exp(-expected[i]));
        }
        assertThat(forward(model, X, 3)).containsExactly(expected, within(1e-6));
        assertThat(model.outputShape()).isEqualTo(Shape.ofDims(Shape.UNKNOWN, 1));
    }

    /** Input feeds two Dense branches that a merge layer adds; nodes are added out of order on purpose. */
    private static ModelGraph branching(String dtype) {
        ModelGraph g = new ModelGraph(Graphs.registry());
        NodeId in = g.addNode("InputLayer", Graphs.input(2).with("dtype", dtype));
        NodeId sum = g.addNode("Sum", Config.builder().put("name", "sum").put("dtype", dtype).build());
        NodeId out = g.addNode("Dense", Graphs.dense(1, "linear").with("name", "out").with("dtype", dtype));
        NodeId a = g.addNode("Dense", Graphs.dense(3, "linear").with("name", "a").with("dtype", dtype));
        NodeId b = g.addNode("Dense", Graphs.dense(3, "tanh").with("name", "b").with("dtype", dtype));
        g.connect(sum, out, 0);
        g.connect(in, a, 0);
        g.connect(in, b, 0);
        g.connect(a, sum, 0);
        g.connect(b, sum, 1);
        return g;
    }

    @Test
    void computesABranchingGraphWithAMergeLayer() {
        GraphModel model = GraphModel.of(branching("float32"));
        model.initialize(6);
        double[] a = affine(X, 3, values(model, "a/kernel"), values(model, "a/bias"));
        double[] b = affine(X, 3, values(model, "b/kernel"), values(model, "b/bias"));
        double[] sum = new double[a.length];
        for (int i = 0; i < sum.length; i++) {
            sum[i] = a[i] + Math.tanh(b[i]);
        }
        double[] expected = affine(sum, 3, values(model, "out/kernel"), values(model, "out/bias"));
        assertThat(forward(model, X, 3)).containsExactly(expected, within(1e-5));
    }

    @Test
    void gradientsFlowThroughBothBranches() {
        GraphModel model = GraphModel.of(branching("float64"));
        model.initialize(7);
        Loss mse = Losses.deserialize("mse");
        GradientCheck.Result r = GradientCheck.check(model.trainableWeights(), ops -> {
            Tensor y = model.forward(ops.constant(X, new long[] {3, 2}, DType.FLOAT64), CallContext.inference(ops),
                    new ArrayList<>());
            return mse.compute(ops.constant(new double[] {1, -1, 0.5}, new long[] {3, 1}, DType.FLOAT64), y, ops);
        }, 1e-6);
        assertThat(model.trainableWeights()).extracting(Weight::path)
                .containsExactly("a/kernel", "a/bias", "b/kernel", "b/bias", "out/kernel", "out/bias");
        assertThat(r.maxRelativeError()).as(r.worst()).isLessThan(1e-6);
    }

    @Test
    void refusesAGraphWithAnErrorNamingTheFirstLayerAtFault() {
        ModelGraph g = Graphs.chain(2, Graphs.link("Dense", Graphs.dense(4, "no_such_activation")),
                Graphs.link("Dense", Graphs.dense(1, "sigmoid")));
        assertThatThrownBy(() -> GraphModel.of(g)).isInstanceOf(UntrainableModelException.class)
                .hasMessageStartingWith("cannot train: ").hasMessageContaining("\"dense\"")
                .hasMessageContaining("no_such_activation").hasMessageNotContaining("\n");
    }

    @Test
    void refusesALayerWithoutInput() {
        ModelGraph g = Graphs.mlp(2, "relu", "sigmoid", 1);
        g.addNode("Dense", Graphs.dense(3, "relu").with("name", "loose"));
        assertThatThrownBy(() -> GraphModel.of(g)).isInstanceOf(UntrainableModelException.class)
                .hasMessage("cannot train: layer \"loose\" has no input: connect a layer to it");
    }

    @Test
    void refusesSeveralOutputsAndAModelWithoutInput() {
        ModelGraph g = new ModelGraph(Graphs.registry());
        NodeId in = g.addNode("InputLayer", Graphs.input(2));
        g.connect(in, g.addNode("Dense", Graphs.dense(1, "linear")), 0);
        g.connect(in, g.addNode("Dense", Graphs.dense(1, "linear")), 0);
        assertThatThrownBy(() -> GraphModel.of(g)).isInstanceOf(UntrainableModelException.class)
                .hasMessageContaining("2 output(s) [dense, dense_1]")
                .hasMessageContaining("training supports one input and one output for now");
        assertThatThrownBy(() -> GraphModel.of(new ModelGraph(Graphs.registry())))
                .isInstanceOf(UntrainableModelException.class).hasMessageContaining("no InputLayer");
    }

    @Test
    void isAFrozenCopyThatLaterEditsDoNotChange() {
        ModelGraph g = Graphs.mlp(2, "relu", "sigmoid", 4, 1);
        GraphModel model = GraphModel.of(g);
        NodeId dense = g.find("dense").orElseThrow().id();
        g.setConfig(dense, Graphs.dense(9, "relu"));
        model.initialize(1);
        assertThat(model.currentWeights().find("dense/kernel").orElseThrow().shape()).isEqualTo(Shape.ofDims(2, 4));
        assertThat(g.node(dense).layer().weights()).noneMatch(Weight::isInitialized);
    }

    @Test
    void initializeMissingKeepsGivenWeightsAndDrawsTheSameForTheOthers() {
        GraphModel fresh = GraphModel.of(Graphs.mlp(2, "relu", "sigmoid", 4, 1));
        fresh.initializeMissing(3);
        GraphModel other = GraphModel.of(Graphs.mlp(2, "relu", "sigmoid", 4, 1));
        other.initialize(99);
        ModelWeights given = other.currentWeights();
        GraphModel reloaded = GraphModel.of(Graphs.mlp(2, "relu", "sigmoid", 4, 1));
        reloaded.load(new ModelWeights(given.weights().subList(0, 2)));
        reloaded.initializeMissing(3);
        ModelWeights result = reloaded.currentWeights();
        assertThat(result.weights().subList(0, 2)).isEqualTo(given.weights().subList(0, 2));
        assertThat(result.weights().subList(2, 4)).isEqualTo(fresh.currentWeights().weights().subList(2, 4));
    }

    @Test
    void trainedWeightsGoBackIntoTheEditedGraphWhereTheyFit() {
        ModelGraph g = Graphs.mlp(2, "tanh", "sigmoid", 4, 1);
        GraphModel model = GraphModel.of(g);
        model.initialize(2);
        ModelWeights trained = model.currentWeights();
        try (ShapeInference inference = new ShapeInference(g)) {
            g.setConfig(g.find("dense_1").orElseThrow().id(), Graphs.dense(2, "sigmoid"));
            List<String> unfit = trained.applyTo(g);
            assertThat(unfit).containsExactly("dense_1/kernel", "dense_1/bias");
            double[] kernel = g.find("dense").orElseThrow().layer().weights().get(0).value().data().asDouble();
            assertThat(kernel).containsExactly(trained.find("dense/kernel").orElseThrow().values());
            assertThat(inference.hasErrors()).isFalse();
        }
    }
}
