package org.layerlab.app.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.layerlab.app.i18n.Messages;
import org.layerlab.core.graph.ShapeInference;
import org.layerlab.core.graph.Summary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code layerlab summary FILE}: the model as Keras's {@code model.summary()} shows it. */
@Command(name = "summary", mixinStandardHelpOptions = true, versionProvider = LayerLabCommand.Version.class)
final class SummaryCommand implements Callable<Integer> {
    @Mixin
    ModelFileOption model;
    @Mixin
    DebugOption debug;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        OpenedModel opened = model.open();
        try (ShapeInference inference = new ShapeInference(opened.graph())) {
            String name = opened.project().model().name();
            spec.commandLine().getOut().print(Summary.render(name, opened.graph(), inference));
        }
        spec.commandLine().getOut().flush();
        // The table shows what is known; a model with errors (an unset input shape, say) still fails.
        opened.requireNoErrors(Messages.load(Messages.CLI_BUNDLE));
        return ExitCodes.OK;
    }
}
