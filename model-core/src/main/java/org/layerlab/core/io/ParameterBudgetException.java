package org.layerlab.core.io;

/** The model declares more parameters than the budget allows; refused before any weight is allocated. */
public final class ParameterBudgetException extends LimitExceededException {
    private final long declared;
    private final long budget;

    public ParameterBudgetException(String file, String layer, long declared, long budget) {
        super(file, layer, null, "the model declares " + (declared == Long.MAX_VALUE ? "more than "
                + MessageText.count(Long.MAX_VALUE) : MessageText.count(declared)) + " parameters up to this layer,"
                + " over the budget of " + MessageText.count(budget));
        this.declared = declared;
        this.budget = budget;
    }

    /** The parameters counted up to the layer named in the message ({@link Long#MAX_VALUE} on overflow). */
    public long declared() {
        return declared;
    }

    public long budget() {
        return budget;
    }
}
