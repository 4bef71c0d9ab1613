package org.layerlab.app.window;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * One thing the user can do from a menu, the toolbar or a shortcut.
 *
 * @param id the message key of its name, also the menu item's id
 * @param accelerator a key combination such as {@code Shortcut+Z}, or {@code null}
 * @param icon an Ikonli literal, or {@code null}
 * @param run what it does
 * @param enabled whether it can be done now
 * @param label the name to show instead of the message, when it changes ("Undo Move dense_2"), or {@code null}
 */
record Action(String id, String accelerator, String icon, Runnable run, BooleanSupplier enabled,
        Supplier<String> label) {

    static Action of(String id, String accelerator, String icon, Runnable run) {
        return new Action(id, accelerator, icon, run, () -> true, null);
    }

    Action when(BooleanSupplier condition) {
        return new Action(id, accelerator, icon, run, condition, label);
    }

    Action labelled(Supplier<String> text) {
        return new Action(id, accelerator, icon, run, enabled, text);
    }
}
