package org.layerlab.core.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.layerlab.core.graph.Layers.dense;
import static org.layerlab.core.graph.Layers.dropout;
import static org.layerlab.core.graph.Layers.input;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.layer.Weight;
import org.layerlab.core.shape.DType;
import org.layerlab.core.shape.Shape;

class ShapeInferenceTest {
    private final ModelGraph graph = new ModelGraph(LayerRegistry.withInstalledLayers());

    /** Keras's Dense parameter count: a kernel of inputs x units and a bias of units. */
    private static long denseParams(long inputs, long units) {
        return inputs * units + units;
    }

    private NodeId add(String className, org.layerlab.core.config.Config config, NodeId... inputs) {
        NodeId id = graph.addNode(className, config);
        for (int port = 0; port < inputs.length; port++) {
            graph.connect(inputs[port], id, port);
        }
        return id;
    }

    @Test
    void aChainGetsKerasShapesAndParameterCounts() {
        NodeId in = add("InputLayer", input("in", 784));
        NodeId hidden = add("Dense", dense("hidden", 64), in);
        NodeId drop = add("Dropout", dropout("drop", 0.5), hidden);
        NodeId out = add("Dense", dense("out", 10), drop);
        ShapeInference inference = new ShapeInference(graph);

        assertThat(inference.result(in).outputShape()).isEqualTo(Shape.batchOf(784));
        assertThat(inference.result(hidden).outputShape()).isEqualTo(Shape.batchOf(64));
        assertThat(inference.result(drop).outputShape()).isEqualTo(Shape.batchOf(64));
        assertThat(inference.result(out).outputShape()).isEqualTo(Shape.batchOf(10));
        assertThat(inference.result(out).dtype()).isEqualTo(DType.FLOAT32);
        assertThat(inference.result(hidden).paramCount()).isEqualTo(denseParams(784, 64));
        assertThat(inference.result(drop).paramCount()).isZero();
        assertThat(inference.totals().total()).isEqualTo(denseParams(784, 64) + denseParams(64, 10));
        assertThat(inference.diagnostics()).isEmpty();
        assertThat(inference.hasErrors()).isFalse();
        assertThat(graph.node(hidden).layer().weights()).as("inference knows weight shapes, never values")
                .hasSize(2).noneMatch(Weight::isInitialized);
    }

    @Test
    void editsAreFollowedLive() {
        NodeId in = add("InputLayer", input("in", 8));
        ShapeInference inference = new ShapeInference(graph);

        NodeId d = add("Dense", dense("d", 3), in);
        assertThat(inference.result(d).outputShape()).isEqualTo(Shape.batchOf(3));

        graph.setConfig(in, input("in", 8, 5));
        assertThat(inference.result(d).outputShape()).isEqualTo(Shape.of(null, 8L, 3L));
        assertThat(inference.result(d).paramCount()).isEqualTo(denseParams(5, 3));
    }

    @Test
    void denseOnARankOneInputGetsKerasMinNdimErrorAndItsConsumerWaits() {
        NodeId in = add("InputLayer", input("in"));
        NodeId d = add("Dense", dense("dense", 4), in);
        NodeId after = add("Dropout", dropout("after", 0.1), d);

        ShapeInference inference = new ShapeInference(graph);

        NodeResult r = inference.result(d);
        assertThat(r.hasOutput()).isFalse();
        assertThat(r.diagnostics()).singleElement().satisfies(diag -> {
            assertThat(diag.severity()).isEqualTo(Severity.ERROR);
            assertThat(diag.node()).isEqualTo(d);
            assertThat(diag.message()).isEqualTo("Input 0 of layer \"dense\" is incompatible with the layer: "
                    + "expected min_ndim=2, found ndim=1. Full shape received: (None,)");
        });
        assertThat(inference.result(after).diagnostics()).singleElement()
                .satisfies(diag -> assertThat(diag.severity()).isEqualTo(Severity.INFO))
                .satisfies(diag -> assertThat(diag.message()).contains("\"after\"").contains("\"dense\""));
    }

