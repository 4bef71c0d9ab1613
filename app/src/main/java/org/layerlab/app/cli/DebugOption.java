package org.layerlab.app.cli;

import picocli.CommandLine.Option;

/** {@code --debug}: a failure prints its stack trace after the one-line message. */
final class DebugOption {
    static final String NAME = "--debug";

    @Option(names = NAME, descriptionKey = "debug")
    boolean debug;
}
