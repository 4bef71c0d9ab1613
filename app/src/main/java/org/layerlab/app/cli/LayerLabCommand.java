package org.layerlab.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.layerlab.app.BuildInfo;
import org.layerlab.app.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** {@code layerlab}: without a subcommand it opens the main window. */
@Command(name = "layerlab", mixinStandardHelpOptions = true, versionProvider = LayerLabCommand.Version.class,
        resourceBundle = Messages.CLI_BUNDLE,
        subcommands = {SummaryCommand.class, ValidateCommand.class, ExportCommand.class, TrainCommand.class,
            PredictCommand.class, RenderCommand.class})
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
     * Runs the command line and returns its exit code. Running out of memory, which no command can go on
     * from, ends in one line that says what to do instead of a stack trace.
     */
    public static int run(Runnable openWindow, String... args) {
        Messages messages = Messages.load(Messages.CLI_BUNDLE);
        // Made before any work, so that saying it needs no memory the failure might have taken.
        String outOfMemory = messages.text("error.outOfMemory", Long.toString(Runtime.getRuntime().maxMemory() >> 20));
        try {
            return commandLine(openWindow).execute(args);
        } catch (OutOfMemoryError e) {
            System.err.println(outOfMemory);
            return ExitCodes.FAILED;
        }
    }

    /**
     * The command line, set up so that every error is one line on stderr (with the stack trace after it
     * only under {@code --debug}): exit code 2 for a usage mistake or an input file that cannot be read, 1 for
     * a failure while running, writing the output among them.
     */
    public static CommandLine commandLine(Runnable openWindow) {
        Messages messages = Messages.load(Messages.CLI_BUNDLE);
        FailureText failures = new FailureText(messages);
        CommandLine commandLine = new CommandLine(new LayerLabCommand(openWindow));
        commandLine.setParameterExceptionHandler((e, args) -> {
            CommandLine failed = e.getCommandLine();
            String command = failed.getCommandSpec().qualifiedName();
            String message = messages.text("error.usage", command, e.getMessage());
            int code = failed.getCommandSpec().exitCodeOnInvalidInput();
            if (ValidateCommand.wantsJson(failed, args)) {
                // Machine-readable even when the command line itself is wrong.
                failed.getOut().println(ValidationReport.failure(code,
                        List.of(new ValidationReport.DiagnosticRow("error", null, null, message))).toJson());
                failed.getOut().flush();
                return code;
            }
            failed.getErr().println(message);
            return code;
        });
        commandLine.setExecutionExceptionHandler((e, failed, parseResult) -> {
            PrintWriter err = failed.getErr();
            Optional<OutputPath> out = OutputPath.of(failed.getParseResult());
            err.println(messages.text("error.failed", failed.getCommandSpec().qualifiedName(), failures.of(e, out)));
            if (failed.getParseResult().hasMatchedOption(DebugOption.NAME)) {
                e.printStackTrace(err);
            }
            err.flush();
            return ExitCodes.of(e, out);
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
