package org.layerlab.app.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.layerlab.app.editor.draw.CardLayout;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.CanvasPosition;
import org.layerlab.core.io.ModelReader;
import org.layerlab.core.io.ParameterBudget;
import org.layerlab.core.io.Project;
import org.layerlab.core.io.ProjectReader;
import org.layerlab.core.io.ProjectWriter;
import org.layerlab.core.io.ReadLimits;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.project.GraphExport;
import org.layerlab.core.project.GraphImport;
import org.layerlab.core.project.KerasWeights;
import org.layerlab.core.project.ProjectLayout;

/**
 * Reads and writes what the editor edits, with the same readers and writers as the command line.
 * Runs on any thread; the window calls it off the FX thread.
 */
public final class ProjectFiles {
    public static final String EXTENSION = ".llab";
    public static final String BACKUP_SUFFIX = ".bak";
    /** The endings of the files LayerLab opens: its projects and Keras models. */
    public static final List<String> MODEL_EXTENSIONS = List.of(EXTENSION, ".json", ".keras");

    private final LayerRegistry registry;

    public ProjectFiles(LayerRegistry registry) {
        this.registry = registry;
    }

    /**
     * Opens a {@code .llab} project or any model file the reader takes; layers without a saved place are
     * laid out left to right by depth, trained weights go into the layers.
     *
     * @throws IOException naming the file, layer and field when it cannot be opened
     */
    public OpenedProject open(Path file) throws IOException {
        String label = String.valueOf(file.getFileName());
        Project project = new ProjectReader(new ModelReader(registry)).open(file);
        ModelGraph graph = GraphImport.toGraph(label, project.model(), registry,
                new ParameterBudget(ReadLimits.DEFAULT_MAX_PARAMETERS));
        CardLayout.place(graph, project);
        if (project.model().hasWeights()) {
            KerasWeights.loadInto(graph, project.model().weights(), label);
        }
        boolean isProject = label.toLowerCase(Locale.ROOT).endsWith(EXTENSION);
        return new OpenedProject(file, isProject, project, graph);
    }

    /**
     * Saves a project at {@code target}, keeping the
     * file it replaces as {@code target.bak}. The write itself is atomic.
     *
     */
    public void save(Project project, Path target) throws IOException {
        if (Files.isRegularFile(target)) {
            Files.copy(target, target.resolveSibling(target.getFileName() + BACKUP_SUFFIX),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        new ProjectWriter(registry).write(project, target);
    }

    /**
     * The project a save writes: the graph's model, weights and positions over the settings of the project
     * read at open ({@code base}, {@code null} for a new model). Made on the graph's thread; the result is
     * immutable and may be written on another.
     */
    public Project asProject(ModelGraph graph, Project base, String modelName) {
        Map<String, CanvasPosition> positions = ProjectLayout.byName(graph);
        var model = GraphExport.describe(graph, modelName, KerasWeights.of(graph));
        return (base == null ? Project.of(model) : base.withModel(model)).withPositions(positions);
    }

    /** Whether the file is named as a project or Keras model, which are what LayerLab opens. */
    public static boolean isNamedAsModel(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        return MODEL_EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    /** {@code iris.llab} gives the model name {@code iris}. */
    public static String modelName(Path file) {
        String name = String.valueOf(file.getFileName());
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
