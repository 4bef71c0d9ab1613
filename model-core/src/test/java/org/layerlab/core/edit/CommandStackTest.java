package org.layerlab.core.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.layerlab.core.graph.Layers.dense;
import static org.layerlab.core.graph.Layers.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.layerlab.core.graph.CanvasPosition;
import org.layerlab.core.graph.CycleException;
import org.layerlab.core.graph.Edge;
import org.layerlab.core.graph.GraphListenerException;
import org.layerlab.core.graph.GraphSnapshot;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.NodeId;
import org.layerlab.core.graph.ShapeInference;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.shape.Shape;

class CommandStackTest {
    private final ModelGraph graph = new ModelGraph(LayerRegistry.withInstalledLayers());
    private final CommandStack stack = new CommandStack(graph);

    private NodeId add(String className, org.layerlab.core.config.Config config, double x) {
        AddLayer add = new AddLayer(graph, className, config, new CanvasPosition(x, 10));
        stack.execute(add);
        return add.node();
    }

    @Test
    void undoingEveryEditGivesBackTheEmptyModelAndRedoingGivesBackTheSameOne() {
        NodeId in = add("InputLayer", input("in", 4), 0);
        NodeId hidden = add("Dense", dense(null, 8), 200);
        stack.execute(new ConnectLayers(graph, in, hidden, 0));
        stack.execute(new MoveLayers(graph, Map.of(hidden, new CanvasPosition(200, 10)),
                Map.of(hidden, new CanvasPosition(300, 50))));
        stack.execute(ChangeConfig.setting(graph, hidden, "units", 16L));
        GraphSnapshot done = graph.snapshot();

        while (stack.undo()) {
            // back to the start
        }
        assertThat(graph.size()).isZero();
        while (stack.redo()) {
            // forward to the end
        }

        assertThat(graph.snapshot()).isEqualTo(done);
        assertThat(graph.node(hidden).name()).isEqualTo("dense");
        assertThat(graph.position(hidden)).contains(new CanvasPosition(300, 50));
    }

    @Test
    void shapesDownstreamFollowAParameterChangeAndItsUndo() {
        NodeId in = add("InputLayer", input("in", 4), 0);
        NodeId a = add("Dense", dense("a", 8), 1);
        NodeId b = add("Dense", dense("b", 3), 2);
        stack.execute(new ConnectLayers(graph, in, a, 0));
        stack.execute(new ConnectLayers(graph, a, b, 0));
        try (ShapeInference inference = new ShapeInference(graph)) {
            stack.execute(ChangeConfig.setting(graph, a, "units", 32L));
            assertThat(inference.result(b).trainableParams()).isEqualTo(32 * 3 + 3);
            stack.undo();
            assertThat(inference.result(a).outputShape()).isEqualTo(Shape.of(null, 8L));
            assertThat(inference.result(b).trainableParams()).isEqualTo(8 * 3 + 3);
        }
    }

    @Test
    void deletingConnectedLayersAndUndoingBringsBackWiresAndPositions() {
        NodeId in = add("InputLayer", input("in", 4), 0);
        NodeId a = add("Dense", dense("a", 8), 100);
        NodeId b = add("Dense", dense("b", 3), 200);
        stack.execute(new ConnectLayers(graph, in, a, 0));
        stack.execute(new ConnectLayers(graph, a, b, 0));
        GraphSnapshot before = graph.snapshot();

        stack.execute(new DeleteLayers(graph, List.of(a, b)));
        assertThat(graph.size()).isEqualTo(1);
        assertThat(stack.undoLabel().orElseThrow().text(Locale.ENGLISH)).isEqualTo("Delete 2 layers");
        stack.undo();

        assertThat(graph.snapshot()).isEqualTo(before);
    }

    @Test
    void aDeleteThatCannotBeDoneWhollyChangesNothing() {
        NodeId a = add("Dense", dense("a", 8), 0);
        NodeId b = add("Dense", dense("b", 8), 1);
        stack.execute(new ConnectLayers(graph, a, b, 0));
        DeleteLayers delete = new DeleteLayers(graph, List.of(a, b));
        graph.removeNode(b);
        GraphSnapshot before = graph.snapshot();

        assertThatThrownBy(() -> stack.execute(delete)).hasMessageContaining("no node");

        assertThat(graph.snapshot()).isEqualTo(before);
    }

    @Test
    void aRefusedEditIsNotKeptAndChangesNothing() {
        NodeId a = add("Dense", dense("a", 8), 0);
        NodeId b = add("Dense", dense("b", 8), 1);
        stack.execute(new ConnectLayers(graph, a, b, 0));
        long revision = stack.revision();

        assertThatThrownBy(() -> stack.execute(new ConnectLayers(graph, b, a, 0))).isInstanceOf(CycleException.class);

        assertThat(stack.revision()).isEqualTo(revision);
        assertThat(stack.undoLabel().orElseThrow().text(Locale.ENGLISH)).isEqualTo("Connect a to b");
        assertThat(graph.edges()).containsExactly(new Edge(a, b, 0));
    }

    @Test
    void aCompositeUndoesItsPartsInReverse() {
        List<String> log = new ArrayList<>();
        Command first = new Recorded("first", log);
        Command second = new Recorded("second", log);
        stack.execute(new CompositeCommand(EditLabel.of("layout"), List.of(first, second)));
        stack.undo();
        stack.redo();

        assertThat(log).containsExactly("do first", "do second", "undo second", "undo first", "redo first",
                "redo second");
    }

