package org.layerlab.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.layerlab.app.i18n.Messages;
import org.layerlab.core.data.ColumnarTable;
import org.layerlab.core.io.Project;
import org.layerlab.core.project.KerasWeights;
import org.layerlab.core.train.GraphModel;
import org.layerlab.core.train.Predictor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code layerlab predict FILE --input X.csv [--out Y.csv]}: the model's outputs for every row. A trained
 * project applies its preprocessing to the raw columns; a bare model file takes the numeric columns as
 * they are, with weights drawn from the seed when the file has none.
 */
@Command(name = "predict", mixinStandardHelpOptions = true, versionProvider = LayerLabCommand.Version.class)
final class PredictCommand implements Callable<Integer> {
    /** Rows predicted at once: enough to keep the model busy, few enough to hold. */
    private static final int CHUNK_ROWS = 4096;

    @Mixin
    ModelFileOption model;
    @Mixin
    DebugOption debug;
    @Option(names = "--input", required = true, paramLabel = "X.csv", descriptionKey = "predict.input")
    Path input;
    @Option(names = "--out", paramLabel = "Y.csv", descriptionKey = "predict.out")
    Path out;
    @Option(names = "--seed", paramLabel = "S", descriptionKey = "predict.seed")
    Long seed;
    @Option(names = OutputGuard.FORCE, descriptionKey = "predict.force")
    boolean force;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CommandLine command = spec.commandLine();
        Messages messages = Messages.load(Messages.CLI_BUNDLE);
        if (out != null) {
            OutputGuard guard = new OutputGuard(command, messages);
            guard.requireNotInput(List.of(out), List.of(model.file, model.modelFile(), input));
            guard.requireNotOverModel(out, force);
            new OutputPath(out).requireWritableFile(messages);
        }
        OpenedModel opened = model.open();
        opened.requireNoErrors(messages);
        Project project = opened.project();
        Optional<PrintWriter> terminal = System.console() == null ? Optional.empty() : Optional.of(command.getErr());
        ColumnarTable table = CsvFile.readColumns(input, new LoadingProgress(terminal, messages));
        GraphModel network = GraphModel.of(opened.graph());
        KerasWeights.load(network, project.model().weights(), opened.label());
        PrintWriter stderr = command.getErr();
        if (!project.isTrained()) {
            long drawn = seed != null ? seed : project.training().seed();
            network.initializeMissing(drawn);
            stderr.println(messages.text("predict.untrained", opened.label(), Long.toString(drawn)));
        } else if (seed != null) {
            stderr.println(messages.text("predict.seedIgnored", opened.label()));
        }
        stderr.flush();
        Predictor predictor = new Predictor(network);
        float[] inputs = project.preprocessing()
                .map(p -> ModelInputs.preprocessed(p, table))
                .orElseGet(() -> ModelInputs.numericColumns(table, predictor.inputWidth(), messages));
        PredictionTable result = new PredictionTable(project.preprocessing(),
                Math.toIntExact(network.outputShape().withoutBatch().size()));
        if (out == null) {
            write(result, predictor, inputs, table.size(), command.getOut());
        } else {
            try (Writer file = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                write(result, predictor, inputs, table.size(), file);
            }
        }
        return ExitCodes.OK;
    }

    /** Predicts and writes a chunk of rows at a time, so that a large table's outputs are never all held. */
    private static void write(PredictionTable result, Predictor predictor, float[] inputs, int rows, Writer out)
            throws IOException {
        result.writeHeader(out);
        int width = predictor.inputWidth();
        for (int from = 0; from < rows; from += CHUNK_ROWS) {
            int to = Math.min(rows, from + CHUNK_ROWS);
            result.writeRows(predictor.predict(ModelInputs.rows(inputs, width, from, to)), out);
        }
        out.flush();
    }
}
