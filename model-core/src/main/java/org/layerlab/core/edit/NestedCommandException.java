package org.layerlab.core.edit;

/** A command tried to run another command through the stack while it was being executed or undone. */
public final class NestedCommandException extends IllegalStateException {
    NestedCommandException(EditLabel running, String attempted) {
        super(attempted + " was asked while \"" + running
                + "\" was running; a command makes its edit itself and never uses the stack");
    }
}
