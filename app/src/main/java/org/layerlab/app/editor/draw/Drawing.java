package org.layerlab.app.editor.draw;

import java.util.List;

/**
 * What a picture of a model is drawn with: boxes, curves, circles and single-line text, in picture units
 * with colours as {@code #rrggbb}. An SVG writer and Java2D implement it; {@link ModelPicture} draws
 * through it once for both.
 */
public interface Drawing {

    /**
     * A box with rounded corners.
     *
     * @param fill the fill colour, or {@code null} for none
     * @param stroke the outline colour, or {@code null} for none
     */
    void box(Box box, double radius, String fill, String stroke, double strokeWidth);

    /** Curves joined end to end, not filled; dashed for a broken wire. */
    void curve(List<WireGeometry.Cubic> segments, String stroke, double width, boolean dashed);

    void circle(Point centre, double radius, String fill, String stroke, double strokeWidth);

    /** One line of text whose left end of the baseline is at {@code (x, baseline)}. */
    void text(String text, double x, double baseline, TextStyle style);
}
