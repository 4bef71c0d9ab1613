package org.layerlab.app.project;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.layerlab.app.editor.EditorModel;
import org.layerlab.app.editor.draw.ModelPicture;
import org.layerlab.app.editor.draw.NodeFace;
import org.layerlab.app.editor.draw.PictureFile;
import org.layerlab.app.editor.draw.Point;
import org.layerlab.app.editor.draw.TextMeasure;
import org.layerlab.app.i18n.Messages;
import org.layerlab.core.graph.NodeId;

/**
 * File &gt; Export &gt; Image: the model as the canvas shows it, drawn by the same {@link ModelPicture} as
 * {@code layerlab render}. What the nodes show is taken on the FX thread; the picture is laid out and
 * written in the background.
 */
public final class ImageExport {
    private final EditorModel model;
    private final Dialogs dialogs;
    private final Messages messages;
    private final Executor background;
    private final Executor fx;
    private final Supplier<Optional<Path>> currentFile;

    public ImageExport(EditorModel model, Dialogs dialogs, Messages messages, Executor background, Executor fx,
            Supplier<Optional<Path>> currentFile) {
        this.model = model;
        this.dialogs = dialogs;
        this.messages = messages;
        this.background = background;
        this.fx = fx;
        this.currentFile = currentFile;
    }

    public void export(PictureFile kind) {
        String name = currentFile.get().map(ProjectFiles::modelName).orElse(messages.text("file.defaultName"));
        Optional<Path> chosen = dialogs.chooseTarget(messages.text("file.exportTitle",
                kind.name().toUpperCase(Locale.ROOT)), name + kind.extension(), kind.extension());
        if (chosen.isEmpty()) {
            return;
        }
        String fileName = String.valueOf(chosen.get().getFileName());
        Path to = fileName.toLowerCase(Locale.ROOT).endsWith(kind.extension()) ? chosen.get()
                : chosen.get().resolveSibling(fileName + kind.extension());
        List<NodeFace> faces = model.faces();
        Map<NodeId, Point> places = new HashMap<>();
        faces.forEach(f -> places.put(f.id(), model.position(f.id())));
        List<ModelPicture.WireFace> wires = model.edges().stream()
                .map(e -> new ModelPicture.WireFace(e, model.wireLabel(e), model.wireBroken(e))).toList();
        model.showStatus(messages.text("file.exporting", to.getFileName()));
        background.execute(() -> {
            try {
                kind.write(new ModelPicture(faces, places::get, wires, new TextMeasure()), to);
                fx.execute(() -> model.showStatus(messages.text("file.exported", to.getFileName(),
                        kind.name().toUpperCase(Locale.ROOT))));
            } catch (IOException | RuntimeException e) {
                fx.execute(() -> {
                    String sentence = e.getMessage() == null ? e.toString() : e.getMessage();
                    dialogs.showError(messages.text("file.exportFailed"), sentence);
                    model.showStatus(messages.text("file.exportFailed") + ": " + sentence);
                });
            }
        });
    }
}
