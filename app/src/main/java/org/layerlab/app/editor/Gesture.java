package org.layerlab.app.editor;

import javafx.scene.input.MouseEvent;

/** One press-drag-release gesture on the canvas, chosen at the press by what is under the pointer. */
interface Gesture {
    void drag(MouseEvent e);

    void release(MouseEvent e);

    /** A gesture the press did not start: nothing happens. */
    Gesture NONE = new Gesture() {
        @Override
        public void drag(MouseEvent e) {
        }

        @Override
        public void release(MouseEvent e) {
        }
    };
}
