package org.layerlab.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.layerlab.app.i18n.Messages;
import org.layerlab.core.graph.ShapeInference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code layerlab validate FILE [--json]}: every layer's output shape and parameters, then the
 * diagnostics. Exit code 0 when the model is valid, 1 when it has errors, 2 when the file cannot be read.
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
            out.print(report.toText(Messages.load(Messages.CLI_BUNDLE)));
        }
        out.flush();
        return report.hasErrors() ? ExitCodes.FAILED : ExitCodes.OK;
    }
}
