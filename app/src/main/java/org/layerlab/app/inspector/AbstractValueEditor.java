package org.layerlab.app.inspector;

import java.util.function.Consumer;

/**
 * What every value editor shares: the listeners for typed and committed values, and the rule that
 * showing the model's value is not the user typing or committing it.
 */
abstract class AbstractValueEditor implements ValueEditor {
    private Consumer<Typed> typed = t -> {
    };
    private Consumer<Object> commit = v -> {
    };
    private boolean showing;
    private Object shown;

    @Override
    public final void show(Object value) {
        shown = value;
        showing = true;
        try {
            display(value);
        } finally {
            showing = false;
        }
    }

    /** Puts the model's value into the control. */
    protected abstract void display(Object value);

    /** The value the model had when last shown. */
    protected final Object shown() {
        return shown;
    }

    protected final void typed(Typed value) {
        if (!showing) {
            typed.accept(value);
        }
    }

    protected final void commit(Object value) {
        if (!showing) {
            commit.accept(value);
        }
    }

    @Override
    public final void onTyped(Consumer<Typed> listener) {
        typed = listener;
    }

    @Override
    public final void onCommit(Consumer<Object> listener) {
        commit = listener;
    }
}
