package org.layerlab.app.editor;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.layerlab.app.editor.draw.Point;
import org.layerlab.core.edit.AddLayer;
import org.layerlab.core.edit.Command;
import org.layerlab.core.edit.CompositeCommand;
import org.layerlab.core.edit.ConnectLayers;
import org.layerlab.core.edit.EditLabel;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.NodeId;
import org.layerlab.core.io.CanvasPosition;
import org.layerlab.core.layer.Config;
import org.layerlab.core.io.Keras3JsonWriter;
import org.layerlab.core.io.ModelDescription;
import org.layerlab.core.io.ModelReader;
import org.layerlab.core.io.ParameterBudget;
import org.layerlab.core.io.ReadLimits;
import org.layerlab.core.project.GraphExport;
import org.layerlab.core.project.GraphImport;

/**
 * Copy and paste of layers: an internal clipboard for this window, and the system clipboard as Keras
 * JSON, so layers copied here paste into Python and a Keras model's JSON copied elsewhere pastes here.
 * Pasted layers get new unique names and land offset from where they were copied.
 */
final class LayerClipboard {
    private static final double OFFSET = 40;

    private final EditorModel model;
    private Clipping held;
    private String heldJson;
    private int pastes;

    LayerClipboard(EditorModel model) {
        this.model = model;
    }

    void copy(Set<NodeId> nodes) {
        held = Clipping.of(model.graph(), nodes, model::position);
        pastes = 0;
        heldJson = kerasJson(nodes);
        if (heldJson != null) {
            ClipboardContent content = new ClipboardContent();
            content.putString(heldJson);
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    boolean canPaste() {
        return held != null && !held.isEmpty() || Clipboard.getSystemClipboard().hasString();
    }

    /** Pastes what was copied here, or else Keras JSON from the system clipboard; selects the pasted layers. */
    void paste() {
        String system = Clipboard.getSystemClipboard().hasString() ? Clipboard.getSystemClipboard().getString() : null;
        Clipping clipping = held;
        if (system != null && !system.equals(heldJson)) {
            Optional<Clipping> fromJson = fromKerasJson(system);
            if (fromJson.isEmpty()) {
                model.showStatus(model.text("clipboard.notKeras"));
                return;
            }
            clipping = fromJson.get();
            pastes = 0;
        }
        if (clipping == null || clipping.isEmpty()) {
            return;
        }
        pastes++;
        insert(clipping, OFFSET * pastes, "paste");
    }

    /** Copies and pastes the nodes in one step, without touching either clipboard. */
    void duplicate(Set<NodeId> nodes) {
        insert(Clipping.of(model.graph(), nodes, model::position), OFFSET, "duplicate");
    }

    private void insert(Clipping clipping, double offset, String labelKey) {
        ModelGraph graph = model.graph();
        List<AddLayer> adds = new ArrayList<>();
        List<Command> parts = new ArrayList<>();
        for (Clipping.Layer layer : clipping.layers()) {
            AddLayer add = new AddLayer(graph, layer.className(), fresh(layer), new CanvasPosition(
                    layer.at().x() + offset, layer.at().y() + offset));
            adds.add(add);
            parts.add(add);
        }
        for (Clipping.Wire w : clipping.wires()) {
            parts.add(new DeferredCommand(() -> new ConnectLayers(graph, adds.get(w.from()).node(),
                    adds.get(w.to()).node(), w.port())));
        }
        EditLabel label = adds.size() == 1 ? EditLabel.of(labelKey + ".one", clipping.layers().get(0).className())
                : EditLabel.of(labelKey + ".many", (long) adds.size());
        if (model.execute(new CompositeCommand(label, parts))) {
            model.selection().selectNodes(adds.stream().map(AddLayer::node).toList());
        }
    }

    /** The config without its name when the name is taken, so the graph gives the next free one. */
    private Config fresh(Clipping.Layer layer) {
        String name = layer.config().getString("name", null);
        return name != null && model.graph().find(name).isEmpty() ? layer.config() : layer.config().without("name");
    }

    private String kerasJson(Set<NodeId> nodes) {
        try {
            ModelGraph part = new ModelGraph(model.graph().registry());
            Clipping c = Clipping.of(model.graph(), nodes, model::position);
            List<NodeId> ids = new ArrayList<>();
            for (Clipping.Layer l : c.layers()) {
                ids.add(part.addNode(l.className(), l.config()));
            }
            c.wires().forEach(w -> part.connect(ids.get(w.from()), ids.get(w.to()), w.port()));
            return new Keras3JsonWriter(part.registry()).toJson(GraphExport.describe(part, "clipboard", Map.of()),
                    "clipboard");
        } catch (Exception unwritable) {
            // A selection Keras cannot describe (a layer with a broken config) still copies internally.
            return null;
        }
    }

    private Optional<Clipping> fromKerasJson(String json) {
        try {
            ModelDescription d = new ModelReader(model.graph().registry())
                    .readJson("clipboard", json.getBytes(StandardCharsets.UTF_8));
            ModelGraph read = GraphImport.toGraph("clipboard", d, model.graph().registry(),
                    new ParameterBudget(ReadLimits.DEFAULT_MAX_PARAMETERS));
            Point at = model.freePlace();
            List<NodeId> order = read.topologicalOrder();
            Clipping c = Clipping.of(read, Set.copyOf(order), id -> new Point(at.x() + order.indexOf(id) * 240, at.y()));
            return Optional.of(c);
        } catch (Exception notKeras) {
            return Optional.empty();
        }
    }
}
