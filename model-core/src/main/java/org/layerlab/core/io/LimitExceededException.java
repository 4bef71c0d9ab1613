package org.layerlab.core.io;

/** The input goes over a limit of {@link ReadLimits}: size, nesting, string or number length, archive. */
public class LimitExceededException extends ModelFormatException {
    public LimitExceededException(String file, String layer, String field, String detail) {
        super(file, layer, field, detail);
    }

    public LimitExceededException(String file, String detail, Throwable cause) {
        super(file, null, null, detail, cause);
    }
}
