package org.layerlab.core.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.layerlab.core.graph.Layers.dense;
import static org.layerlab.core.graph.Layers.dropout;
import static org.layerlab.core.graph.Layers.input;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.layerlab.core.config.Config;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.layer.UnknownLayerTypeException;
import org.layerlab.core.layer.core.Dense;

class ModelGraphTest {
    private final ModelGraph graph = new ModelGraph(LayerRegistry.withInstalledLayers());

    @Test
    void unnamedNodesGetKerasStyleNamesAndNamedOnesKeepTheirs() {
        NodeId a = graph.addNode("Dense", dense(null, 4));
        NodeId b = graph.addNode("Dense", dense(null, 4));
        NodeId c = graph.addNode("Dense", dense("head", 4));
        NodeId d = graph.addNode("InputLayer", input(null, 3));

        assertThat(List.of(a, b, c, d)).map(id -> graph.node(id).name())
                .containsExactly("dense", "dense_1", "head", "input_layer");
        assertThat(graph.node(a).layer()).isInstanceOf(Dense.class);
        assertThat(graph.node(a).layer().name()).isEqualTo("dense");
    }

    @Test
    void aDuplicateNameIsRefusedAndTheGraphIsUnchanged() {
        graph.addNode("Dense", dense("hidden", 4));
        NodeId other = graph.addNode("Dense", dense("other", 4));

        assertThatThrownBy(() -> graph.addNode("Dropout", dropout("hidden", 0.5)))
                .isInstanceOf(DuplicateNameException.class)
                .hasMessageContaining("\"hidden\"").hasMessageContaining("unique");
        assertThatThrownBy(() -> graph.rename(other, "hidden")).isInstanceOf(DuplicateNameException.class);
        assertThatThrownBy(() -> graph.setConfig(other, dense("hidden", 8))).isInstanceOf(DuplicateNameException.class);
        assertThat(graph.size()).isEqualTo(2);
        assertThat(graph.node(other).name()).isEqualTo("other");
        assertThat(graph.node(other).config().get("units")).isEqualTo(4L);
    }

    @Test
    void renamingFreesTheOldNameAndKeepsTheId() {
        NodeId a = graph.addNode("Dense", dense(null, 4));

        String old = graph.rename(a, "hidden");

        assertThat(old).isEqualTo("dense");
        assertThat(graph.node(a).name()).isEqualTo("hidden");
        assertThat(graph.node(a).layer().name()).isEqualTo("hidden");
        assertThat(graph.find("hidden")).map(GraphNode::id).contains(a);
        assertThat(graph.find("dense")).isEmpty();
        assertThat(graph.node(graph.addNode("Dense", dense(null, 4))).name()).isEqualTo("dense");
    }

    @Test
    void aConnectionThatClosesACycleIsRefused() {
        NodeId a = graph.addNode("Dense", dense("a", 4));
        NodeId b = graph.addNode("Dense", dense("b", 4));
        NodeId c = graph.addNode("Dense", dense("c", 4));
        graph.connect(a, b, 0);
        graph.connect(b, c, 0);

        assertThatThrownBy(() -> graph.connect(c, a, 0))
                .isInstanceOf(CycleException.class)
                .hasMessage("connecting \"c\" to \"a\" would make a cycle: \"a\" already feeds \"c\"");
        assertThatThrownBy(() -> graph.connect(b, b, 1)).isInstanceOf(CycleException.class);
        assertThat(graph.edges()).containsExactly(new Edge(a, b, 0), new Edge(b, c, 0));
    }

