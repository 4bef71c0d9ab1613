package org.layerlab.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.layerlab.app.i18n.Messages;
import org.layerlab.core.graph.ShapeInference;
import org.layerlab.core.io.ModelFormatException;
import org.layerlab.core.io.ParameterBudget;
import org.layerlab.core.io.UnsupportedLayerException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code layerlab validate FILE [--json]}: every layer's output shape and parameters, then the
 * diagnostics. Exit code 0 when the model is valid, 1 when it has errors, 2 when the file cannot be read.
 * A model over the parameter budget for training is still valid: the text ends with a note saying so.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = LayerLabCommand.Version.class)
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    ModelFileOption model;
    @Mixin
    DebugOption debug;
    @Option(names = "--json", descriptionKey = "validate.json")
    boolean json;
    @Spec
    CommandSpec spec;

    /** Whether a command line that failed to parse was {@code validate} asking for JSON. */
    static boolean wantsJson(CommandLine failed, String[] args) {
        return failed.getCommand() instanceof ValidateCommand && Arrays.asList(args).contains("--json");
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Messages messages = Messages.load(Messages.CLI_BUNDLE);
        if (!json) {
            ValidationReport report = report();
            out.print(report.toText(messages));
            overTrainingBudget(report, messages).ifPresent(out::println);
            out.flush();
            return report.exitCode();
        }
        ValidationReport report;
        try {
            report = report();
            Optional<String> note = overTrainingBudget(report, messages);
            if (note.isPresent()) {
                report = report.with(new ValidationReport.DiagnosticRow("info", null, null, note.get()));
            }
        } catch (IOException | RuntimeException e) {
            // Machine-readable whatever happens: the refusal is the report's one diagnostic.
            report = ValidationReport.failure(ExitCodes.of(e, Optional.empty()), errors(e, messages));
        }
        out.println(report.toJson());
        out.flush();
        return report.exitCode();
    }

    /** A refusal as diagnostics: one per unsupported layer, else one naming the layer and field at fault. */
    private static List<ValidationReport.DiagnosticRow> errors(Exception e, Messages messages) {
        Throwable cause = ExitCodes.unwrapped(e);
        if (cause instanceof UnsupportedLayerException u) {
            return u.offenders().stream().map(o -> new ValidationReport.DiagnosticRow("error", o.layer(), "class_name",
                    u.file() + ": unsupported layer " + o)).toList();
        }
        ModelFormatException refused = cause instanceof ModelFormatException m ? m : null;
        return List.of(new ValidationReport.DiagnosticRow("error", refused == null ? null : refused.layer(),
                refused == null ? null : refused.field(), new FailureText(messages).of(e, Optional.empty())));
    }

    private ValidationReport report() throws IOException {
        OpenedModel opened = model.open();
        try (ShapeInference inference = new ShapeInference(opened.graph())) {
            return ValidationReport.of(opened.graph(), inference);
        }
    }

    /** A model may be read and checked whatever its size, but training allocates: say when it is too big for that. */
    private static Optional<String> overTrainingBudget(ValidationReport report, Messages messages) {
        ParameterBudget training = ParameterBudget.forTraining();
        if (report.totalParams() == null || training.allows(report.totalParams())) {
            return Optional.empty();
        }
        return Optional.of(messages.text("validate.overTrainingBudget",
                String.format(Locale.ROOT, "%,d", report.totalParams()),
                String.format(Locale.ROOT, "%,d", training.maxParameters())));
    }
}