    @Test
    void aCompositeWhosePartFailsUndoesTheDoneParts() {
        NodeId a = add("Dense", dense("a", 8), 0);
        NodeId b = add("Dense", dense("b", 8), 1);
        int before = stack.undoCount();
        Command wire = new ConnectLayers(graph, a, b, 0);
        Command cycle = new ConnectLayers(graph, b, a, 0);

        assertThatThrownBy(() -> stack.execute(new CompositeCommand(EditLabel.of("layout"), List.of(wire, cycle))))
                .isInstanceOf(CycleException.class);

        assertThat(graph.edges()).isEmpty();
        assertThat(stack.undoCount()).isEqualTo(before);
    }

    @Test
    void theHistoryIsCappedOldestFirst() {
        CommandStack small = new CommandStack(graph, 3);
        for (int i = 0; i < 5; i++) {
            small.execute(new AddLayer(graph, "Dense", dense(null, 2), null));
        }
        int undone = 0;
        while (small.undo()) {
            undone++;
        }

        assertThat(undone).isEqualTo(3);
        assertThat(graph.size()).isEqualTo(2);
        assertThat(graph.nodes()).map(n -> n.name()).containsExactly("dense", "dense_1");
    }

    @Test
    void theRevisionTellsWhetherTheModelDiffersFromTheSavedOne() {
        assertThat(stack.isDirty()).isFalse();
        NodeId a = add("Dense", dense("a", 8), 0);
        assertThat(stack.isDirty()).isTrue();
        stack.markSaved();
        assertThat(stack.isDirty()).isFalse();

        stack.execute(new RenameLayer(graph, a, "hidden"));
        assertThat(stack.isDirty()).isTrue();
        stack.undo();
        assertThat(stack.isDirty()).as("undone back to the saved state").isFalse();
        stack.redo();
        assertThat(stack.isDirty()).isTrue();
        stack.undo();
        stack.undo();
        assertThat(stack.isDirty()).isTrue();
        stack.execute(new AddLayer(graph, "Dense", dense("a", 8), null));
        assertThat(stack.isDirty()).as("the saved state can no longer be reached").isTrue();
    }

    @Test
    void labelsNameTheEditInTheUsersLanguage() {
        NodeId a = add("Dense", dense("dense_2", 8), 0);
        stack.execute(MoveLayers.to(graph, Map.of(a, new CanvasPosition(5, 5))));

        assertThat(stack.undoLabel().orElseThrow().text(Locale.ENGLISH)).isEqualTo("Move dense_2");
        assertThat(stack.undoLabel().orElseThrow().text(Locale.SIMPLIFIED_CHINESE)).isEqualTo("移动 dense_2");
        stack.undo();
        assertThat(stack.redoLabel().orElseThrow().text(Locale.ENGLISH)).isEqualTo("Move dense_2");
        assertThat(stack.undoLabel().orElseThrow().text(Locale.ENGLISH)).isEqualTo("Add dense_2");
    }

    @Test
    void aCommandThatUsesTheStackWhileRunningIsRefused() {
        Command nested = new Command() {
            @Override
            public void execute() {
                stack.execute(new AddLayer(graph, "Dense", dense(null, 2), null));
            }

            @Override
            public void undo() {
            }

            @Override
            public EditLabel label() {
                return EditLabel.of("layout");
            }
        };

        assertThatThrownBy(() -> stack.execute(nested)).isInstanceOf(NestedCommandException.class)
                .hasMessageContaining("Lay out the model");
        assertThat(graph.size()).isZero();
        assertThat(stack.canUndo()).isFalse();
    }

    @Test
    void aParameterChangeIsNamedByItsParameter() {
        NodeId a = add("Dense", dense("dense_2", 8), 0);
        stack.execute(ChangeConfig.setting(graph, a, "units", 16L));

        assertThat(stack.undoLabel().orElseThrow().text(Locale.ENGLISH)).isEqualTo("Change units of dense_2");
        assertThat(stack.undoLabel().orElseThrow().text(Locale.SIMPLIFIED_CHINESE)).isEqualTo("修改 dense_2 的 units");
    }

    @Test
    void anEditWhoseListenerFailsIsStillUndoable() {
        graph.addListener(change -> {
            throw new IllegalStateException("view broke");
        });

        assertThatThrownBy(() -> add("Dense", dense("a", 8), 0)).isInstanceOf(GraphListenerException.class);

        assertThat(graph.size()).isEqualTo(1);
        assertThat(stack.canUndo()).isTrue();
        assertThatThrownBy(stack::undo).isInstanceOf(GraphListenerException.class);
        assertThat(graph.size()).isZero();
        assertThat(stack.canRedo()).isTrue();
    }

    @Test
    void listenersHearOfEveryChangeOfTheStack() {
        List<Long> revisions = new ArrayList<>();
        stack.addListener(s -> revisions.add(s.revision()));
        add("Dense", dense("a", 8), 0);
        stack.undo();
        stack.redo();

        assertThat(revisions).containsExactly(1L, 0L, 1L);
    }

    /** A command that writes what it does. */
    private record Recorded(String name, List<String> log) implements Command {
        @Override
        public void execute() {
            log.add("do " + name);
        }

        @Override
        public void undo() {
            log.add("undo " + name);
        }

        @Override
        public void redo() {
            log.add("redo " + name);
        }

        @Override
        public EditLabel label() {
            return EditLabel.of("layout");
        }
    }
}
