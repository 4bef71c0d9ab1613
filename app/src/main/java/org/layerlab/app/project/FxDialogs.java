package org.layerlab.app.project;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.layerlab.app.i18n.Messages;

/** The real dialogs: the platform's file choosers and JavaFX alerts, owned by the main window. */
public final class FxDialogs implements Dialogs {
    private final Window owner;
    private final Messages messages;
    private File lastFolder;

    public FxDialogs(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public Optional<Path> chooseFileToOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text("file.openTitle"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.text("file.filter.all"), "*.llab", "*.json", "*.keras"),
                new FileChooser.ExtensionFilter(messages.text("file.filter.project"), "*.llab"),
                new FileChooser.ExtensionFilter(messages.text("file.filter.keras"), "*.json", "*.keras"),
                new FileChooser.ExtensionFilter(messages.text("file.filter.any"), "*"));
        if (lastFolder != null) {
            chooser.setInitialDirectory(lastFolder);
        }
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseTarget(String title, String suggestedName, String extension) {
        if (extension.isEmpty()) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(title);
            if (lastFolder != null) {
                chooser.setInitialDirectory(lastFolder);
            }
            return remember(chooser.showDialog(owner)).map(folder -> folder.resolve(suggestedName));
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("*" + extension, "*" + extension));
        if (lastFolder != null) {
            chooser.setInitialDirectory(lastFolder);
        }
        return remember(chooser.showSaveDialog(owner));
    }

    private Optional<Path> remember(File chosen) {
        if (chosen != null) {
            lastFolder = chosen.isDirectory() ? chosen : chosen.getParentFile();
        }
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    @Override
    public UnsavedChoice askAboutUnsavedChanges(String documentName) {
        ButtonType save = new ButtonType(messages.text("unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.text("unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(messages.text("unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.text("unsaved.question", documentName),
                save, discard, cancel);
        alert.initOwner(owner);
        alert.setTitle(messages.text("unsaved.title"));
        alert.setHeaderText(null);
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? UnsavedChoice.SAVE : answer == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    @Override
    public boolean offerRecovery(String written, String documentName) {
        ButtonType restore = new ButtonType(messages.text("recovery.restore"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.text("recovery.discard"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.text("recovery.question", documentName,
                written), restore, discard);
        alert.initOwner(owner);
        alert.setTitle(messages.text("recovery.title"));
        alert.setHeaderText(messages.text("recovery.title"));
        alert.getDialogPane().setMinWidth(480);
        return alert.showAndWait().orElse(discard) == restore;
    }

    @Override
    public void showError(String title, String sentence) {
        Alert alert = new Alert(Alert.AlertType.ERROR, sentence, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setMinWidth(480);
        alert.showAndWait();
    }
}
