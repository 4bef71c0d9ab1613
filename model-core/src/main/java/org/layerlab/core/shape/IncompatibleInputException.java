package org.layerlab.core.shape;

import org.layerlab.core.reason.Reason;

/**
 * An input does not satisfy a layer's {@link InputSpec}. The message is Keras's, naming the layer,
 * the input index, the rule, what was expected and what was received; {@link #reason()} says it in any
 * language.
 */
public final class IncompatibleInputException extends IllegalArgumentException {
    private final String layerName;
    private final int inputIndex;
    private final String rule;
    private final Reason reason;

    public IncompatibleInputException(String layerName, int inputIndex, String rule, Reason reason) {
        super(reason.english());
        this.layerName = layerName;
        this.inputIndex = inputIndex;
        this.rule = rule;
        this.reason = reason;
    }

    /** The message, to be said in the user's language. */
    public Reason reason() {
        return reason;
    }

    public String layerName() {
        return layerName;
    }

    /** The index of the offending input, or -1 when the number of inputs is wrong. */
    public int inputIndex() {
        return inputIndex;
    }

    /** The rule that failed: ndim, max_ndim, min_ndim, dtype, axes, shape or count. */
    public String rule() {
        return rule;
    }
}
