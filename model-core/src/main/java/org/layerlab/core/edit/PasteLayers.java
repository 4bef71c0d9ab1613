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
 * wires remade, each shifted by an offset from where it was copied (layers copied without a place are laid
 * out). Duplicate is the same with the copy taken from the selection. Undo removes the pasted layers; redo
 * brings back the same nodes.
 */
public final class PasteLayers implements Command {
    private final ModelGraph graph;
    private final ModelFragment fragment;
    private final double dx;
    private final double dy;
    private final String labelKey;
    private final List<NodeId> pasted = new ArrayList<>();
    private final List<RemovedNode> removed = new ArrayList<>();

    public PasteLayers(ModelGraph graph, ModelFragment fragment, double dx, double dy) {
        this(graph, fragment, dx, dy, "paste");
    }

    private PasteLayers(ModelGraph graph, ModelFragment fragment, double dx, double dy, String labelKey) {
        if (fragment.layers().isEmpty()) {
            throw new IllegalArgumentException("nothing to paste");
        }
        this.graph = graph;
        this.fragment = fragment;
        this.dx = dx;
        this.dy = dy;
        this.labelKey = labelKey;
    }

    /** Duplicates the selected layers next to themselves. */
    public static PasteLayers duplicate(ModelGraph graph, List<NodeId> selection, double dx, double dy) {
        return new PasteLayers(graph, LayerClipboard.copy(graph, selection), dx, dy, "duplicate");
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
                    graph.move(id, new CanvasPosition(at.x() + dx, at.y() + dy));
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
