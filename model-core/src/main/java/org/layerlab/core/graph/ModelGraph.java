package org.layerlab.core.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.layerlab.core.config.Config;
import org.layerlab.core.graph.GraphSnapshot.NodeSpec;
import org.layerlab.core.layer.LayerNames;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.layer.core.InputLayer;
import org.layerlab.core.shape.DType;

/**
 * A model as a directed acyclic graph of layer nodes. Every edit is one small method whose effect an
 * undo command can reverse exactly (each returns what the reverse edit needs), and every edit is
 * reported to the listeners as an immutable {@link GraphChange}. Cycles and duplicate layer names are
 * refused; an invalid config is not: the node then has no layer and shape inference reports why.
 *
 * <p>Canvas positions belong to the nodes: {@link #move} places a node, a removed node takes its
 * position with it and a restored one brings it back.
 *
 * <p>Listeners are told in order, shape inference first; a listener that throws neither keeps the others
 * from being told nor leaves inference stale: the failures are rethrown together after all were told,
 * as a {@link GraphListenerException}, and the edit stands.
 *
 * <p>Not thread-safe: edit and read it on one thread, and give other threads a {@link #snapshot()}.
 */
public final class ModelGraph {
    private final LayerRegistry registry;
    private final LayerNames names = new LayerNames();
    private final TreeMap<NodeId, GraphNode> nodes = new TreeMap<>();
    private final Map<String, NodeId> byName = new HashMap<>();
    private final Topology topology = new Topology();
    private final Map<NodeId, CanvasPosition> positions = new HashMap<>();
    private final GraphListeners listeners = new GraphListeners();
    private long nextId = 1;

