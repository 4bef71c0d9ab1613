package org.layerlab.app.window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import org.layerlab.app.editor.EditorModel;
import org.layerlab.app.i18n.Messages;
import org.layerlab.app.project.FileActions;
import org.layerlab.app.project.ProjectFiles;

/** A file dropped onto the window from the desktop opens, as File &gt; Open would open it. */
final class FileDrop {
    private final FileActions files;
    private final EditorModel model;
    private final Messages messages;

    FileDrop(FileActions files, EditorModel model, Messages messages) {
        this.files = files;
        this.model = model;
        this.messages = messages;
    }

    void install(Scene scene) {
        scene.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            List<File> dropped = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            e.setDropCompleted(open(dropped.stream().map(File::toPath).toList()));
            e.consume();
        });
    }

    /**
     * What a drop does once the drag is over: the first file opens, after the usual question about unsaved
     * changes. A file not named as a model (a picture, a note dragged by mistake) is refused in the status
     * line before that question, as nothing would replace the model.
     *
     * @return whether the file is opened, false when there was none or it was refused or the user kept the
     *         current model
     */
    boolean open(List<Path> dropped) {
        if (dropped.isEmpty()) {
            return false;
        }
        Path file = dropped.get(0);
        if (!ProjectFiles.isNamedAsModel(file)) {
            model.showStatus(messages.text("file.dropNotModel", file.getFileName()));
            return false;
        }
        if (!files.confirmDiscard()) {
            return false;
        }
        files.openFile(file);
        return true;
    }
}
