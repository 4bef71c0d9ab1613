package org.layerlab.app.editor;

/** How an input port looks while a wire is being dragged. */
public enum PortState {
    /** No wire is being dragged, or the port does not take part. */
    IDLE,
    /** The dragged wire may end here. */
    FITS,
    /** The dragged wire may not end here; the port says why. */
    REFUSED
}
