package org.layerlab.app.editor;

import org.layerlab.app.editor.draw.NodeFace;
import org.layerlab.app.editor.draw.NodeFaces;
import org.layerlab.app.editor.draw.CardLayout;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.Subscription;
import org.layerlab.app.editor.draw.Point;
import org.layerlab.app.i18n.Messages;
import org.layerlab.core.edit.AddLayer;
import org.layerlab.core.edit.Command;
import org.layerlab.core.edit.CommandStack;
import org.layerlab.core.edit.CompositeCommand;
import org.layerlab.core.edit.ConnectLayers;
import org.layerlab.core.edit.DisconnectLayers;
import org.layerlab.core.edit.EditLabel;
import org.layerlab.core.edit.InsertOnWire;
import org.layerlab.core.edit.LayerFit;
import org.layerlab.core.edit.MakeRoom;
import org.layerlab.core.edit.MoveLayers;
import org.layerlab.core.edit.WireCheck;
import org.layerlab.core.edit.WireVerdict;
import org.layerlab.core.graph.Edge;
import org.layerlab.core.graph.GraphNode;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.NodeId;
import org.layerlab.core.graph.NodeResult;
import org.layerlab.core.graph.ShapeInference;
import org.layerlab.core.graph.CanvasPosition;
import org.layerlab.core.layer.LayerType;

/**
 * The view-model of the model being edited: what the canvas, inspector and panels show (node faces,
 * wire labels, problems) and the edits a gesture asks for, each made as one command on the
 * {@link CommandStack}. Opening another model replaces the document under it; listeners hear of every change.
 */
public final class EditorModel {
    private static final double NEW_NODE_GAP = 70;

    private final LayerCatalog catalog;
    private final Messages messages;
    private final Selection selection = new Selection();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final CanvasCards cards = new CanvasCards(this);
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
    private ModelGraph graph;
    private ShapeInference inference;
    private NodeFaces faces;
    private CommandStack commands;

    public EditorModel(LayerCatalog catalog, Messages messages) {
        this.catalog = catalog;
        this.messages = messages;
        replace(new ModelGraph(catalog.registry()));
    }

    /** Edits {@code newGraph} from now on, with an empty history that counts as saved. */
    public void replace(ModelGraph newGraph) {
        if (inference != null) {
            inference.close();
        }
        graph = newGraph;
        inference = new ShapeInference(newGraph);
        faces = new NodeFaces(newGraph, inference, messages);
        commands = new CommandStack(newGraph);
        commands.addListener(s -> changed());
        selection.clear();
        changed();
    }

    public ModelGraph graph() {
        return graph;
    }

    public ShapeInference inference() {
        return inference;
    }

    public CommandStack commands() {
        return commands;
    }

    public LayerCatalog catalog() {
        return catalog;
    }

    public Selection selection() {
        return selection;
    }

    public java.util.Locale locale() {
        return messages.locale();
    }

    public String text(String key, Object... args) {
        return messages.text(key, args);
    }

    /**
     * Told after every edit, undo, redo, save and replacement, until the returned subscription is cancelled:
     * a view that goes away must cancel it, or the model keeps it alive and busy.
     */
    public Subscription addChangeListener(Runnable listener) {
        changeListeners.add(listener);
        return () -> changeListeners.remove(listener);
    }

    /** How many listen to the model's changes and selection, each window view once. */
    public int listenerCount() {
        return changeListeners.size() + selection.listenerCount();
    }

    private void changed() {
        changeListeners.forEach(Runnable::run);
    }

