package org.layerlab.app.project;

import java.nio.file.Path;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.io.Project;

/**
 * A file as the editor holds it: the graph being edited and the rest of the project (training settings,
 * preprocessing) that the editor keeps as it was read.
 *
 * @param file where it was read from or last saved, or {@code null} for a new model never saved
 * @param isProject whether {@code file} is a {@code .llab} project (Save writes it back) rather than a
 *     model file to be saved as a new project
 */
public record OpenedProject(Path file, boolean isProject, Project project, ModelGraph graph) {
}
