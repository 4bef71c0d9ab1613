package org.layerlab.core.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.layerlab.core.config.Config;
import org.layerlab.core.graph.Edge;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.NodeId;
import org.layerlab.core.io.LayerEntry;
import org.layerlab.core.io.ModelDescription;
import org.layerlab.core.io.ModelSource;
import org.layerlab.core.io.TensorRef;
import org.layerlab.core.io.WeightArray;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.layer.ParamSpec;

/**
 * Describes an editable graph for the writers: its layers in topological order with their inbound
 * tensors by port, the {@code InputLayer}s as inputs and the layers nobody reads as outputs.
 */
public final class GraphExport {
    private GraphExport() {
    }

    /**
     * @param weights weight values by layer name in Keras order, or an empty map for an untrained model
     */
    public static ModelDescription describe(ModelGraph graph, String name, Map<String, List<WeightArray>> weights) {
        List<LayerEntry> layers = new ArrayList<>();
        for (NodeId id : graph.topologicalOrder()) {
            var node = graph.node(id);
            List<TensorRef> inbound = new ArrayList<>();
            for (Edge e : graph.inputEdges(id)) {
                inbound.add(TensorRef.of(graph.node(e.from()).name()));
            }
            LayerType type = graph.registry().require(node.className());
            layers.add(new LayerEntry(type, fullConfig(type, node.config()), inbound));
        }
        return new ModelDescription(name, graph.isChain(), layers, refs(graph, graph.inputs()),
                refs(graph, graph.outputs()), weights, ModelSource.layerLab());
    }

    /** Every parameter of the type in the type's order, as the writers expect; those not given take their defaults. */
    private static Config fullConfig(LayerType type, Config given) {
        Config.Builder full = Config.builder();
        for (ParamSpec p : type.allParams()) {
            full.put(p.name(), given.has(p.name()) ? given.get(p.name()) : p.defaultValue());
        }
        return full.build();
    }

    private static List<TensorRef> refs(ModelGraph graph, List<NodeId> ids) {
        return ids.stream().map(id -> TensorRef.of(graph.node(id).name())).toList();
    }
}