    @Test
    void aNewInputUnderLayerWithWeightValuesRebuildsItAndWarnsOfReinitialisation() {
        NodeId in = add("InputLayer", input("in", 64));
        NodeId d = add("Dense", dense("dense_1", 10), in);
        ShapeInference inference = new ShapeInference(graph);
        for (Weight w : graph.node(d).layer().weights()) {
            w.initialize(new SplittableRandom(7));
        }

        graph.setConfig(in, input("in", 32));

        NodeResult r = inference.result(d);
        assertThat(r.needsReinitialisation()).isTrue();
        assertThat(r.diagnostics()).singleElement().satisfies(diag -> {
            assertThat(diag.severity()).isEqualTo(Severity.WARNING);
            assertThat(diag.message()).isEqualTo(
                    "weights of \"dense_1\" will be re-initialised: its input changed from (None, 64) to (None, 32)");
        });
        assertThat(r.outputShape()).isEqualTo(Shape.batchOf(10));
        assertThat(r.paramCount()).isEqualTo(denseParams(32, 10));
        assertThat(graph.node(d).layer().builtInputShapes()).containsExactly(Shape.batchOf(32));
        assertThat(graph.node(d).layer().weights()).noneMatch(Weight::isInitialized);
    }

    @Test
    void aNewInputUnderLayerWithoutWeightValuesRebuildsItSilently() {
        NodeId in = add("InputLayer", input("in", 64));
        NodeId d = add("Dense", dense("d", 10), in);
        ShapeInference inference = new ShapeInference(graph);

        graph.setConfig(in, input("in", 32));

        assertThat(inference.result(d).diagnostics()).isEmpty();
        assertThat(inference.result(d).needsReinitialisation()).isFalse();
        assertThat(inference.result(d).paramCount()).isEqualTo(denseParams(32, 10));
    }

    @Test
    void anIncompatibleInputIsReportedAndClearedWhenFixed() {
        NodeId in = add("InputLayer", input("in", 4));
        NodeId other = add("InputLayer", input("other", 4));
        NodeId d = add("Dense", dense("d", 2), in, other);
        ShapeInference inference = new ShapeInference(graph);

        assertThat(inference.result(d).diagnostics()).singleElement()
                .satisfies(diag -> assertThat(diag.message()).contains("\"d\"").contains("2 input tensors"));

        graph.disconnect(new Edge(other, d, 1));
        assertThat(inference.result(d).diagnostics()).isEmpty();
        assertThat(inference.result(d).outputShape()).isEqualTo(Shape.batchOf(2));
    }

    @Test
    void missingInputsAreDiagnosed() {
        NodeId in = add("InputLayer", input("in", 4));
        NodeId alone = add("Dense", dense("alone", 2));
        NodeId gap = add("Dense", dense("gap", 2));
        graph.connect(in, gap, 1);
        NodeId fed = add("InputLayer", input("fed", 4), in);

        ShapeInference inference = new ShapeInference(graph);

        assertThat(inference.result(alone).diagnostics()).singleElement()
                .satisfies(diag -> assertThat(diag.severity()).isEqualTo(Severity.ERROR))
                .satisfies(diag -> assertThat(diag.message()).isEqualTo(
                        "layer \"alone\" has no input: connect a layer to it"));
        assertThat(inference.result(gap).diagnostics()).singleElement()
                .satisfies(diag -> assertThat(diag.message()).isEqualTo("input 0 of layer \"gap\" is not connected"));
        assertThat(inference.result(fed).diagnostics()).singleElement()
                .satisfies(diag -> assertThat(diag.message()).contains("\"fed\" is an InputLayer"));
        assertThat(inference.result(fed).outputShape()).as("an input still gives its shape")
                .isEqualTo(Shape.batchOf(4));
        assertThat(inference.hasErrors()).isTrue();
    }

    @Test
    void closingStopsFollowingTheGraph() {
        NodeId in = add("InputLayer", input("in", 4));
        ShapeInference inference = new ShapeInference(graph);
        List<InferenceUpdate> updates = new ArrayList<>();
        inference.addListener(updates::add);

        inference.close();
        graph.setConfig(in, input("in", 5));

        assertThat(updates).isEmpty();
        assertThat(inference.result(in).outputShape()).isEqualTo(Shape.batchOf(4));
    }
}
