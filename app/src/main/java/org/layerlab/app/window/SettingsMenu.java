package org.layerlab.app.window;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.layerlab.app.editor.GraphCanvas;
import org.layerlab.app.i18n.Messages;

/**
 * The Settings menu: the language (switched at once), the dark theme and presentation mode (F5; Escape leaves it).
 */
final class SettingsMenu {
    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private SettingsMenu() {
    }

    static Menu of(Messages messages, Appearance appearance, GraphCanvas canvas, Consumer<Locale> switchLanguage) {
        Menu language = new Menu(messages.text("menu.settings.language"));
        language.setId("menu.settings.language");
        ToggleGroup languages = new ToggleGroup();
        boolean chinese = "zh".equals(messages.locale().getLanguage());
        // Each language is named in itself, so a user who cannot read the current one still finds theirs.
        RadioMenuItem english = new RadioMenuItem("English");
        english.setId("language-en");
        RadioMenuItem simplified = new RadioMenuItem("简体中文");
        simplified.setId("language-zh-CN");
        english.setToggleGroup(languages);
        simplified.setToggleGroup(languages);
        (chinese ? simplified : english).setSelected(true);
        english.setOnAction(e -> switchLanguage.accept(Locale.ENGLISH));
        simplified.setOnAction(e -> switchLanguage.accept(CHINESE));
        language.getItems().addAll(english, simplified);

        CheckMenuItem dark = new CheckMenuItem(messages.text("menu.settings.dark"));
        dark.setId("menu.settings.dark");
        dark.setSelected(appearance.isDark());
        dark.setOnAction(e -> appearance.setDark(dark.isSelected()));

        CheckMenuItem presentation = new CheckMenuItem(messages.text("menu.settings.presentation"));
        presentation.setId("menu.settings.presentation");
        presentation.setAccelerator(KeyCombination.keyCombination("F5"));
        presentation.setSelected(appearance.isPresenting());
        presentation.setOnAction(e -> {
            appearance.setPresenting(presentation.isSelected());
            canvas.requestFocus();
        });

        Menu menu = new Menu(messages.text("menu.settings"), null, language, new SeparatorMenuItem(), dark,
                presentation);
        menu.setId("menu.settings");
        // Escape may have left presentation mode since the menu was last open.
        menu.setOnShowing(e -> presentation.setSelected(appearance.isPresenting()));
        return menu;
    }
}
