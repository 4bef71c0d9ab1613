package org.layerlab.core.train;

/** Training a model with a batch would take more memory than allowed; the message gives both amounts. */
public class MemoryBudgetException extends RuntimeException {
    public MemoryBudgetException(String message) {
        super(message);
    }
}
