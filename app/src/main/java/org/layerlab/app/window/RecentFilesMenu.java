package org.layerlab.app.window;

import java.nio.file.Path;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.layerlab.app.i18n.Messages;
import org.layerlab.app.project.FileActions;
import org.layerlab.app.settings.Settings;

/** File &gt; Open Recent: the files opened or saved last, newest first, listed afresh each time it opens. */
final class RecentFilesMenu {
    private RecentFilesMenu() {
    }

    static Menu of(Messages messages, Settings settings, FileActions files) {
        Menu menu = new Menu(messages.text("menu.file.recent"));
        menu.setId("menu.file.recent");
        // A menu without items never shows, so it always holds at least the placeholder.
        menu.getItems().add(empty(messages));
        menu.setOnShowing(e -> {
            menu.getItems().clear();
            for (Path file : settings.recentFiles()) {
                MenuItem item = new MenuItem(file.getFileName() + "  —  " + file.getParent());
                item.setMnemonicParsing(false);
                item.setOnAction(a -> {
                    if (files.confirmDiscard()) {
                        files.openFile(file);
                    }
                });
                menu.getItems().add(item);
            }
            if (menu.getItems().isEmpty()) {
                menu.getItems().add(empty(messages));
            }
        });
        return menu;
    }

    private static MenuItem empty(Messages messages) {
        MenuItem none = new MenuItem(messages.text("menu.file.recent.none"));
        none.setDisable(true);
        return none;
    }
}
