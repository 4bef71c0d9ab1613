package org.layerlab.app.cli;

import java.util.concurrent.Callable;
import org.layerlab.app.BuildInfo;
import org.layerlab.app.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** {@code layerlab}: without a subcommand it opens the main window. */
@Command(name = "layerlab", mixinStandardHelpOptions = true, versionProvider = LayerLabCommand.Version.class,
        resourceBundle = Messages.CLI_BUNDLE)
public final class LayerLabCommand implements Callable<Integer> {
    private final Runnable openWindow;

    public LayerLabCommand(Runnable openWindow) {
        this.openWindow = openWindow;
    }

    @Override
    public Integer call() {
        openWindow.run();
        return CommandLine.ExitCode.OK;
    }

    /**
     * The command line, set up so that every error is one line on stderr: exit code 2 for a usage
     * mistake, 1 for a failure while running.
     */
    public static CommandLine commandLine(Runnable openWindow) {
        Messages messages = Messages.load(Messages.CLI_BUNDLE);
        CommandLine commandLine = new CommandLine(new LayerLabCommand(openWindow));
        commandLine.setParameterExceptionHandler((e, args) -> {
            CommandLine failed = e.getCommandLine();
            String command = failed.getCommandSpec().qualifiedName();
            failed.getErr().println(messages.text("error.usage", command, e.getMessage()));
            return failed.getCommandSpec().exitCodeOnInvalidInput();
        });
        commandLine.setExecutionExceptionHandler((e, failed, parseResult) -> {
            String reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            failed.getErr().println(messages.text("error.failed", failed.getCommandSpec().qualifiedName(), reason));
            return failed.getCommandSpec().exitCodeOnExecutionException();
        });
        return commandLine;
    }

    /** {@code layerlab --version}. */
    public static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"LayerLab " + BuildInfo.version()};
        }
    }
}
