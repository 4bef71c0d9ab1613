package org.layerlab.core.graph;

import org.layerlab.core.config.ConfigException;
import org.layerlab.core.reason.Reason;

/**
 * Why a node's config does not make a layer.
 *
 * @param field the field at fault, or {@code null} when it cannot be told
 * @param reason the one-line error, naming the layer, in any language
 */
public record ConfigProblem(String field, Reason reason) {

    /** The problem a failed {@code LayerRegistry.create} reported. */
    static ConfigProblem of(ConfigException e) {
        return new ConfigProblem(e.field(), e.reason());
    }

    /** The error in English. */
    public String message() {
        return reason.english();
    }
}
