package org.layerlab.core.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.layerlab.core.graph.CanvasPosition;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.NodeId;
import org.layerlab.core.graph.RemovedNode;
import org.layerlab.core.io.LayerEntry;
import org.layerlab.core.io.ModelFragment;
import org.layerlab.core.io.TensorRef;

/**
 * Pastes a copied {@link ModelFragment}: each layer under a free name ({@code dense_3}), its internal
 * wires remade, where it was copied (layers copied without a place are laid out), then all moved together
 * to the nearest {@link OpenPlace}, so that no pasted card covers another. Duplicate is the same with the
 * copy taken from the selection. Undo removes the pasted layers; redo brings back the same nodes.
 */
public final class PasteLayers implements Command {
    private final ModelGraph graph;
    private final ModelFragment fragment;
    private final CardBoxes cards;
    private final String labelKey;
    private final List<NodeId> pasted = new ArrayList<>();
    private final List<RemovedNode> removed = new ArrayList<>();

    /** @param cards where each card lies on the canvas, to find the pasted cards an open place */
    public PasteLayers(ModelGraph graph, ModelFragment fragment, CardBoxes cards) {
        this(graph, fragment, cards, "paste");
    }

    private PasteLayers(ModelGraph graph, ModelFragment fragment, CardBoxes cards, String labelKey) {
        if (fragment.layers().isEmpty()) {
            throw new IllegalArgumentException("nothing to paste");
        }
        this.graph = graph;
        this.fragment = fragment;
        this.cards = cards;
        this.labelKey = labelKey;
    }

    /** Duplicates the selected layers next to themselves. */
    public static PasteLayers duplicate(ModelGraph graph, List<NodeId> selection, CardBoxes cards) {
        return new PasteLayers(graph, LayerClipboard.copy(graph, selection), cards, "duplicate");
    }

    /** The new nodes, in the fragment's order, once executed: the editor selects them. */
    public List<NodeId> pasted() {
        return List.copyOf(pasted);
    }

    @Override
    public void execute() {
        Map<String, NodeId> byOldName = new HashMap<>();
        try {
            for (LayerEntry layer : fragment.layers()) {
                String name = LayerNaming.free(graph, layer.name());
                NodeId id = graph.addNode(layer.className(), layer.config().with("name", name));
                pasted.add(id);
                byOldName.put(layer.name(), id);
                CanvasPosition at = fragment.positions().get(layer.name());
                if (at != null) {
                    graph.move(id, at);
                }
                List<TensorRef> inbound = layer.inbound();
                for (int port = 0; port < inbound.size(); port++) {
                    graph.connect(byOldName.get(inbound.get(port).layer()), id, port);
                }
            }
        } catch (RuntimeException e) {
            undo();
            pasted.clear();
            throw e;
        }
        new LayeredLayout().positionsForUnplaced(graph).forEach((id, p) -> {
            if (pasted.contains(id)) {
                graph.move(id, p);
            }
        });
        OpenPlace.Shift shift = new OpenPlace(graph, cards).forCards(pasted);
        for (NodeId id : pasted) {
            graph.position(id).ifPresent(p -> graph.move(id,
                    new CanvasPosition(p.x() + shift.dx(), p.y() + shift.dy())));
        }
    }

    @Override
    public void undo() {
        removed.clear();
        for (int i = pasted.size() - 1; i >= 0; i--) {
            removed.add(graph.removeNode(pasted.get(i)));
        }
    }

    @Override
    public void redo() {
        for (int i = removed.size() - 1; i >= 0; i--) {
            graph.restoreNode(removed.get(i));
        }
    }

    @Override
    public EditLabel label() {
        List<String> names = !pasted.isEmpty() && graph.contains(pasted.get(0))
                ? pasted.stream().map(id -> graph.node(id).name()).toList()
                : fragment.layers().stream().map(LayerEntry::name).toList();
        return EditLabel.forNodes(labelKey, names);
    }
}
