package org.layerlab.core.train;

/**
 * The model cannot be trained as it stands: shape inference found an error, or it does not have
 * exactly one input and one output. The message is one line that names the layer at fault.
 */
public class UntrainableModelException extends RuntimeException {
    public UntrainableModelException(String message) {
        super(message);
    }
}
