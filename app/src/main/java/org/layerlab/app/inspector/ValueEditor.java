package org.layerlab.app.inspector;

import java.util.function.Consumer;
import javafx.scene.Node;

/**
 * The control for one parameter's value. It reports the value as typed (for validation next to the
 * field) and the value the user settled on (Enter, focus leaving, a choice made) to be committed.
 */
interface ValueEditor {
    Node node();

    /** Shows the model's value, unless the user is in the middle of typing into this editor. */
    void show(Object value);

    /** @param typed told of every value while it is typed, {@code null} for text that is no value at all */
    void onTyped(Consumer<Typed> typed);

    void onCommit(Consumer<Object> commit);

    /** True while the control holds typed text that is not the model's value yet. */
    default boolean hasPendingEdit() {
        return false;
    }

    /** What a user typed: the value it parses to, or why it parses to none. */
    record Typed(Object value, String parseProblem) {
        static Typed value(Object v) {
            return new Typed(v, null);
        }

        static Typed problem(String why) {
            return new Typed(null, why);
        }
    }
}
