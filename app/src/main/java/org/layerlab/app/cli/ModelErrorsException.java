package org.layerlab.app.cli;

/** The model has errors that shape inference found, so it cannot be exported; the message is one line. */
final class ModelErrorsException extends RuntimeException {
    ModelErrorsException(String message) {
        super(message);
    }
}
