package org.layerlab.app.cli;

import java.io.IOException;

/**
 * A file or folder given as a command's input that cannot be used as one: a folder where a file belongs,
 * a file that is not UTF-8 text. Like any unreadable input it ends the command with exit code 2; the
 * message is one line naming the path.
 */
final class InputFileException extends IOException {
    InputFileException(String message) {
        super(message);
    }
}
