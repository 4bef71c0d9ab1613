package org.layerlab.core.layer.reshaping;

import java.util.List;
import org.layerlab.core.config.ConfigException;

/** A list-of-integers parameter as the shape layers read it. */
final class Dims {
    private Dims() {
    }

    static long[] of(String layer, String field, Object value) {
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw new ConfigException(field, "layer \"" + layer + "\": " + field + " must be a non-empty list of integers,"
                    + " got " + value);
        }
        long[] dims = new long[list.size()];
        for (int i = 0; i < dims.length; i++) {
            if (!(list.get(i) instanceof Number n) || n.doubleValue() != n.longValue()) {
                throw new ConfigException(field, "layer \"" + layer + "\": " + field + " must be a list of integers, got "
                        + value);
            }
            dims[i] = n.longValue();
        }
        return dims;
    }
}
