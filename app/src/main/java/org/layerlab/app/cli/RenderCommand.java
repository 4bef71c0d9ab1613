package org.layerlab.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.layerlab.app.editor.draw.CardLayout;
import org.layerlab.app.editor.draw.ModelPicture;
import org.layerlab.app.editor.draw.NodeFaces;
import org.layerlab.app.editor.draw.PictureFile;
import org.layerlab.app.editor.draw.TextMeasure;
import org.layerlab.app.i18n.Messages;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.ShapeInference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code layerlab render FILE --out graph.svg|graph.png}: the model drawn as the canvas draws it, without a
 * display and without JavaFX. A model with errors is drawn too, its broken layers marked.
 */
@Command(name = "render", mixinStandardHelpOptions = true, versionProvider = LayerLabCommand.Version.class)
final class RenderCommand implements Callable<Integer> {
    @Mixin
    ModelFileOption model;
    @Mixin
    DebugOption debug;
    @Option(names = "--out", required = true, paramLabel = "PATH", descriptionKey = "render.out")
    Path out;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Messages messages = Messages.load(Messages.CLI_BUNDLE);
        PictureFile kind = PictureFile.forName(String.valueOf(out.getFileName())).orElseThrow(() ->
                new ParameterException(spec.commandLine(), messages.text("render.unknownKind", out)));
        Path target = out.toAbsolutePath().normalize();
        new OutputGuard(spec.commandLine(), messages).requireNotInput(List.of(target),
                List.of(model.file, model.modelFile()));
        if (target.getParent() != null && !Files.isDirectory(target.getParent())) {
            throw new OutputFileException(Files.exists(target.getParent())
                    ? messages.text("error.outFolderIsFile", out, target.getParent())
                    : messages.text("error.outFolderMissing", out, target.getParent()));
        }
        OpenedModel opened = model.open();
        ModelGraph graph = opened.graph();
        CardLayout.place(graph, opened.project());
        try (ShapeInference inference = new ShapeInference(graph)) {
            NodeFaces faces = new NodeFaces(graph, inference, Messages.load(Messages.UI_BUNDLE));
            ModelPicture picture = ModelPicture.of(graph, faces, id -> CardLayout.placeOf(graph, id), new TextMeasure());
            kind.write(picture, target);
        }
        spec.commandLine().getOut().println(messages.text("render.wrote", out, graph.nodes().size()));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