    /** How many layers have an error: such a model saves as a project, but does not export or train. */
    public long layersWithErrors() {
        return inference().diagnostics().stream()
                .filter(d -> d.severity() == org.layerlab.core.graph.Severity.ERROR)
                .map(d -> d.node()).distinct().count();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public void showStatus(String message) {
        status.set(message);
    }

    /** Runs an edit; one that the graph refuses changes nothing and says why in the status bar. */
    public boolean execute(Command command) {
        String before = status.get();
        try {
            commands.execute(command);
            // What the bar said ("Undone: …", "1 layer copied") was about the model before this edit.
            if (java.util.Objects.equals(status.get(), before)) {
                status.set("");
            }
            return true;
        } catch (RuntimeException refused) {
            showStatus(messages.text("status.refused", refused.getMessage()));
            return false;
        }
    }

    // ---- what the views show

    public List<NodeFace> faces() {
        return faces.faces();
    }

    public NodeFace face(GraphNode node) {
        return faces.face(node);
    }

    public List<Edge> edges() {
        return graph.edges();
    }

    public String wireLabel(Edge edge) {
        return faces.wireLabel(edge);
    }

    public boolean wireBroken(Edge edge) {
        return faces.wireBroken(edge);
    }

    /** Where the node sits; a node without a place yet goes by its depth in the graph. */
    public Point position(NodeId id) {
        Optional<CanvasPosition> p = graph.position(id);
        if (p.isPresent()) {
            return new Point(p.get().x(), p.get().y());
        }
        int index = graph.topologicalOrder().indexOf(id);
        return new Point(40 + index * 240, 80);
    }

    /** Where the canvas draws each card, for edits that keep new cards off the others. */
    CanvasCards cards() {
        return cards;
    }

    public boolean isUnwired(NodeId id) {
        return graph.inputEdges(id).isEmpty() && graph.outputEdges(id).isEmpty();
    }

    // ---- edits

    /**
     * Adds a layer of the type at a canvas point (snapped to the grid), wired from {@code from} when given,
     * as one command, and selects it.
     */
    public Optional<NodeId> addLayer(String className, Point at, NodeId from) {
        CanvasPosition place = new CanvasPosition(MoveGesture.snap(at.x()), MoveGesture.snap(at.y()));
        LayerType type = catalog.registry().require(className);
        AddLayer add = new AddLayer(graph, className, NewLayerConfig.of(type), place);
        Command command = add;
        if (from != null) {
            command = new CompositeCommand(EditLabel.of("add", className), List.of(add,
                    new DeferredCommand(() -> new ConnectLayers(graph, from, add.node(), 0))));
        }
        if (!execute(command)) {
            return Optional.empty();
        }
        selection.select(add.node());
        return Optional.of(add.node());
    }

    /**
     * Adds a layer of the type at a point and inserts it into the wire, making room where its card would
     * cover the wire's ends, as one command.
     */
    public Optional<NodeId> addOnWire(String className, Point at, Edge edge) {
        CanvasPosition place = new CanvasPosition(MoveGesture.snap(at.x()), MoveGesture.snap(at.y()));
        LayerType type = catalog.registry().require(className);
        InsertOnWire insert = new InsertOnWire(graph, edge, className, NewLayerConfig.of(type), place,
                cards);
        if (!execute(insert)) {
            return Optional.empty();
        }
        selection.select(insert.node());
        return Optional.of(insert.node());
    }

    /** Wires an output into an input port, unless the wire is refused: then the status bar says why. */
    public boolean connect(NodeId from, NodeId to, int port) {
        Optional<String> refusal = refusal(from, to, port);
        if (refusal.isPresent()) {
            showStatus(messages.text("status.wireRefused", refusal.get()));
            return false;
        }
        return execute(new ConnectLayers(graph, from, to, port));
    }

    /** Wires into the first free input port of {@code to} that fits; says why when none does. */
    public boolean connectToFreePort(NodeId from, NodeId to) {
        LayerType type = catalog.registry().require(graph.node(to).className());
        int ports = LayerCatalog.portsFor(type, graph.inputEdges(to).size());
        Optional<String> firstReason = Optional.empty();
        for (int port = 0; port < ports; port++) {
            Optional<String> refusal = refusal(from, to, port);
            if (refusal.isEmpty()) {
                return connect(from, to, port);
            }
            firstReason = firstReason.isPresent() ? firstReason : refusal;
        }
        firstReason.ifPresent(r -> showStatus(messages.text("status.wireRefused", r)));
        return false;
    }

    /**
     * Why a wire from the output of {@code from} into {@code port} of {@code to} may not be made, in the
     * window's language; empty when it may.
     */
    public Optional<String> refusal(NodeId from, NodeId to, int port) {
        WireVerdict verdict = new WireCheck(graph, inference).check(from, to, port);
        return verdict.allowed() ? Optional.empty() : Optional.of(verdict.reason(messages.locale()));
    }

    /**
     * The types the quick-add list offers: those whose layer takes the output it was opened from (all that
     * take an input while that output is unknown), or every type.
     */
    public List<PaletteEntry> quickAddChoices(NodeId from) {
        if (from == null) {
            return catalog.entries();
        }
        NodeResult source = inference.result(from);
        List<LayerType> fitting = source.hasOutput()
                ? new LayerFit(catalog.registry()).typesAccepting(source.outputShape(), source.dtype())
                : catalog.registry().types().stream().filter(t -> t.inputCount().max() > 0).toList();
        return catalog.entries().stream().filter(e -> fitting.stream().anyMatch(t -> t.className().equals(e.className())))
                .toList();
    }

    /** Moves nodes by a distance, as one command. */
    /**
     * Lays every layer out left to right, as the canvas places a file without positions, in one move
     * command. False when every layer is already where the layout would put it.
     */
    public boolean autoLayout() {
        Map<NodeId, CanvasPosition> to = new LinkedHashMap<>(CardLayout.COLUMNS.positionsForAll(graph));
        to.entrySet().removeIf(e -> graph.position(e.getKey()).filter(e.getValue()::equals).isPresent());
        return !to.isEmpty() && execute(MoveLayers.to(graph, to));
    }

    public void move(Collection<NodeId> ids, double dx, double dy) {
        if (dx == 0 && dy == 0 || ids.isEmpty()) {
            return;
        }
        execute(MoveLayers.to(graph, shifted(ids, dx, dy)));
    }

    /** Moves an unwired node onto a wire and inserts it there, making room as for a new layer, as one command. */
    public void moveAndInsert(NodeId id, double dx, double dy, Edge edge) {
        // The same edits InsertOnWire makes for a new layer, here for one already on the canvas.
        execute(new CompositeCommand(EditLabel.of("insert", graph.node(id).name(), graph.node(edge.from()).name(),
                graph.node(edge.to()).name()), List.of(MoveLayers.to(graph, shifted(List.of(id), dx, dy)),
                        new DisconnectLayers(graph, edge), new ConnectLayers(graph, edge.from(), id, 0),
                        new ConnectLayers(graph, id, edge.to(), edge.port()), new MakeRoom(graph, cards, id, edge))));
    }

    private Map<NodeId, CanvasPosition> shifted(Collection<NodeId> ids, double dx, double dy) {
        Map<NodeId, CanvasPosition> to = new LinkedHashMap<>();
        for (NodeId id : ids) {
            Point p = position(id);
            to.put(id, new CanvasPosition(p.x() + dx, p.y() + dy));
        }
        return to;
    }

    /** Where a new node goes when there is no pointer: right of the selection, or at the model's right edge. */
    public Point freePlace() {
        double right = 40;
        double top = 80;
        for (GraphNode n : graph.nodes()) {
            Point p = position(n.id());
            if (p.x() + NEW_NODE_GAP > right) {
                right = p.x() + 196 + NEW_NODE_GAP;
                top = p.y();
            }
        }
        return new Point(right, top);
    }
}
