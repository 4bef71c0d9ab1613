package org.layerlab.app.settings;

import java.nio.file.Path;

/**
 * The folder where LayerLab keeps what it remembers between runs (settings, recent files, the recovery
 * file): {@code ~/.layerlab}, or the folder named by the system property {@code layerlab.home} (tests
 * point it at a folder of their own).
 */
public final class AppHome {
    public static final String PROPERTY = "layerlab.home";

    private AppHome() {
    }

    public static Path folder() {
        String set = System.getProperty(PROPERTY);
        return set != null && !set.isBlank() ? Path.of(set) : Path.of(System.getProperty("user.home"), ".layerlab");
    }
}
