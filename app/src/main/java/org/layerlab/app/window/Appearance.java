package org.layerlab.app.window;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import org.layerlab.app.editor.GraphCanvas;
import org.layerlab.app.settings.Settings;

/**
 * The window's look as the user chose it and the settings remember it: the light or dark theme, and the
 * presentation mode for a classroom projector (the canvas alone in the window, larger text, the model shown
 * up to 1.4 times its size, thicker wires).
 */
final class Appearance {
    /** How much larger the canvas shows the model in presentation mode. */
    static final double PRESENTATION_ZOOM = 1.4;
    private static final String DARK = "dark";
    private static final String PRESENTATION = "presentation";

    private final Settings settings;
    private boolean dark;
    private boolean presenting;
    private Scene scene;
    private GraphCanvas canvas;
    private java.util.function.Consumer<Boolean> chrome = on -> {
    };

    Appearance(Settings settings) {
        this.settings = settings;
        this.dark = settings.get(Settings.THEME).map(DARK::equals).orElse(false);
    }

    /**
     * Gives a newly built scene the chosen look.
     *
     * @param hideChrome hides (true) or shows again the palette, inspector and bottom tabs
     */
    void apply(Scene newScene, GraphCanvas newCanvas, java.util.function.Consumer<Boolean> hideChrome) {
        // Escape leaves presentation mode too, as in slide shows; a list or field that takes Escape keeps it.
        newScene.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE && presenting) {
                setPresenting(false);
                e.consume();
            }
        });
        scene = newScene;
        canvas = newCanvas;
        chrome = hideChrome;
        showTheme();
        scene.getRoot().getStyleClass().remove(PRESENTATION);
        if (presenting) {
            scene.getRoot().getStyleClass().add(PRESENTATION);
            chrome.accept(true);
            canvas.viewport().setFitLimit(PRESENTATION_ZOOM);
        }
    }

    boolean isDark() {
        return dark;
    }

    boolean isPresenting() {
        return presenting;
    }

    void setDark(boolean on) {
        dark = on;
        settings.set(Settings.THEME, on ? DARK : "light");
        showTheme();
    }

    /** Presentation mode is for this session only: the next start is in the normal view. */
    void setPresenting(boolean on) {
        if (on == presenting) {
            return;
        }
        presenting = on;
        scene.getRoot().getStyleClass().remove(PRESENTATION);
        if (on) {
            scene.getRoot().getStyleClass().add(PRESENTATION);
        }
        // The canvas takes the whole window and the model is shown up to 1.4 times its size.
        chrome.accept(on);
        canvas.viewport().setFitLimit(on ? PRESENTATION_ZOOM : 1);
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        canvas.zoomToFit();
    }

    private void showTheme() {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        scene.getRoot().getStyleClass().remove(DARK);
        if (dark) {
            scene.getRoot().getStyleClass().add(DARK);
        }
        canvas.requestLayout();
    }
}
