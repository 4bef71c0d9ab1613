package org.layerlab.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.layerlab.app.i18n.Messages;
import org.layerlab.core.graph.Diagnostic;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.Severity;
import org.layerlab.core.graph.ShapeInference;
import org.layerlab.core.io.ModelReader;
import org.layerlab.core.io.ParameterBudget;
import org.layerlab.core.io.Project;
import org.layerlab.core.io.ProjectReader;
import org.layerlab.core.io.ReadLimits;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.project.GraphImport;

/**
 * A model file as the commands use it: the project it opened as ({@code .llab}, or a Keras or TF.js file
 * around which a new project is made) and the model's graph, whose shape inference has run.
 *
 * @param label the file's name, as messages name it
 */
record OpenedModel(Path file, String label, Project project, ModelGraph graph, LayerRegistry registry) {

    /**
     * @throws org.layerlab.core.io.ModelFormatException naming the file, layer and field when the content is refused
     * @throws IOException when the file cannot be read
     */
    static OpenedModel open(Path file, LayerRegistry registry) throws IOException {
        String label = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return of(file, label, new ProjectReader(new ModelReader(registry)).open(file), registry);
    }

    /** A project read elsewhere, its graph built and inferred. */
    static OpenedModel of(Path file, String label, Project project, LayerRegistry registry) throws IOException {
        ModelGraph graph = GraphImport.toGraph(label, project.model(), registry,
                new ParameterBudget(ReadLimits.DEFAULT_MAX_PARAMETERS));
        return new OpenedModel(file, label, project, graph, registry);
    }

    /** @throws ModelErrorsException naming the first layer with an error and how many there are */
    void requireNoErrors(Messages messages) {
        List<Diagnostic> errors;
        try (ShapeInference inference = new ShapeInference(graph)) {
            errors = inference.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
        }
        if (!errors.isEmpty()) {
            Diagnostic first = errors.get(0);
            String layer = graph.node(first.node()).name();
            // Most diagnostics name their layer already.
            String problem = first.message().contains("\"" + layer + "\"") ? first.message()
                    : messages.text("error.inLayer", layer, first.message());
            throw new ModelErrorsException(messages.text("error.modelHasErrors", label, problem,
                    Integer.toString(errors.size()), file.toString()));
        }
    }
}
