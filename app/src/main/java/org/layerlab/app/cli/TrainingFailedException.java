package org.layerlab.app.cli;

/** A training run ended without finishing (the loss or weights stopped being numbers); its message is one line. */
final class TrainingFailedException extends RuntimeException {
    TrainingFailedException(String message) {
        super(message);
    }
}