    public ModelGraph(LayerRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** An independent graph with the snapshot's ids, configs and edges, and new layers. */
    public static ModelGraph fromSnapshot(GraphSnapshot snapshot, LayerRegistry registry) {
        ModelGraph g = new ModelGraph(registry);
        for (GraphSnapshot.NodeSpec spec : snapshot.nodes()) {
            g.insert(GraphNode.create(registry, spec.id(), spec.className(), spec.config()));
        }
        for (Edge e : snapshot.edges()) {
            g.connect(e.from(), e.to(), e.port());
        }
        g.positions.putAll(snapshot.positions());
        return g;
    }

    public LayerRegistry registry() {
        return registry;
    }

    public void addListener(GraphListener listener) {
        listeners.add(listener);
    }

    public void removeListener(GraphListener listener) {
        listeners.remove(listener);
    }

    /**
     * Runs several edits, for example one command's, so that a failing listener cannot cut them in half:
     * its failure is thrown as a {@link GraphListenerException} only after the last edit.
     */
    public void deferringListenerFailures(Runnable edits) {
        listeners.deferringFailures(edits);
    }

    /** For {@link ShapeInference}: told before every other listener, so its results are never stale. */
    void addInferenceListener(GraphListener listener) {
        listeners.addInference(listener);
    }

    /**
     * Adds an unconnected node. A config without a name gets the next free Keras-style name
     * ({@code dense}, {@code dense_1}, ...).
     *
     * @throws org.layerlab.core.layer.UnknownLayerTypeException when the class is not registered
     * @throws DuplicateNameException when the config names a layer that exists
     */
    public NodeId addNode(String className, Config config) {
        LayerType type = registry.require(className);
        String name = nameIn(config);
        if (name == null) {
            name = names.next(type.namePrefix());
        } else if (names.isTaken(name)) {
            throw new DuplicateNameException(name);
        }
        GraphNode node = GraphNode.create(registry, new NodeId(nextId), className, config.with("name", name));
        insert(node);
        fire(new GraphChange.NodeAdded(NodeSpec.of(node), List.of(), null));
        return node.id();
    }

    /** Removes a node and its edges; {@link #restoreNode} with the result undoes it. */
    public RemovedNode removeNode(NodeId id) {
        GraphNode node = require(id);
        List<Edge> edges = new ArrayList<>(topology.inputs(id));
        edges.addAll(topology.outputs(id));
        List<NodeId> consumers = new ArrayList<>();
        for (Edge e : edges) {
            topology.disconnectQuietly(e);
            if (e.from().equals(id)) {
                consumers.add(e.to());
            }
        }
        topology.removeNode(id);
        nodes.remove(id);
        byName.remove(node.name());
        names.release(node.name());
        topology.relevel(consumers);
        RemovedNode removed = new RemovedNode(node, edges, positions.remove(id));
        fire(new GraphChange.NodeRemoved(NodeSpec.of(node), edges));
        return removed;
    }

    /** Puts a removed node back under its id, with its layer and its edges. */
    public void restoreNode(RemovedNode removed) {
        checkRestorable(removed);
        GraphNode node = removed.node();
        insert(node);
        List<NodeId> touched = new ArrayList<>(List.of(node.id()));
        for (Edge e : removed.edges()) {
            topology.connectQuietly(e);
            if (e.from().equals(node.id())) {
                touched.add(e.to());
            }
        }
        topology.relevel(touched);
        if (removed.position() != null) {
            positions.put(node.id(), removed.position());
        }
        fire(new GraphChange.NodeAdded(NodeSpec.of(node), removed.edges(), removed.position()));
    }

    /** Edits since the removal may have taken the id, the name, a port, or made a path that closes a cycle. */
    private void checkRestorable(RemovedNode removed) {
        GraphNode node = removed.node();
        NodeId id = node.id();
        if (nodes.containsKey(id)) {
            throw new GraphEditException("node " + id + " is already in the graph");
        }
        if (names.isTaken(node.name())) {
            throw new DuplicateNameException(node.name());
        }
        for (Edge e : removed.edges()) {
            require(e.from().equals(id) ? e.to() : e.from());
            if (e.from().equals(id) && topology.inputAt(e.to(), e.port()) != null) {
                throw portTaken(e.to(), e.port());
            }
        }
        for (Edge in : removed.edges()) {
            for (Edge out : removed.edges()) {
                if (in.to().equals(id) && out.from().equals(id) && topology.reaches(out.to(), in.from())) {
                    throw new CycleException("restoring \"" + node.name() + "\" would make a cycle through \""
                            + nodes.get(out.to()).name() + "\"");
                }
            }
        }
    }

    /**
     * Feeds the output of {@code from} into input {@code port} of {@code to}.
     *
     * @throws CycleException when {@code to} already feeds {@code from}
     * @throws GraphEditException when the port is taken or a node is unknown
     */
    public Edge connect(NodeId from, NodeId to, int port) {
        GraphNode source = require(from);
        GraphNode target = require(to);
        Edge edge = new Edge(from, to, port);
        if (topology.inputAt(to, port) != null) {
            throw portTaken(to, port);
        }
        if (from.equals(to) || topology.reaches(to, from)) {
            throw new CycleException("connecting \"" + source.name() + "\" to \"" + target.name()
                    + "\" would make a cycle: \"" + target.name() + "\" already feeds \"" + source.name() + "\"");
        }
        topology.connect(edge);
        fire(new GraphChange.Connected(edge));
        return edge;
    }

    public void disconnect(Edge edge) {
        if (!topology.contains(edge)) {
            throw new GraphEditException("there is no edge " + edge + " to disconnect");
        }
        topology.disconnect(edge);
        fire(new GraphChange.Disconnected(edge));
    }

    /**
     * Replaces a node's config and so its layer; a config without a name keeps the node's name. Trained
     * weights survive where the new layer still has them: see {@link #editConfig}.
     *
     * @return the previous config
     * @throws DuplicateNameException when the config renames the node to a name in use
     */
    public Config setConfig(NodeId id, Config config) {
        return editConfig(id, config).before().config();
    }

    /**
     * Replaces a node's config and so its layer; a config without a name keeps the node's name.
     *
     * <p>Which trained weights survive: the new layer is built for the input shapes the old one had, and
     * each trained weight whose name, shape and dtype it still has keeps its values (a rename, another
     * activation, dropout rate, initializer or regularizer); every other trained weight is reset, and the
     * result and the {@link GraphChange.ConfigChanged} event name each one and why ("units" of a Dense
     * changes its kernel's shape). {@link #reinstate} with {@link ConfigEdit#before()} undoes the edit
     * exactly, the earlier layer instance and its weights included.
     *
     * @throws DuplicateNameException when the config renames the node to a name in use
     */
    public ConfigEdit editConfig(NodeId id, Config config) {
        GraphNode before = require(id);
        String name = nameIn(config);
        if (name == null) {
            name = before.name();
        }
        GraphNode after = GraphNode.create(registry, id, before.className(), config.with("name", name));
        List<String> dropped = replace(before, after, inputDtypes(id));
        return new ConfigEdit(before, after, dropped);
    }

    /**
     * Puts an earlier instance of a node back under its id, layer and weights as they are; for undo and
     * redo of {@link #editConfig}.
     *
     * @throws DuplicateNameException when its name is now used by another node
     */
    public void reinstate(GraphNode node) {
        replace(require(node.id()), node, null);
    }

    /** @param inputDtypes for carrying weights over to a new layer, or {@code null} for an instance as it is */
    private List<String> replace(GraphNode before, GraphNode after, List<DType> inputDtypes) {
        NodeId id = before.id();
        String name = after.name();
        if (!name.equals(before.name())) {
            if (!names.reserve(name)) {
                throw new DuplicateNameException(name);
            }
            names.release(before.name());
            byName.remove(before.name());
            byName.put(name, id);
        }
        List<String> dropped = inputDtypes == null ? List.of() : WeightCarry.carry(before, after, inputDtypes);
        nodes.put(id, after);
        fire(new GraphChange.ConfigChanged(NodeSpec.of(before), NodeSpec.of(after), dropped));
        return dropped;
    }

    /** The dtypes flowing into a node, as its layer was built for them. */
    private List<DType> inputDtypes(NodeId id) {
        List<DType> dtypes = new ArrayList<>();
        for (Edge e : topology.inputs(id)) {
            GraphNode source = nodes.get(e.from());
            dtypes.add(source.layer() == null ? DType.FLOAT32 : source.layer().dtype());
        }
        return dtypes;
    }

    /**
     * Places a node on the canvas, or clears its place with {@code null}.
     *
     * @return its previous position, or {@code null} when it had none
     */
    public CanvasPosition move(NodeId id, CanvasPosition to) {
        require(id);
        CanvasPosition from = to == null ? positions.remove(id) : positions.put(id, to);
        fire(new GraphChange.Moved(id, from, to));
        return from;
    }

    public Optional<CanvasPosition> position(NodeId id) {
        require(id);
        return Optional.ofNullable(positions.get(id));
    }

    /** The positions of the nodes that have one. */
    public Map<NodeId, CanvasPosition> positions() {
        return Collections.unmodifiableMap(positions);
    }

    /** Renames a node; returns the old name, for undo. */
    public String rename(NodeId id, String newName) {
        GraphNode node = require(id);
        if (newName == null || newName.isBlank()) {
            throw new GraphEditException("layer \"" + node.name() + "\" cannot be renamed to a blank name");
        }
        setConfig(id, node.config().with("name", newName));
        return node.name();
    }

    /** @throws GraphEditException when there is no such node */
    public GraphNode node(NodeId id) {
        return require(id);
    }

    public Optional<GraphNode> find(String name) {
        NodeId id = byName.get(name);
        return id == null ? Optional.empty() : Optional.of(nodes.get(id));
    }

    public boolean contains(NodeId id) {
        return nodes.containsKey(id);
    }

    public int size() {
        return nodes.size();
    }

    /** All nodes in the order they were added. */
    public Collection<GraphNode> nodes() {
        return Collections.unmodifiableCollection(nodes.values());
    }

    /** All edges, grouped by target node, each group by port. */
    public List<Edge> edges() {
        List<Edge> all = new ArrayList<>(topology.edgeCount());
        for (NodeId id : nodes.keySet()) {
            all.addAll(topology.inputs(id));
        }
        return all;
    }

    /** The edges into a node, by port. */
    public List<Edge> inputEdges(NodeId id) {
        require(id);
        return topology.inputs(id);
    }

    /** The edges out of a node. */
    public List<Edge> outputEdges(NodeId id) {
        require(id);
        return topology.outputs(id);
    }

    /** The {@code InputLayer} nodes, where data enters, in topological order. */
    public List<NodeId> inputs() {
        return topologicalOrder().stream()
                .filter(id -> nodes.get(id).className().equals(InputLayer.TYPE.className())).toList();
    }

    /** The nodes nothing reads from, in topological order. */
    public List<NodeId> outputs() {
        return topologicalOrder().stream().filter(id -> topology.outputCount(id) == 0).toList();
    }

    /** Every node after all of its inputs; the same structure always gives the same order. */
    public List<NodeId> topologicalOrder() {
        return topology.order(nodes.keySet());
    }

    /** Whether the nodes form one path, each feeding the next: a model Keras can save as Sequential. */
    public boolean isChain() {
        return topology.isSinglePath(nodes.keySet());
    }

    public GraphSnapshot snapshot() {
        List<GraphSnapshot.NodeSpec> specs = new ArrayList<>(nodes.size());
        List<Edge> edges = new ArrayList<>(topology.edgeCount());
        for (NodeId id : topologicalOrder()) {
            GraphNode n = nodes.get(id);
            specs.add(new GraphSnapshot.NodeSpec(id, n.className(), n.config()));
            edges.addAll(topology.inputs(id));
        }
        return new GraphSnapshot(specs, edges, positions);
    }

    /** The node's level: 0 without inputs, else one more than its highest input. */
    int level(NodeId id) {
        return topology.level(id);
    }

    private GraphNode require(NodeId id) {
        GraphNode n = nodes.get(Objects.requireNonNull(id, "id"));
        if (n == null) {
            throw new GraphEditException("there is no node " + id + " in the model");
        }
        return n;
    }

    private GraphEditException portTaken(NodeId to, int port) {
        Edge existing = topology.inputAt(to, port);
        return new GraphEditException("input " + port + " of \"" + nodes.get(to).name()
                + "\" is already connected to \"" + nodes.get(existing.from()).name() + "\"");
    }

    private void insert(GraphNode node) {
        nodes.put(node.id(), node);
        names.reserve(node.name());
        byName.put(node.name(), node.id());
        topology.addNode(node.id());
        nextId = Math.max(nextId, node.id().value() + 1);
    }

    private static String nameIn(Config config) {
        Object name = config.get("name");
        if (name == null || name instanceof String s && s.isBlank()) {
            return null;
        }
        if (!(name instanceof String s)) {
            throw new GraphEditException("a layer name must be a string, got " + name);
        }
        return s;
    }

    private void fire(GraphChange change) {
        listeners.fire(change);
    }
}
