package org.layerlab.testkit;

/** A layer type broke its contract: the message starts with the check, {@code [computeOutputShape] ...}. */
public final class LayerContractViolation extends AssertionError {
    private final Check check;

    LayerContractViolation(Check check, String detail, Throwable cause) {
        super("[" + check.label() + "] " + detail, cause);
        this.check = check;
    }

    LayerContractViolation(Check check, String detail) {
        this(check, detail, null);
    }

    public Check check() {
        return check;
    }
}
