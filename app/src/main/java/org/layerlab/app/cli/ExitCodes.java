package org.layerlab.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;

/** What the {@code layerlab} commands return to the shell. */
final class ExitCodes {
    static final int OK = 0;
    /** The command ran and failed: the model has errors, training failed, the data does not fit the model. */
    static final int FAILED = 1;
    /**
     * A file could not be read or is not a supported model file. Also picocli's code for a usage mistake:
     * either way the input never got as far as the model.
     */
    static final int UNREADABLE = 2;

    private ExitCodes() {
    }

    /** The code for a command that ended with {@code failure}. */
    static int of(Throwable failure) {
        return failure instanceof IOException || failure instanceof UncheckedIOException ? UNREADABLE : FAILED;
    }
}
