package org.layerlab.core.io;

/** The file and layer a problem is in; makes the typed exceptions with both named. */
record Where(String file, String layer) {
    static Where file(String file) {
        return new Where(file, null);
    }

    Where layer(String layerName) {
        return new Where(file, layerName);
    }

    InvalidFieldException invalid(String field, String detail) {
        return new InvalidFieldException(file, layer, field, detail);
    }

    GraphStructureException structure(String detail) {
        return new GraphStructureException(file, layer, detail);
    }

    UnsafeContentException unsafe(String field, String detail) {
        return new UnsafeContentException(file, layer, field, detail);
    }
}
