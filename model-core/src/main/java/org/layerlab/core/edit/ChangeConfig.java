package org.layerlab.core.edit;

import java.util.List;
import org.layerlab.core.config.Config;
import org.layerlab.core.graph.ConfigEdit;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.NodeId;

/**
 * Changes a layer's parameters (a rename included). Trained weights whose shapes the change keeps stay
 * (see {@link ModelGraph#editConfig}); those it cannot keep are listed in {@link #droppedWeights()} so the
 * editor can tell the user. Undo puts the earlier layer instance back with its weights; redo puts back the
 * instance the edit made.
 */
public final class ChangeConfig implements Command {
    private final ModelGraph graph;
    private final NodeId node;
    private final Config config;
    private final EditLabel label;
    private ConfigEdit edit;

    /** @param config the whole new config; without a name the node keeps its name */
    public ChangeConfig(ModelGraph graph, NodeId node, Config config) {
        this(graph, node, config, EditLabel.of("change", graph.node(node).name()));
    }

    ChangeConfig(ModelGraph graph, NodeId node, Config config, EditLabel label) {
        this.graph = graph;
        this.node = node;
        this.config = config;
        this.label = label;
    }

    /** Changes one parameter of the node's current config. */
    public static ChangeConfig setting(ModelGraph graph, NodeId node, String param, Object value) {
        return new ChangeConfig(graph, node, graph.node(node).config().with(param, value),
                EditLabel.of("change.param", graph.node(node).name(), param));
    }

    /**
     * The trained weights the edit reset, one line each naming the layer and why ("weights of "dense_2"
     * (kernel) were reset because its shape changed from (4, 8) to (4, 16)"); empty when all were kept.
     */
    public List<String> droppedWeights() {
        return edit == null ? List.of() : edit.droppedWeights();
    }

    @Override
    public void execute() {
        edit = graph.editConfig(node, config);
    }

    @Override
    public void undo() {
        graph.reinstate(edit.before());
    }

    @Override
    public void redo() {
        graph.reinstate(edit.after());
    }

    @Override
    public EditLabel label() {
        return label;
    }
}
