package org.layerlab.core.graph;

/** Where a layer's node sits on the design canvas, in canvas units from the top left. */
public record CanvasPosition(double x, double y) {
    public CanvasPosition {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("a canvas position must be finite, got (" + x + ", " + y + ")");
        }
    }
}
