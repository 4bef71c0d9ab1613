package org.layerlab.app.window;

import java.util.ArrayList;
import java.util.List;
import javafx.util.Subscription;

/**
 * What the views of one scene listen to outside it: the shared editor model, its selection, the status line.
 * When a language switch replaces the scene, all of it is cancelled at once, so the old views stop working on
 * every edit and can be collected.
 */
final class SceneSubscriptions implements Subscription {
    private final List<Subscription> held = new ArrayList<>();

    void add(Subscription subscription) {
        held.add(subscription);
    }

    @Override
    public void unsubscribe() {
        held.forEach(Subscription::unsubscribe);
        held.clear();
    }
}
