package org.layerlab.core.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.layerlab.core.graph.Layers.dense;
import static org.layerlab.core.graph.Layers.input;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.layerlab.core.graph.CanvasPosition;
import org.layerlab.core.graph.Edge;
import org.layerlab.core.graph.GraphNode;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.NodeId;
import org.layerlab.core.io.ModelFragment;
import org.layerlab.core.layer.LayerRegistry;

/** New layers (pasted, duplicated, dropped on a wire) never land on another layer's card. */
class NewCardsFindRoomTest {
    private final ModelGraph graph = new ModelGraph(LayerRegistry.withInstalledLayers());
    private final CommandStack stack = new CommandStack(graph);
    private final CardBoxes cards = new FixedCards(graph);

    private NodeId layer(String name, double x, double y) {
        NodeId id = graph.addNode("Dense", dense(name, 4));
        graph.move(id, new CanvasPosition(x, y));
        return id;
    }

    /** Pairs of layers whose cards overlap or nearly touch. */
    private List<String> crowded() {
        List<GraphNode> nodes = List.copyOf(graph.nodes());
        List<String> pairs = new java.util.ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                if (cards.of(nodes.get(i).id()).crowds(cards.of(nodes.get(j).id()))) {
                    pairs.add(nodes.get(i).name() + " and " + nodes.get(j).name());
                }
            }
        }
        return pairs;
    }

    @Test
    void aDuplicatedChainGoesOneRowBelowThenTheNextDuplicateFurtherDown() {
        NodeId a = layer("a", 40, 40);
        NodeId b = layer("b", 340, 40);
        graph.connect(a, b, 0);

        PasteLayers first = PasteLayers.duplicate(graph, List.of(a, b), cards);
        stack.execute(first);
        PasteLayers second = PasteLayers.duplicate(graph, List.of(a, b), cards);
        stack.execute(second);

        assertThat(graph.position(first.pasted().get(0))).contains(new CanvasPosition(40, 40 + OpenPlace.ROW));
        assertThat(graph.position(second.pasted().get(1))).contains(new CanvasPosition(340, 40 + 2 * OpenPlace.ROW));
        assertThat(crowded()).isEmpty();
    }

    @Test
    void pastingTwiceGivesTwoPlacesThatCoverNothing() {
        NodeId a = layer("a", 40, 40);
        NodeId b = layer("b", 340, 40);
        layer("below_a", 40, 160);
        graph.connect(a, b, 0);
        ModelFragment copy = LayerClipboard.copy(graph, List.of(a, b));

        PasteLayers first = new PasteLayers(graph, copy, cards);
        stack.execute(first);
        PasteLayers second = new PasteLayers(graph, copy, cards);
        stack.execute(second);

        assertThat(graph.position(first.pasted().get(0))).isNotEqualTo(graph.position(second.pasted().get(0)));
        assertThat(crowded()).isEmpty();
        stack.undo();
        stack.undo();
        assertThat(graph.size()).isEqualTo(3);
    }

    @Test
    void whenEveryRowBelowIsTakenTheCopyGoesRight() {
        NodeId a = layer("a", 40, 40);
        for (int row = 1; row <= 3; row++) {
            layer("row" + row, 40, 40 + row * OpenPlace.ROW);
        }

        PasteLayers dup = PasteLayers.duplicate(graph, List.of(a), cards);
        stack.execute(dup);

        assertThat(graph.position(dup.pasted().get(0))).contains(new CanvasPosition(40 + OpenPlace.COLUMN, 40));
        assertThat(crowded()).isEmpty();
    }

    @Test
    void aLayerDroppedOnAShortWirePushesTheTargetAndWhatFollowsRightAndOneUndoPutsAllBack() {
        NodeId in = graph.addNode("InputLayer", input("in", 4));
        graph.move(in, new CanvasPosition(40, 40));
        NodeId out = layer("out", 260, 40);
        NodeId after = layer("after", 560, 40);
        NodeId aside = layer("aside", 260, 300);
        NodeId behind = layer("behind", 0, 400);
        Edge wire = graph.connect(in, out, 0);
        graph.connect(out, after, 0);
        graph.connect(out, behind, 0);
        Map<NodeId, CanvasPosition> before = Map.copyOf(graph.positions());

        InsertOnWire insert = new InsertOnWire(graph, wire, "Dense", dense("hidden", 8), new CanvasPosition(150, 40),
                cards);
        stack.execute(insert);

        assertThat(crowded()).isEmpty();
        double pushed = graph.position(out).orElseThrow().x() - 260;
        assertThat(pushed).isPositive();
        assertThat(pushed % MakeRoom.STEP).isZero();
        assertThat(graph.position(after)).contains(new CanvasPosition(560 + pushed, 40));
        assertThat(graph.position(aside)).as("not downstream").contains(new CanvasPosition(260, 300));
        assertThat(graph.position(behind)).as("downstream but left of the target").contains(new CanvasPosition(0, 400));
        assertThat(graph.inputEdges(out)).containsExactly(new Edge(insert.node(), out, 0));

        stack.undo();
        assertThat(graph.positions()).isEqualTo(before);
        assertThat(graph.inputEdges(out)).containsExactly(wire);
        stack.redo();
        assertThat(crowded()).isEmpty();
        assertThat(graph.position(after)).contains(new CanvasPosition(560 + pushed, 40));
    }

    @Test
    void aLayerDroppedOnALongWireMovesNothing() {
        NodeId in = graph.addNode("InputLayer", input("in", 4));
        graph.move(in, new CanvasPosition(40, 40));
        NodeId out = layer("out", 740, 40);
        Edge wire = graph.connect(in, out, 0);

        stack.execute(new InsertOnWire(graph, wire, "Dense", dense("hidden", 8), new CanvasPosition(380, 40), cards));

        assertThat(graph.position(out)).contains(new CanvasPosition(740, 40));
        assertThat(graph.position(graph.find("hidden").orElseThrow().id())).contains(new CanvasPosition(380, 40));
    }

    @Test
    void aLayerAlreadyOnTheCanvasWiredInBetweenTwoCloseLayersGetsRoomTooInOneUndo() {
        NodeId in = graph.addNode("InputLayer", input("in", 4));
        graph.move(in, new CanvasPosition(40, 40));
        NodeId out = layer("out", 260, 40);
        NodeId loose = layer("loose", 40, 400);
        Edge wire = graph.connect(in, out, 0);
        Map<NodeId, CanvasPosition> before = Map.copyOf(graph.positions());

        stack.execute(new CompositeCommand(EditLabel.of("insert", "loose", "in", "out"), List.of(
                MoveLayers.to(graph, Map.of(loose, new CanvasPosition(160, 40))), new DisconnectLayers(graph, wire),
                new ConnectLayers(graph, in, loose, 0), new ConnectLayers(graph, loose, out, 0),
                new MakeRoom(graph, cards, loose, wire))));

        assertThat(crowded()).isEmpty();
        assertThat(graph.position(out).orElseThrow().x()).isGreaterThan(260);
        stack.undo();
        assertThat(graph.positions()).isEqualTo(before);
    }
}
