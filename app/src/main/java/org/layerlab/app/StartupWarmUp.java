package org.layerlab.app;

import atlantafx.base.theme.PrimerLight;
import org.layerlab.app.editor.LayerIcons;

/**
 * Loads, on a second core while the main window's model is read, what showing the window would
 * otherwise load one after the other on the FX thread: the icon font and the skins of the controls the
 * window uses. It only saves time; nothing depends on it having finished.
 */
final class StartupWarmUp implements Runnable {
    private static final String[] SKINS = {
        "javafx.scene.control.skin.MenuBarSkin", "javafx.scene.control.skin.ToolBarSkin",
        "javafx.scene.control.skin.SplitPaneSkin", "javafx.scene.control.skin.TabPaneSkin",
        "javafx.scene.control.skin.ScrollPaneSkin", "javafx.scene.control.skin.TextFieldSkin",
        "javafx.scene.control.skin.ListViewSkin", "javafx.scene.control.skin.LabelSkin",
        "javafx.scene.control.skin.ButtonSkin", "javafx.scene.control.skin.ScrollBarSkin",
    };

    static void start() {
        Thread t = new Thread(new StartupWarmUp(), "layerlab-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    @Override
    public void run() {
        try {
            LayerIcons.icon(LayerIcons.GENERIC, 16);
            new PrimerLight().getUserAgentStylesheet();
            for (String skin : SKINS) {
                Class.forName(skin, true, StartupWarmUp.class.getClassLoader());
            }
        } catch (ClassNotFoundException | RuntimeException | LinkageError ignored) {
            // A class that cannot be loaded early is loaded when the window needs it.
        }
    }
}
