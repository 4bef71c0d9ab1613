package org.layerlab.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.layerlab.app.i18n.Messages;
import org.layerlab.core.data.DataException;
import org.layerlab.core.data.EncodedData;
import org.layerlab.core.data.PreparedData;
import org.layerlab.core.data.Preprocessing;
import org.layerlab.core.data.ResourceOpener;
import org.layerlab.core.data.Target;
import org.layerlab.core.data.TrainValidationSplit;
import org.layerlab.core.io.Project;
import org.layerlab.core.io.SourceFormat;
import org.layerlab.core.io.ProjectWriter;
import org.layerlab.core.project.KerasWeights;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.train.GraphModel;
import org.layerlab.core.train.ModelWeights;
import org.layerlab.core.train.SessionOptions;
import org.layerlab.core.train.TrainingEvent;
import org.layerlab.core.train.TrainingExecutor;
import org.layerlab.core.train.TrainingSession;
import org.layerlab.core.train.TrainingSettings;
import org.layerlab.core.train.TrainingThreads;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code layerlab train FILE --data NAME|PATH.csv --out TRAINED.llab}: trains the model, a line per
 * epoch, and saves a project with the trained weights, the settings used and the preprocessing that
 * {@code predict} repeats. A run stopped with Ctrl+C or ended by a failure still saves its last good weights.
 */
@Command(name = "train", mixinStandardHelpOptions = true, versionProvider = LayerLabCommand.Version.class)
final class TrainCommand implements Callable<Integer> {
    /** The weight snapshots a session sends are for the window's charts; the command line needs none. */
    private static final Duration NO_SNAPSHOTS = Duration.ofDays(365);

