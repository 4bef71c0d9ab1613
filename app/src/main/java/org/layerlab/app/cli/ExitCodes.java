package org.layerlab.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * What the {@code layerlab} commands return to the shell: the one table every command follows, as the
 * README documents it. A run ended by a signal exits as the JVM does after its shutdown hooks, with 128 plus
 * the signal: 130 for Ctrl+C (SIGINT), 143 for {@code kill} (SIGTERM); {@code train} saves before that.
 */
final class ExitCodes {
    static final int OK = 0;
    /**
     * The command ran and failed: the model has errors, training failed, the data does not fit the model,
     * the output could not be written.
     */
    static final int FAILED = 1;
    /**
     * A file could not be read or is not a supported model file. Also picocli's code for a usage mistake:
     * either way the input never got as far as the model.
     */
    static final int UNREADABLE = 2;

    private ExitCodes() {
    }

    /**
     * The code for a command that ended with {@code failure}.
     *
     * @param out the command's {@code --out}, whose write failures are failures while running
     */
    static int of(Throwable failure, Optional<OutputPath> out) {
        Throwable e = unwrapped(failure);
        if (!(e instanceof IOException) || OutputPath.isWriteFailure(e) || out.map(o -> o.failedWith(e)).orElse(false)) {
            return FAILED;
        }
        return UNREADABLE;
    }

    /** The I/O failure an {@link UncheckedIOException} carries, or the failure itself. */
    static Throwable unwrapped(Throwable failure) {
        return failure instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : failure;
    }
}
