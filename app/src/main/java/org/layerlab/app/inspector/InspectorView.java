package org.layerlab.app.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.layerlab.app.editor.EditorModel;
import org.layerlab.app.i18n.Messages;
import org.layerlab.core.graph.GraphNode;
import org.layerlab.core.graph.NodeId;
import org.layerlab.core.graph.NodeResult;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.layer.ParamSpec;

/**
 * The right-hand panel: the selected layer's parameters as a form made from its type's parameter
 * description, with each field's help in the UI's language; what inference found about the layer on top.
 */
public final class InspectorView extends VBox {
    private final EditorModel editor;
    private final InspectorModel model;
    private final Messages messages;
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final Label facts = new Label();
    private final VBox form = new VBox();
    private final List<ParamField> fields = new ArrayList<>();
    private NodeId shown;
    private String shownClass;
    private long shownRevision = -1;
    private final Subscription listening;

    public InspectorView(EditorModel editor, Messages messages) {
        this.editor = editor;
        this.model = new InspectorModel(editor);
        this.messages = messages;
        setId("inspector");
        getStyleClass().add("inspector");
        title.getStyleClass().add("inspector-title");
        subtitle.getStyleClass().add("inspector-subtitle");
        subtitle.setWrapText(true);
        subtitle.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        facts.getStyleClass().add("inspector-facts");
        facts.setWrapText(true);
        facts.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        form.getStyleClass().add("inspector-form");
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("inspector-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox head = new VBox(2, title, subtitle, facts);
        head.getStyleClass().add("inspector-head");
        getChildren().addAll(head, scroll);
        sceneProperty().addListener((o, before, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((f, a, owner) -> revealFocused(scroll, owner));
            }
        });
        listening = editor.addChangeListener(this::update).and(editor.selection().addListener(this::update));
        update();
    }

    /**
     * Ctrl+Z and Ctrl+Y (Ctrl+Shift+Z) in a field that holds the model's value undo and redo the model's edits,
     * as they do on the canvas; in a field with typed text they keep undoing the typing.
     */
    public void routeHistoryKeys(Runnable undo, Runnable redo) {
        KeyCombination undoKey = KeyCombination.keyCombination("Shortcut+Z");
        List<KeyCombination> redoKeys = List.of(KeyCombination.keyCombination("Shortcut+Y"),
                KeyCombination.keyCombination("Shortcut+Shift+Z"));
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean isUndo = undoKey.match(e);
            boolean isRedo = redoKeys.stream().anyMatch(k -> k.match(e));
            if ((isUndo || isRedo) && fields.stream().anyMatch(ParamField::isFocusedWithoutPendingEdit)) {
                (isUndo ? undo : redo).run();
                e.consume();
            }
        });
    }

    /** For an inspector taken out of its window: it no longer follows the model. */
    public void stopListening() {
        listening.unsubscribe();
    }

    private void update() {
        Optional<NodeId> selected = editor.selection().single().filter(editor.graph()::contains);
        if (selected.isEmpty()) {
            shown = null;
            shownClass = null;
            fields.clear();
            form.getChildren().clear();
            title.setText(messages.text("inspector.title"));
            int count = editor.selection().nodes().size();
            subtitle.setText(count > 1 ? messages.text("inspector.many", count) : messages.text("inspector.empty"));
            facts.setText("");
            return;
        }
        GraphNode node = editor.graph().node(selected.get());
        LayerType type = editor.catalog().registry().require(node.className());
        if (!selected.get().equals(shown) || !node.className().equals(shownClass)) {
            build(node, type);
        }
        // After an undo or redo the values change under a focused field too.
        boolean history = editor.commands().revision() != shownRevision;
        shownRevision = editor.commands().revision();
        for (ParamField f : fields) {
            Object value = type.withDefaults(node.config()).get(f.spec().name());
            if (history) {
                f.showForced(value);
            } else {
                f.show(value);
            }
        }
        title.setText(node.name());
        subtitle.setText(node.className() + " · " + type.description(messages.locale()));
        NodeResult result = editor.inference().result(node.id());
        // Without an output shape the weights' shapes are not known either, as the card says.
        facts.setText(result.hasOutput() || result.paramCount() > 0 ? messages.text("inspector.facts",
                result.hasOutput() ? result.outputShape().toString() : "?", result.paramCount())
                : messages.text("inspector.factsUnknown"));
    }

    /** Keyboard focus moving to a field below or above the visible part of the form scrolls it into view. */
    private void revealFocused(ScrollPane scroll, javafx.scene.Node owner) {
        if (owner == null || !isInForm(owner)) {
            return;
        }
        javafx.geometry.Bounds field = form.sceneToLocal(owner.localToScene(owner.getBoundsInLocal()));
        double contentHeight = form.getBoundsInLocal().getHeight();
        double viewHeight = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewHeight) {
            return;
        }
        double top = scroll.getVvalue() * (contentHeight - viewHeight);
        if (field.getMinY() < top) {
            scroll.setVvalue(field.getMinY() / (contentHeight - viewHeight));
        } else if (field.getMaxY() > top + viewHeight) {
            scroll.setVvalue((field.getMaxY() - viewHeight) / (contentHeight - viewHeight));
        }
    }

    private boolean isInForm(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n == form) {
                return true;
            }
        }
        return false;
    }

    private void build(GraphNode node, LayerType type) {
        shown = node.id();
        shownClass = node.className();
        fields.clear();
        for (ParamSpec spec : type.allParams()) {
            fields.add(new ParamField(spec, type.paramHelp(spec.name(), messages.locale()), node.id(), model, messages));
        }
        form.getChildren().setAll(fields);
    }
}
