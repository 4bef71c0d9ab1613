package org.layerlab.app.cli;

/**
 * The file an {@code --out} option names cannot be written there: it is a folder, or its folder cannot be
 * made or written to. Found before the command does its work, so that no training run is lost to it; the
 * message is one line naming the path, and the command ends with exit code 1.
 */
final class OutputFileException extends RuntimeException {
    OutputFileException(String message) {
        super(message);
    }
}
