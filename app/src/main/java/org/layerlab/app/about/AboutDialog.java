package org.layerlab.app.about;

import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.layerlab.app.i18n.Messages;

/** Help > About: the version, what LayerLab is and the credits for the shipped datasets. */
public final class AboutDialog extends Dialog<ButtonType> {
    public AboutDialog(Window owner, Messages messages, String version, List<DatasetCredit> credits) {
        initOwner(owner);
        setTitle(messages.text("about.title"));
        setHeaderText(messages.text("about.version", version));
        getDialogPane().getStyleClass().add("about-dialog");
        getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);

        VBox content = new VBox(6);
        content.getChildren().add(wrapped(messages.text("about.description"), "about-description"));
        Label datasets = new Label(messages.text("about.datasets"));
        datasets.getStyleClass().add("about-heading");
        content.getChildren().add(datasets);
        for (DatasetCredit credit : credits) {
            content.getChildren().add(wrapped(
                    messages.text("about.dataset", credit.file(), credit.origin(), credit.licence()), "about-dataset"));
        }
        content.getChildren().add(wrapped(messages.text("about.citation"), "about-citation"));
        content.setPrefWidth(600);
        getDialogPane().setContent(content);
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
