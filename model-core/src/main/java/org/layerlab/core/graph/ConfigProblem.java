package org.layerlab.core.graph;

import org.layerlab.core.config.ConfigException;

/**
 * Why a node's config does not make a layer.
 *
 * @param field the field at fault, or {@code null} when it cannot be told
 * @param message the one-line error, naming the layer
 */
public record ConfigProblem(String field, String message) {

    /** The problem a failed {@code LayerRegistry.create} reported. */
    static ConfigProblem of(ConfigException e) {
        return new ConfigProblem(e.field(), e.getMessage());
    }
}
