package org.layerlab.app.editor.draw;

/**
 * How a text is drawn.
 *
 * @param size the font size in picture units
 * @param bold bold or regular
 * @param mono the monospaced font (shapes) rather than the sans-serif one
 * @param colour {@code #rrggbb}
 */
public record TextStyle(double size, boolean bold, boolean mono, String colour) {
}
