package org.layerlab.core.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.layerlab.core.graph.Layers.dense;
import static org.layerlab.core.graph.Layers.input;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.layerlab.core.graph.CanvasPosition;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.NodeId;
import org.layerlab.core.layer.LayerRegistry;

class LayeredLayoutTest {
    private final ModelGraph graph = new ModelGraph(LayerRegistry.withInstalledLayers());
    private final LayeredLayout layout = new LayeredLayout(200, 100);

    @Test
    void layersGoLeftToRightOneColumnPerDepth() {
        NodeId in = graph.addNode("InputLayer", input("in", 4));
        NodeId a = graph.addNode("Dense", dense("a", 8));
        NodeId b = graph.addNode("Dense", dense("b", 8));
        NodeId skip = graph.addNode("Dense", dense("skip", 8));
        graph.connect(in, a, 0);
        graph.connect(a, b, 0);
        graph.connect(in, skip, 0);

        Map<NodeId, CanvasPosition> p = layout.positionsForUnplaced(graph);

        assertThat(p.get(in).x()).isLessThan(p.get(a).x());
        assertThat(p.get(a).x()).isLessThan(p.get(b).x());
        assertThat(p.get(skip).x()).isEqualTo(p.get(a).x());
        assertThat(p.get(skip).y()).isNotEqualTo(p.get(a).y());
    }

    @Test
    void rowsFollowTheirInputsSoParallelBranchesDoNotCross() {
        NodeId in1 = graph.addNode("InputLayer", input("in1", 4));
        NodeId in2 = graph.addNode("InputLayer", input("in2", 4));
        // Added in the crossing order: the second input's consumer first.
        NodeId fromSecond = graph.addNode("Dense", dense("from_second", 8));
        NodeId fromFirst = graph.addNode("Dense", dense("from_first", 8));
        graph.connect(in2, fromSecond, 0);
        graph.connect(in1, fromFirst, 0);

        Map<NodeId, CanvasPosition> p = layout.positionsForUnplaced(graph);

        assertThat(Double.compare(p.get(in1).y(), p.get(in2).y()))
                .isEqualTo(Double.compare(p.get(fromFirst).y(), p.get(fromSecond).y()));
    }

    @Test
    void placedNodesAreNeverMovedAndKeepTheirSpotFree() {
        NodeId in = graph.addNode("InputLayer", input("in", 4));
        NodeId a = graph.addNode("Dense", dense("a", 8));
        NodeId b = graph.addNode("Dense", dense("b", 8));
        graph.connect(in, a, 0);
        graph.connect(in, b, 0);
        Map<NodeId, CanvasPosition> first = layout.positionsForUnplaced(graph);
        graph.move(a, first.get(a));
        graph.move(in, new CanvasPosition(500, 500));

        Map<NodeId, CanvasPosition> second = layout.positionsForUnplaced(graph);

        assertThat(second).containsOnlyKeys(b);
        assertThat(Math.abs(second.get(b).y() - first.get(a).y())).isGreaterThanOrEqualTo(100);
    }

    @Test
    void layingOutEverythingIgnoresThePlacesAndCentresEachColumn() {
        NodeId in = graph.addNode("InputLayer", input("in", 4));
        NodeId a = graph.addNode("Dense", dense("a", 8));
        NodeId b = graph.addNode("Dense", dense("b", 8));
        NodeId out = graph.addNode("Dense", dense("out", 8));
        graph.connect(in, a, 0);
        graph.connect(in, b, 0);
        graph.connect(a, out, 0);
        graph.move(in, new CanvasPosition(900, 700));
        graph.move(a, new CanvasPosition(-300, 20));

        Map<NodeId, CanvasPosition> p = layout.positionsForAll(graph);

        assertThat(p).containsOnlyKeys(in, a, b, out);
        assertThat(p.get(in).x()).isLessThan(p.get(a).x());
        assertThat(p.get(a).x()).isEqualTo(p.get(b).x()).isLessThan(p.get(out).x());
        assertThat(Math.abs(p.get(a).y() - p.get(b).y())).isEqualTo(100);
        // One-node columns sit half-way between the two branches.
        assertThat(p.get(in).y()).isEqualTo((p.get(a).y() + p.get(b).y()) / 2);
        assertThat(graph.position(in)).contains(new CanvasPosition(900, 700));
    }
}
