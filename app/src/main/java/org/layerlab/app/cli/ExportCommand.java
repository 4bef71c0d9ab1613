package org.layerlab.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.concurrent.Callable;
import org.layerlab.app.i18n.Messages;
import org.layerlab.core.data.Preprocessing;
import org.layerlab.core.io.FiniteWeights;
import org.layerlab.core.io.Project;
import org.layerlab.core.project.TrainedExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code layerlab export FILE --to keras|keras3|tfjs|python --out PATH}. A trained project's export takes
 * raw feature values: its standardisation is folded into the model where it can be, otherwise the
 * preprocessing is written beside the export as {@code <name>.preprocessing.json}.
 */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = LayerLabCommand.Version.class)
final class ExportCommand implements Callable<Integer> {
    static final String PREPROCESSING_SUFFIX = ".preprocessing.json";

    @Mixin
    ModelFileOption model;
    @Mixin
    DebugOption debug;
    @Option(names = "--to", required = true, paramLabel = "FORMAT", converter = ExportFormat.Converter.class,
            completionCandidates = ExportFormat.Ids.class, descriptionKey = "export.to")
    ExportFormat format;
    @Option(names = "--out", required = true, paramLabel = "PATH", descriptionKey = "export.out")
    Path out;
    @Option(names = OutputGuard.FORCE, descriptionKey = "export.force")
    boolean force;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Messages messages = Messages.load(Messages.CLI_BUNDLE);
        PrintWriter stdout = spec.commandLine().getOut();
        Path target = out.toAbsolutePath().normalize();
        guard(messages, target);
        OpenedModel opened = model.open();
        opened.requireNoErrors(messages);
        Project project = opened.project();
        boolean wroteBeside = false;
        if (!format.holdsWeights()) {
            // The architecture alone: folding the preprocessing into weights that are not written would mean nothing.
            format.writer(opened.registry()).write(project.model(), target);
            if (project.model().hasWeights()) {
                stdout.println(messages.text("export.weightsLeftOut", format.id()));
            }
        } else {
            TrainedExport.Result export = TrainedExport.prepare(project);
            // Folding the standardisation in must not turn finite weights into infinite ones unnoticed.
            FiniteWeights.require(opened.label(), export.model().weights());
            format.writer(opened.registry()).write(export.model(), target);
            export.notes().forEach(note -> stdout.println(ExportNotes.text(note, messages)));
            if (export.outside().isPresent()) {
                wroteBeside = true;
                Path beside = besideExport(target);
                Files.writeString(beside, PreprocessingJson.of(export.outside().get()), StandardCharsets.UTF_8);
                stdout.println(messages.text("export.preprocessingBeside", beside));
            }
        }
        if (project.preprocessing().isPresent()) {
            writeTarget(project.preprocessing().get(), target, messages, stdout, wroteBeside);
        }
        stdout.println(messages.text("export.wrote", out, format.id()));
        stdout.flush();
        return ExitCodes.OK;
    }

    /**
     * Records what the outputs mean: in a TF.js model's metadata, and beside any export (as part of the
     * preprocessing written there, or alone when the model takes raw values).
     */
    private void writeTarget(Preprocessing preprocessing, Path target, Messages messages, PrintWriter stdout,
            boolean wroteBeside) throws IOException {
        if (format == ExportFormat.TFJS) {
            ClassNamesMetadata.addToTfjs(target.resolve(ModelFileOption.TFJS_MODEL), preprocessing);
        }
        Path beside = besideExport(target);
        if (!wroteBeside) {
            Files.writeString(beside, PreprocessingJson.targetOnly(preprocessing), StandardCharsets.UTF_8);
            stdout.println(messages.text("export.targetBeside", beside));
        }
    }

    /**
     * Refuses an export that would replace its own model file or a project, and one whose folder is
     * missing: a TF.js export makes its own folder, never the folders above it.
     */
    private void guard(Messages messages, Path target) {
        OutputGuard guard = new OutputGuard(spec.commandLine(), messages);
        List<Path> writes = new ArrayList<>(List.of(target, besideExport(target)));
        if (format == ExportFormat.TFJS) {
            writes.add(target.resolve(ModelFileOption.TFJS_MODEL));
            try (Stream<Path> files = Files.isDirectory(target) ? Files.list(target) : Stream.empty()) {
                files.forEach(writes::add);
            } catch (IOException unlisted) {
                // The write itself reports a folder it cannot use.
            }
        }
        guard.requireNotInput(writes, List.of(model.file, model.modelFile()));
        if (format != ExportFormat.TFJS) {
            guard.requireNotOverProject(out, force);
        }
        if (target.getParent() != null && !Files.isDirectory(target.getParent())) {
            Path parent = out.toAbsolutePath().getParent();
            throw new OutputFileException(Files.exists(target.getParent())
                    ? messages.text("error.outFolderIsFile", out, parent)
                    : messages.text("error.outFolderMissing", out, parent));
        }
    }

    /** A TF.js folder {@code iris-tfjs} gives {@code iris-tfjs.preprocessing.json} beside it. */
    static Path besideExport(Path export) {
        Path normalized = export.toAbsolutePath().normalize();
        String name = String.valueOf(normalized.getFileName());
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return normalized.resolveSibling(base + PREPROCESSING_SUFFIX);
    }
}
