package org.layerlab.core.layer;

import java.util.HashSet;
import java.util.Set;

/**
 * Hands out Keras-style unique layer names ({@code dense}, {@code dense_1}, ...) within one model;
 * each model owns one, so there is no global name counter.
 */
public final class LayerNames {
    private final Set<String> taken = new HashSet<>();

    /** The first free name for the prefix, now taken. */
    public String next(String prefix) {
        String candidate = prefix;
        int i = 1;
        while (taken.contains(candidate)) {
            candidate = prefix + "_" + i++;
        }
        taken.add(candidate);
        return candidate;
    }

    /** Marks a name as used; false when it already was. */
    public boolean reserve(String name) {
        return taken.add(name);
    }

    public void release(String name) {
        taken.remove(name);
    }

    public boolean isTaken(String name) {
        return taken.contains(name);
    }
}