    @Mixin
    ModelFileOption model;
    @Mixin
    DebugOption debug;
    @Option(names = "--data", required = true, paramLabel = "NAME|PATH.csv", completionCandidates = TrainingData.Names.class,
            descriptionKey = "train.data")
    String data;
    @Option(names = "--target", paramLabel = "COL", descriptionKey = "train.target")
    String target;
    @Option(names = "--target-kind", paramLabel = "class|value", descriptionKey = "train.targetKind")
    String targetKind;
    @Mixin
    TrainingOptions options;
    @Option(names = "--out", required = true, paramLabel = "TRAINED.llab", descriptionKey = "train.out")
    Path out;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CommandLine command = spec.commandLine();
        Messages messages = Messages.load(Messages.CLI_BUNDLE);
        if (!String.valueOf(out.getFileName()).toLowerCase(Locale.ROOT).endsWith(".llab")) {
            throw new ParameterException(command, messages.text("train.outNotProject", out));
        }
        new OutputPath(out).requireWritableFile(messages);
        OpenedModel opened = model.open();
        Optional<ShapelessModel> shapeless = ShapelessModel.of(opened);
        if (shapeless.isPresent()) {
            // Keras's fit builds such a model from the data: a width of 1 stands in until the data is read.
            opened = shapeless.get().withInputWidth(1, opened.registry());
        }
        opened.requireNoErrors(messages);
        TrainingSettings asked = options.applyTo(opened.project().training(), command);
        GraphModel trainable = GraphModel.of(opened.graph());
        Loaded loaded = load(opened, trainable, asked, messages);
        if (shapeless.isPresent()) {
            int width = loaded.prepared().train().width();
            opened = shapeless.get().withInputWidth(width, opened.registry());
            opened.requireNoErrors(messages);
            trainable = GraphModel.of(opened.graph());
            command.getOut().println(messages.text("train.inputFromData", opened.label(), Integer.toString(width)));
        }
        TrainingSettings settings = loaded.settings();
        PreparedData prepared = loaded.prepared();
        // A stopped run goes on with the epochs it has left, unless --epochs asks for a new count.
        Project project = opened.project();
        int left = options.epochs == null ? project.epochsLeft() : 0;
        int before = left > 0 ? project.epochsTrained() : 0;
        TrainingSettings run = left > 0 ? settings.withEpochs(left) : settings;
        PrintWriter stdout = command.getOut();
        PrintWriter stderr = command.getErr();
        new TrainingRows(messages).check(loaded.rows(), prepared, run, stderr);
        stdout.println(TrainingOptions.describe(run, loaded.target(), messages));
        if (left > 0) {
            stdout.println(messages.text("train.continuing", opened.label(), Integer.toString(before),
                    Integer.toString(settings.epochs()), Integer.toString(left)));
        }
        stdout.flush();
        // A trained project goes on from its weights, as Keras's fit does on a loaded model.
        KerasWeights.load(trainable, project.model().weights(), opened.label());
        // No window to keep responsive: training may use every core the policy finds worth using.
        TrainingSession session = new TrainingSession(trainable, prepared.train(), prepared.validation(), run,
                SessionOptions.defaults().withExecutor(TrainingExecutor.callingThread()).withSnapshotInterval(NO_SNAPSHOTS)
                        .withThreadBudget(TrainingThreads.available()));
        Optional<ProgressBar> bar = System.console() == null ? Optional.empty()
                : Optional.of(new ProgressBar(stderr, messages));
        TrainingProgress progress = new TrainingProgress(stdout, bar, messages);
        session.addListener(progress);
        try (StopOnInterrupt interrupt = new StopOnInterrupt(session)) {
            session.start();
            TrainingEvent end = progress.end();
            Project trained = project.withModel(project.model().withWeights(KerasWeights.of(weights(end))))
                    .withTraining(settings).withPreprocessing(prepared.preprocessing())
                    .withEpochsTrained(before + progress.epochsCompleted());
            new ProjectWriter(opened.registry()).write(trained, out);
            return reportEnd(end, trained, messages, stdout);
        }
    }

    /** The data ready to train on, the settings fitted to it, and what the table held. */
    private record Loaded(PreparedData prepared, TrainingSettings settings, Target target, int rows) {
    }

    /**
     * Reads, encodes, splits and scales the data. The encoded table is dropped once split, so that a large
     * table is held no more than twice while training.
     */
    private Loaded load(OpenedModel opened, GraphModel trainable, TrainingSettings asked, Messages messages)
            throws IOException {
        CommandLine command = spec.commandLine();
        Shape output = trainable.outputShape();
        long units = output.dim(output.rank() - 1);
        // A project trained before chose its loss; a model file or an untrained design has only --loss.
        String chosenLoss = options.loss != null ? options.loss
                : opened.project().preprocessing().isPresent() ? asked.loss() : null;
        EncodedData encoded = new TrainingData(command, messages, ResourceOpener.of(getClass().getClassLoader()))
                .load(data, target, targetKind, OutputLayerReading.of(opened.graph(), units, chosenLoss), asked.seed());
        Target kind = encoded.dataset().target();
        TrainingSettings settings = asked;
        if (opened.project().model().source().format() != SourceFormat.LAYERLAB) {
            settings = options.fittedTo(settings, kind, units);
        }
        settings = TrainingOptions.withAccuracy(settings, kind.isClassification());
        return new Loaded(prepare(encoded, opened, settings.split(), messages), settings, kind, encoded.dataset().size());
    }

    /**
     * Splits the rows and scales them. A project trained before keeps its preprocessing, since its weights
     * were learned on inputs scaled that way: the data must be encoded the same, and the project's
     * standardisation is applied rather than one fitted anew. A model file with weights but no
     * preprocessing (a trained TF.js export, whose standardisation is folded into its first layer) takes
     * the data as it is.
     *
     * @throws DataException when the data is encoded differently from the project's training data
     */
    private PreparedData prepare(EncodedData encoded, OpenedModel opened, TrainValidationSplit split, Messages messages) {
        Optional<Preprocessing> trained = opened.project().preprocessing();
        if (trained.isPresent()) {
            Preprocessing kept = trained.get();
            Optional<String> difference = EncodingDifference.first(kept, encoded.preprocessing(), messages);
            if (difference.isPresent()) {
                throw DataException.in(data, messages.text("train.dataDiffers", opened.label(), difference.get()));
            }
            PreparedData scaled = encoded.prepare(split, kept.standardization());
            return new PreparedData(scaled.train(), scaled.validation(), kept);
        }
        if (opened.project().isTrained()) {
            PrintWriter stderr = spec.commandLine().getErr();
            stderr.println(messages.text("train.notStandardized", opened.label()));
            stderr.flush();
            return encoded.prepare(split, false);
        }
        return encoded.prepare(split, true);
    }

    private static ModelWeights weights(TrainingEvent end) {
        return switch (end) {
            case TrainingEvent.Finished f -> f.weights();
            case TrainingEvent.Stopped s -> s.weights();
            case TrainingEvent.Failed f -> f.weights();
            default -> throw new IllegalStateException("training ended with " + end);
        };
    }

    /** @throws TrainingFailedException after a failed run, whose last good weights are saved */
    private int reportEnd(TrainingEvent end, Project trained, Messages messages, PrintWriter stdout) {
        String saved = out.toString();
        switch (end) {
            case TrainingEvent.Failed f -> throw new TrainingFailedException(messages.text("train.failed", f.message(), saved));
            case TrainingEvent.Stopped s -> stdout.println(messages.text("train.stopped",
                    Integer.toString(s.epoch()), Integer.toString(s.batch()), saved,
                    Integer.toString(trained.epochsTrained()), Integer.toString(trained.training().epochs())));
            default -> stdout.println(messages.text("train.saved", saved));
        }
        stdout.flush();
        return ExitCodes.OK;
    }
}