    @Test
    void aTakenPortAndAMissingEdgeAreRefused() {
        NodeId in = graph.addNode("InputLayer", input("in", 3));
        NodeId other = graph.addNode("InputLayer", input("other", 3));
        NodeId d = graph.addNode("Dense", dense("d", 4));
        graph.connect(in, d, 0);

        assertThatThrownBy(() -> graph.connect(other, d, 0))
                .isInstanceOf(GraphEditException.class)
                .hasMessage("input 0 of \"d\" is already connected to \"in\"");
        assertThatThrownBy(() -> graph.disconnect(new Edge(other, d, 0))).isInstanceOf(GraphEditException.class);
        assertThatThrownBy(() -> graph.connect(in, new NodeId(99), 0))
                .isInstanceOf(GraphEditException.class).hasMessageContaining("#99");
        assertThatThrownBy(() -> graph.addNode("Dense2", Config.empty())).isInstanceOf(UnknownLayerTypeException.class);
    }

    @Test
    void theTopologicalOrderPutsEveryNodeAfterItsInputs() {
        NodeId head = graph.addNode("Dense", dense("head", 2));
        NodeId left = graph.addNode("Dense", dense("left", 4));
        NodeId in = graph.addNode("InputLayer", input("in", 3));
        NodeId right = graph.addNode("Dense", dense("right", 4));
        graph.connect(left, head, 0);
        graph.connect(right, head, 1);
        graph.connect(in, left, 0);
        graph.connect(in, right, 0);

        List<NodeId> order = graph.topologicalOrder();

        for (Edge e : graph.edges()) {
            assertThat(order.indexOf(e.from())).as(e.toString()).isLessThan(order.indexOf(e.to()));
        }
        assertThat(graph.inputs()).containsExactly(in);
        assertThat(graph.outputs()).containsExactly(head);
        assertThat(graph.isChain()).isFalse();
    }

    @Test
    void onlyASinglePathIsAChain() {
        NodeId in = graph.addNode("InputLayer", input("in", 3));
        NodeId d1 = graph.addNode("Dense", dense("d1", 4));
        NodeId d2 = graph.addNode("Dense", dense("d2", 4));
        graph.connect(in, d1, 0);
        assertThat(graph.isChain()).as("d2 not connected").isFalse();

        Edge last = graph.connect(d1, d2, 0);
        assertThat(graph.isChain()).isTrue();

        graph.disconnect(last);
        graph.connect(in, d2, 0);
        assertThat(graph.isChain()).as("a fork").isFalse();
        assertThat(graph.outputs()).containsExactly(d1, d2);
    }

    @Test
    void removingANodeTakesItsEdgesAndRestoringBringsBackTheSameNodeIdAndOrder() {
        NodeId in = graph.addNode("InputLayer", input("in", 3));
        NodeId mid = graph.addNode("Dense", dense("mid", 4));
        NodeId out = graph.addNode("Dense", dense("out", 2));
        graph.connect(in, mid, 0);
        graph.connect(mid, out, 0);
        List<NodeId> orderBefore = graph.topologicalOrder();
        GraphNode node = graph.node(mid);

        RemovedNode removed = graph.removeNode(mid);

        assertThat(removed.edges()).containsExactlyInAnyOrder(new Edge(in, mid, 0), new Edge(mid, out, 0));
        assertThat(graph.edges()).isEmpty();
        assertThat(graph.contains(mid)).isFalse();
        assertThat(graph.find("mid")).isEmpty();

        graph.restoreNode(removed);

        assertThat(graph.node(mid)).isSameAs(node);
        assertThat(graph.edges()).containsExactly(new Edge(in, mid, 0), new Edge(mid, out, 0));
        assertThat(graph.topologicalOrder()).isEqualTo(orderBefore);
        assertThat(graph.isChain()).isTrue();
        assertThatThrownBy(() -> graph.restoreNode(removed)).isInstanceOf(GraphEditException.class);
    }

    @Test
    void restoringANodeThatWouldCloseACycleIsRefused() {
        NodeId a = graph.addNode("Dense", dense("a", 4));
        NodeId b = graph.addNode("Dense", dense("b", 4));
        NodeId c = graph.addNode("Dense", dense("c", 4));
        graph.connect(a, b, 0);
        graph.connect(b, c, 0);
        RemovedNode removed = graph.removeNode(b);
        graph.connect(c, a, 0);

        assertThatThrownBy(() -> graph.restoreNode(removed)).isInstanceOf(CycleException.class)
                .hasMessageContaining("\"b\"");
        assertThat(graph.contains(b)).isFalse();
    }

