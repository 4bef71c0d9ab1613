package org.layerlab.app.editor;

import org.kordamp.ikonli.javafx.FontIcon;

/** Icons by Ikonli literal; a layer type naming an icon this build lacks gets the generic layer icon. */
public final class LayerIcons {
    public static final String GENERIC = "mdi2l-layers-outline";

    private LayerIcons() {
    }

    public static FontIcon icon(String literal, int size) {
        FontIcon icon;
        try {
            icon = new FontIcon(literal == null || literal.isBlank() ? GENERIC : literal);
        } catch (RuntimeException unknownIcon) {
            icon = new FontIcon(GENERIC);
        }
        icon.setIconSize(size);
        return icon;
    }
}
