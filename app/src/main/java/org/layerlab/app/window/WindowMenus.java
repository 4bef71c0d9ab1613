package org.layerlab.app.window;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Separator;
import javafx.scene.input.KeyCombination;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Subscription;
import org.layerlab.app.about.AboutDialog;
import org.layerlab.app.editor.EditActions;
import org.layerlab.app.editor.EditorModel;
import org.layerlab.app.editor.GraphCanvas;
import org.layerlab.app.i18n.Messages;
import org.layerlab.app.project.ExampleModel;
import org.layerlab.app.cli.ExportFormat;
import org.layerlab.app.project.FileActions;
import org.layerlab.app.project.ImageExport;
import org.layerlab.app.editor.draw.PictureFile;

/** The window's menus, toolbar and extra shortcuts, each entry an {@link Action}. */
final class WindowMenus {
    private final ActionControls controls;
    private final MenuBar menuBar;
    private final ToolBar toolBar;
    private final Subscription listening;

    WindowMenus(Stage stage, Messages messages, MainWindowModel window, EditorModel model, FileActions files,
            ImageExport images, EditActions edit, GraphCanvas canvas, Menu recent) {
        controls = new ActionControls(messages);
        Action newModel = Action.of("menu.file.new", "Shortcut+N", "mdi2f-file-outline", files::newModel);
        Action open = Action.of("menu.file.open", "Shortcut+O", "mdi2f-folder-open-outline", files::open);
        Action save = Action.of("menu.file.save", "Shortcut+S", "mdi2c-content-save-outline", files::save);
        Action saveAs = Action.of("menu.file.saveAs", "Shortcut+Shift+S", null, files::saveAs);
        Action quit = Action.of("menu.file.quit", "Shortcut+Q", null,
                // Through the close request, like the window's close button, so both ask about unsaved changes.
                () -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        Menu export = controls.menu("menu.file.export",
                Action.of("menu.file.export.keras", null, null, () -> files.export(ExportFormat.KERAS)),
                Action.of("menu.file.export.keras3", null, null, () -> files.export(ExportFormat.KERAS3)),
                Action.of("menu.file.export.tfjs", null, null, () -> files.export(ExportFormat.TFJS)),
                Action.of("menu.file.export.python", null, null, () -> files.export(ExportFormat.PYTHON)));
        Menu examples = controls.menu("menu.file.examples", java.util.Arrays.stream(ExampleModel.values())
                .map(e -> (Object) Action.of(e.textKey(), null, null, () -> files.openExample(e))).toArray());
        Menu exportImage = controls.menu("menu.file.exportImage",
                Action.of("menu.file.exportImage.svg", null, null, () -> images.export(PictureFile.SVG)),
                Action.of("menu.file.exportImage.png", null, null, () -> images.export(PictureFile.PNG)));

        Action undo = Action.of("menu.edit.undo", "Shortcut+Z", "mdi2u-undo", edit::undo).when(edit::canUndo)
                .labelled(() -> edit.undoText());
        Action redo = Action.of("menu.edit.redo", "Shortcut+Y", "mdi2r-redo", edit::redo).when(edit::canRedo)
                .labelled(() -> edit.redoText());
        Action cut = Action.of("menu.edit.cut", "Shortcut+X", "mdi2c-content-cut", edit::cut)
                .when(edit::hasNodeSelection);
        Action copy = Action.of("menu.edit.copy", "Shortcut+C", "mdi2c-content-copy", edit::copy)
                .when(edit::hasNodeSelection);
        Action paste = Action.of("menu.edit.paste", "Shortcut+V", "mdi2c-content-paste", edit::paste)
                .when(edit::canPaste);
        Action duplicate = Action.of("menu.edit.duplicate", "Shortcut+D", null, edit::duplicate)
                .when(edit::hasNodeSelection);
        Action delete = Action.of("menu.edit.delete", "Delete", "mdi2d-delete-outline", edit::delete)
                .when(edit::hasSelection);
        Action selectAll = Action.of("menu.edit.selectAll", "Shortcut+A", null, edit::selectAll);
        Action find = Action.of("menu.edit.find", "Shortcut+F", "mdi2m-magnify", canvas::openFind);

        Action addLayer = Action.of("menu.view.addLayer", null, "mdi2p-plus-box-outline", canvas::openQuickAdd);
        Action zoomIn = Action.of("menu.view.zoomIn", "Shortcut+EQUALS", "mdi2m-magnify-plus-outline",
                () -> canvas.zoomBy(1.25));
        Action zoomOut = Action.of("menu.view.zoomOut", "Shortcut+MINUS", "mdi2m-magnify-minus-outline",
                () -> canvas.zoomBy(0.8));
        Action layout = Action.of("menu.view.autoLayout", "Shortcut+L", "mdi2s-sitemap", canvas::autoLayout)
                .when(() -> model.graph().size() > 0);
        Action fit = Action.of("menu.view.fit", "Shortcut+0", "mdi2f-fit-to-page-outline", canvas::zoomToFit);

        Action about = Action.of("menu.help.about", null, null,
                () -> new AboutDialog(stage, messages, window.version(), window.datasetCredits()).show());

        menuBar = new MenuBar(
                controls.menu("menu.file", newModel, open, recent, examples, new SeparatorMenuItem(), save, saveAs, new SeparatorMenuItem(), export, exportImage,
                        new SeparatorMenuItem(), quit),
                controls.menu("menu.edit", undo, redo, new SeparatorMenuItem(), cut, copy, paste, duplicate, delete,
                        new SeparatorMenuItem(), selectAll, find),
                controls.menu("menu.view", addLayer, layout, new SeparatorMenuItem(), zoomIn, zoomOut, fit),
                controls.menu("menu.help", about));
        toolBar = new ToolBar(controls.button(newModel), controls.button(open), controls.button(save),
                vertical(), controls.button(undo), controls.button(redo), vertical(),
                controls.button(addLayer), controls.button(delete), controls.button(layout), vertical(),
                controls.button(zoomOut),
                controls.button(zoomIn), controls.button(fit));
        toolBar.getStyleClass().add("main-toolbar");
        listening = model.addChangeListener(controls::refresh).and(model.selection().addListener(controls::refresh));
        controls.refresh();
    }

    void stopListening() {
        listening.unsubscribe();
    }

    /**
     * Shortcuts beyond the menus' one each: Ctrl+Shift+Z redoes too, and the zoom keys work as typed on any
     * keyboard: Ctrl++ (Shift and =), and Ctrl with the number pad's + and -.
     */
    void installExtraShortcuts(Scene scene, EditActions edit, GraphCanvas canvas) {
        for (String in : List.of("Shortcut+Shift+EQUALS", "Shortcut+PLUS", "Shortcut+ADD")) {
            scene.getAccelerators().put(KeyCombination.keyCombination(in), () -> canvas.zoomBy(1.25));
        }
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+SUBTRACT"), () -> canvas.zoomBy(0.8));
        // Enabled states follow the model and selection; a copy changes neither, so before any shortcut is
        // looked up the states are brought up to date (a disabled item's shortcut does nothing).
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> controls.refresh());
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Shift+Z"), () -> {
            if (edit.canRedo()) {
                edit.redo();
            }
        });
    }

    private static Separator vertical() {
        return new Separator(javafx.geometry.Orientation.VERTICAL);
    }

    MenuBar menuBar() {
        return menuBar;
    }

    ToolBar toolBar() {
        return toolBar;
    }
}