    @Test
    void anInvalidConfigMakesANodeWithoutALayerThatStaysEditable() {
        NodeId in = graph.addNode("InputLayer", input("in", 3));
        NodeId d = graph.addNode("Dense", dense("d", 0));

        GraphNode node = graph.node(d);
        assertThat(node.layer()).isNull();
        assertThat(node.problem().field()).isEqualTo("units");
        assertThat(node.problem().message()).contains("\"d\"").contains("units");

        graph.connect(in, d, 0);
        Config before = graph.setConfig(d, dense("d", 5));

        assertThat(before.get("units")).isEqualTo(0L);
        assertThat(graph.node(d).layer()).isInstanceOf(Dense.class);
        assertThat(graph.node(d).problem()).isNull();
    }

    @Test
    void aConfigWithoutANameKeepsTheNodesName() {
        NodeId d = graph.addNode("Dense", dense("hidden", 4));

        graph.setConfig(d, dense(null, 8));

        assertThat(graph.node(d).name()).isEqualTo("hidden");
        assertThat(graph.node(d).config().get("units")).isEqualTo(8L);
    }

    @Test
    void listenersSeeEveryEditAsAnImmutableEvent() {
        List<GraphChange> seen = new ArrayList<>();
        graph.addListener(seen::add);
        NodeId in = graph.addNode("InputLayer", input("in", 3));
        NodeId d = graph.addNode("Dense", dense("d", 4));
        Edge e = graph.connect(in, d, 0);
        graph.rename(d, "hidden");
        graph.disconnect(e);
        graph.connect(in, d, 0);
        graph.removeNode(d);

        assertThat(seen).hasSize(7);
        assertThat(seen.get(0)).isInstanceOfSatisfying(GraphChange.NodeAdded.class,
                c -> assertThat(c.node().name()).isEqualTo("in"));
        assertThat(seen.get(2)).isEqualTo(new GraphChange.Connected(e));
        assertThat(seen.get(3)).isInstanceOfSatisfying(GraphChange.ConfigChanged.class, c -> {
            assertThat(c.renamed()).isTrue();
            assertThat(c.before().name()).isEqualTo("d");
            assertThat(c.after().name()).isEqualTo("hidden");
        });
        assertThat(seen.get(4)).isEqualTo(new GraphChange.Disconnected(e));
        assertThat(seen.get(6)).isInstanceOfSatisfying(GraphChange.NodeRemoved.class, c -> {
            assertThat(c.edges()).containsExactly(e);
            assertThatThrownBy(() -> c.edges().clear()).isInstanceOf(UnsupportedOperationException.class);
        });
    }

    @Test
    void aGraphMadeFromASnapshotIsAnIndependentEqualCopy() {
        NodeId in = graph.addNode("InputLayer", input("in", 3));
        NodeId d = graph.addNode("Dense", dense(null, 4));
        graph.connect(in, d, 0);

        GraphSnapshot snapshot = graph.snapshot();
        ModelGraph copy = ModelGraph.fromSnapshot(snapshot, graph.registry());
        NodeId added = copy.addNode("Dense", dense(null, 2));
        assertThat(copy.node(added).name()).as("the copy knows the names in use").isEqualTo("dense_1");
        assertThat(added.value()).as("new ids never reuse old ones").isGreaterThan(d.value());
        copy.rename(d, "renamed");
        copy.removeNode(in);

        assertThat(graph.node(d).name()).isEqualTo("dense");
        assertThat(graph.edges()).containsExactly(new Edge(in, d, 0));
        assertThat(ModelGraph.fromSnapshot(snapshot, graph.registry()).snapshot()).isEqualTo(snapshot);
        assertThat(copy.node(d).layer()).isNotSameAs(graph.node(d).layer());
        assertThat(graph.size()).isEqualTo(2);
    }
}
