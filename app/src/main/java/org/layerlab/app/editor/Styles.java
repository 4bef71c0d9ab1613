package org.layerlab.app.editor;

import javafx.css.PseudoClass;

/** The pseudo-classes the canvas's stylesheet styles. */
final class Styles {
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    static final PseudoClass FITS = PseudoClass.getPseudoClass("fits");
    static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");

    private Styles() {
    }
}
