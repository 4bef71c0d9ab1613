package org.layerlab.app.editor;

/**
 * One layer type as the palette shows it.
 *
 * @param className the Keras class name, for example {@code Dense}
 * @param help one line that says what the layer does
 */
public record PaletteEntry(String className, String help) {
}
