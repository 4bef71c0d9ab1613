package org.layerlab.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.layerlab.app.i18n.Messages;
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
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Messages messages = Messages.load(Messages.CLI_BUNDLE);
        PrintWriter stdout = spec.commandLine().getOut();
        OpenedModel opened = model.open();
        opened.requireNoErrors(messages);
        Project project = opened.project();
        Path target = out.toAbsolutePath().normalize();
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        if (!format.holdsWeights()) {
            // The architecture alone: folding the preprocessing into weights that are not written would mean nothing.
            format.writer(opened.registry()).write(project.model(), target);
            if (project.model().hasWeights()) {
                stdout.println(messages.text("export.weightsLeftOut", format.id()));
            }
        } else {
            TrainedExport.Result export = TrainedExport.prepare(project);
            format.writer(opened.registry()).write(export.model(), target);
            export.notes().forEach(note -> stdout.println(ExportNotes.text(note, messages)));
            if (export.outside().isPresent()) {
                Path beside = besideExport(target);
                Files.writeString(beside, PreprocessingJson.of(export.outside().get()), StandardCharsets.UTF_8);
                stdout.println(messages.text("export.preprocessingBeside", beside));
            }
        }
        stdout.println(messages.text("export.wrote", out, format.id()));
        stdout.flush();
        return ExitCodes.OK;
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
