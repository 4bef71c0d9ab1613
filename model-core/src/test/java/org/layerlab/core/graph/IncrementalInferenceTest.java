package org.layerlab.core.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.layerlab.core.graph.Layers.dense;
import static org.layerlab.core.graph.Layers.input;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.shape.Shape;

/** An edit recomputes the edited node and downstream nodes whose input changed, and nothing else. */
class IncrementalInferenceTest {
    private static final int CHAIN = 50;
    private static final int BRANCHES = 20;

    private final ModelGraph graph = new ModelGraph(LayerRegistry.withInstalledLayers());
    private final List<InferenceUpdate> updates = new ArrayList<>();
    private ShapeInference inference;

    @BeforeEach
    void inferAndRecord() {
        inference = new ShapeInference(graph);
        inference.addListener(updates::add);
    }

    private List<NodeId> chainOfDense(NodeId from, int length, String prefix) {
        List<NodeId> chain = new ArrayList<>();
        NodeId previous = from;
        for (int i = 0; i < length; i++) {
            NodeId d = graph.addNode("Dense", dense(prefix + i, 16));
            graph.connect(previous, d, 0);
            chain.add(d);
            previous = d;
        }
        return chain;
    }

    private InferenceUpdate lastUpdate() {
        return updates.get(updates.size() - 1);
    }

    @Test
    void aNewOutputSizeInTheMiddleOfAChainStopsAtTheNextLayer() {
        NodeId in = graph.addNode("InputLayer", input("in", 16));
        List<NodeId> chain = chainOfDense(in, CHAIN, "d");
        NodeId edited = chain.get(CHAIN / 2);

        graph.setConfig(edited, dense("d" + CHAIN / 2, 8));

        assertThat(lastUpdate().recomputed()).containsExactly(edited, chain.get(CHAIN / 2 + 1));
        assertThat(lastUpdate().changed()).containsOnlyKeys(edited, chain.get(CHAIN / 2 + 1));
        assertThat(inference.result(chain.get(CHAIN / 2 + 1)).paramCount()).isEqualTo(8 * 16 + 16);
    }

    @Test
    void anEditThatKeepsTheOutputShapeRecomputesOnlyTheEditedNode() {
        NodeId in = graph.addNode("InputLayer", input("in", 16));
        List<NodeId> chain = chainOfDense(in, CHAIN, "d");
        NodeId edited = chain.get(10);

        graph.setConfig(edited, dense("d10", 16).with("activation", "relu"));

        assertThat(lastUpdate().recomputed()).containsExactly(edited);
    }

    @Test
    void aNewInputShapeRecomputesTheWholeChainInOrder() {
        NodeId in = graph.addNode("InputLayer", input("in", 16));
        List<NodeId> chain = chainOfDense(in, CHAIN, "d");

        graph.setConfig(in, input("in", 4, 16));

        List<NodeId> expected = new ArrayList<>(List.of(in));
        expected.addAll(chain);
        assertThat(lastUpdate().recomputed()).containsExactlyElementsOf(expected);
        assertThat(inference.result(chain.get(CHAIN - 1)).outputShape()).isEqualTo(Shape.of(null, 4L, 16L));
    }

    @Test
    void anEditOnOneBranchOfAWideGraphLeavesTheOtherBranchesAlone() {
        NodeId in = graph.addNode("InputLayer", input("in", 16));
        List<List<NodeId>> branches = new ArrayList<>();
        for (int b = 0; b < BRANCHES; b++) {
            branches.add(chainOfDense(in, 3, "b" + b + "_"));
        }
        List<NodeId> edited = branches.get(7);

        graph.setConfig(edited.get(0), dense("b7_0", 5));

        assertThat(lastUpdate().recomputed()).containsExactly(edited.get(0), edited.get(1));
    }

    @Test
    void connectingAndDisconnectingRecomputeTheTargetAndWhatItFeeds() {
        NodeId in = graph.addNode("InputLayer", input("in", 16));
        List<NodeId> chain = chainOfDense(in, 3, "d");
        NodeId other = graph.addNode("InputLayer", input("other", 8));
        Edge first = graph.inputEdges(chain.get(0)).get(0);

        graph.disconnect(first);
        assertThat(lastUpdate().recomputed()).containsExactlyElementsOf(chain);
        assertThat(inference.result(chain.get(2)).hasOutput()).isFalse();

        graph.connect(other, chain.get(0), 0);
        assertThat(lastUpdate().recomputed()).containsExactlyElementsOf(chain);
        assertThat(lastUpdate().changed()).containsOnlyKeys(chain);
        assertThat(inference.result(chain.get(0)).paramCount()).isEqualTo(8 * 16 + 16);
    }

    @Test
    void removingANodeDropsItsResultAndRecomputesWhatItFed() {
        NodeId in = graph.addNode("InputLayer", input("in", 16));
        List<NodeId> chain = chainOfDense(in, 3, "d");

        graph.removeNode(chain.get(1));

        assertThat(lastUpdate().removed()).containsExactly(chain.get(1));
        assertThat(lastUpdate().recomputed()).containsExactly(chain.get(2));
        assertThat(inference.results()).doesNotContainKey(chain.get(1));
        assertThat(inference.result(chain.get(2)).diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("has no input"));
    }

    @Test
    void renamingANodeRecomputesItAndTheNodesThatNameItInTheirMessages() {
        NodeId in = graph.addNode("InputLayer", input("in"));
        List<NodeId> chain = chainOfDense(in, 3, "d");

        graph.rename(chain.get(0), "first");

        assertThat(lastUpdate().recomputed()).containsExactly(chain.get(0), chain.get(1));
        assertThat(inference.result(chain.get(1)).diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("\"first\""));
    }

    @Test
    void incrementalResultsEqualAFreshInferenceAfterManyEdits() {
        NodeId in = graph.addNode("InputLayer", input("in", 16));
        List<NodeId> chain = chainOfDense(in, 6, "d");
        NodeId side = graph.addNode("Dense", dense("side", 3));
        graph.connect(chain.get(1), side, 0);
        graph.setConfig(chain.get(2), dense("d2", 0));
        graph.setConfig(in, input("in", 9));
        graph.removeNode(chain.get(4));
        graph.connect(side, chain.get(5), 0);
        graph.setConfig(chain.get(2), dense("d2", 7));

        assertThat(inference.results()).isEqualTo(new ShapeInference(graph).results());
    }
}
