package org.layerlab.app.window;

import java.io.File;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import org.layerlab.app.project.FileActions;

/** A file dropped onto the window from the desktop opens, as File &gt; Open would open it. */
final class FileDrop {
    private FileDrop() {
    }

    static void install(Scene scene, FileActions files) {
        scene.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            List<File> dropped = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            boolean opened = !dropped.isEmpty() && files.confirmDiscard();
            if (opened) {
                files.openFile(dropped.get(0).toPath());
            }
            e.setDropCompleted(opened);
            e.consume();
        });
    }
}
