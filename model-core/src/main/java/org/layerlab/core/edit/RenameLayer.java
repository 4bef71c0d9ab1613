package org.layerlab.core.edit;

import org.layerlab.core.graph.GraphEditException;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.NodeId;

/**
 * Renames a layer; its trained weights, wires and canvas position stay with it. A name another layer has
 * is refused ({@link org.layerlab.core.graph.DuplicateNameException}); {@code LayerNaming} suggests free ones.
 */
public final class RenameLayer implements Command {
    private final ChangeConfig change;

    public RenameLayer(ModelGraph graph, NodeId node, String newName) {
        String old = graph.node(node).name();
        if (newName == null || newName.isBlank()) {
            throw new GraphEditException("layer \"" + old + "\" cannot be renamed to a blank name");
        }
        this.change = new ChangeConfig(graph, node, graph.node(node).config().with("name", newName),
                EditLabel.of("rename", old, newName));
    }

    @Override
    public void execute() {
        change.execute();
    }

    @Override
    public void undo() {
        change.undo();
    }

    @Override
    public void redo() {
        change.redo();
    }

    @Override
    public EditLabel label() {
        return change.label();
    }
}
