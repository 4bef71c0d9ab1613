package org.layerlab.app;

import java.util.Optional;
import java.util.Set;

/**
 * Tells {@code layerlab open FILE} and {@code layerlab FILE} (start the window with that file) from
 * the subcommands and options, which the command line handles.
 */
final class WindowArguments {
    private static final Set<String> SUBCOMMANDS = Set.of("summary", "validate", "export", "train", "predict", "help");

    private WindowArguments() {
    }

    /** The file to open in the window, when the arguments ask for the window with a file. */
    static Optional<String> fileToOpen(String[] args) {
        if (args.length == 2 && args[0].equals("open") && !args[1].startsWith("-")) {
            return Optional.of(args[1]);
        }
        if (args.length == 1 && !args[0].startsWith("-") && !SUBCOMMANDS.contains(args[0]) && !args[0].equals("open")) {
            return Optional.of(args[0]);
        }
        return Optional.empty();
    }
}
