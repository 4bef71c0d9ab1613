package org.layerlab.app.window;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.javafx.FontIcon;
import org.layerlab.app.i18n.Messages;

/** Menu items and toolbar buttons made from {@link Action}s, kept enabled and named as the actions say. */
final class ActionControls {
    private final Messages messages;
    private final List<Runnable> refreshers = new ArrayList<>();

    ActionControls(Messages messages) {
        this.messages = messages;
    }

    Menu menu(String key, Object... entries) {
        Menu menu = new Menu(messages.text(key));
        menu.setId(key);
        for (Object e : entries) {
            menu.getItems().add(e instanceof Action a ? item(a) : (MenuItem) e);
        }
        menu.setOnShowing(ev -> refresh());
        return menu;
    }

    MenuItem item(Action a) {
        MenuItem item = new MenuItem(messages.text(a.id()));
        item.setId(a.id());
        if (a.accelerator() != null) {
            item.setAccelerator(KeyCombination.keyCombination(a.accelerator()));
        }
        if (a.icon() != null) {
            FontIcon icon = new FontIcon(a.icon());
            icon.setIconSize(16);
            item.setGraphic(icon);
        }
        item.setOnAction(e -> {
            if (a.enabled().getAsBoolean()) {
                a.run().run();
            }
        });
        refreshers.add(() -> {
            item.setDisable(!a.enabled().getAsBoolean());
            if (a.label() != null) {
                // The label names layers ("Undo Paste species_1"): an underscore there is no mnemonic.
                item.setMnemonicParsing(false);
                item.setText(a.label().get());
            }
        });
        return item;
    }

    Button button(Action a) {
        FontIcon icon = new FontIcon(a.icon());
        icon.setIconSize(18);
        Button b = new Button(null, icon);
        b.setId("tool-" + a.id());
        b.getStyleClass().add("tool-button");
        b.setFocusTraversable(false);
        Tooltip tip = new Tooltip(shown(messages.text(a.id())) + (a.accelerator() == null ? ""
                : "  (" + KeyCombination.keyCombination(a.accelerator()).getDisplayText() + ")"));
        b.setTooltip(tip);
        b.setOnAction(e -> a.run().run());
        refreshers.add(() -> b.setDisable(!a.enabled().getAsBoolean()));
        return b;
    }

    /** Brings every control in line with its action: call after each change of the model or selection. */
    void refresh() {
        refreshers.forEach(Runnable::run);
    }

    /** A menu text as shown: the mnemonic marker is not drawn. */
    static String shown(String menuText) {
        return menuText.replace("_", "");
    }
}
