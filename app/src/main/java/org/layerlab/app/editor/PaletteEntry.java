package org.layerlab.app.editor;

/**
 * One layer type as the palette and the quick-add list show it.
 *
 * @param className the Keras class name, for example {@code Dense}
 * @param group the group's name in the UI's language
 * @param icon an Ikonli icon literal
 * @param description one line that says what the layer does, in the UI's language
 */
public record PaletteEntry(String className, String group, String icon, String description) {
}
