package org.layerlab.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.layerlab.app.i18n.Messages;
import org.layerlab.core.graph.ShapeInference;
import org.layerlab.core.io.ParameterBudget;
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

    @Override
    public Integer call() throws IOException {
        OpenedModel opened = model.open();
        ValidationReport report;
        try (ShapeInference inference = new ShapeInference(opened.graph())) {
            report = ValidationReport.of(opened.graph(), inference);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(report.toJson());
        } else {
            Messages messages = Messages.load(Messages.CLI_BUNDLE);
            out.print(report.toText(messages));
            ParameterBudget training = ParameterBudget.forTraining();
            if (!training.allows(report.totalParams())) {
                out.println(messages.text("validate.overTrainingBudget", String.format(Locale.ROOT, "%,d",
                        report.totalParams()), String.format(Locale.ROOT, "%,d", training.maxParameters())));
            }
        }
        out.flush();
        return report.hasErrors() ? ExitCodes.FAILED : ExitCodes.OK;
    }
}
