package org.layerlab.app.project;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.layerlab.app.cli.ExportFormat;
import org.layerlab.app.cli.LayerLabCommand;
import org.layerlab.core.io.Project;
import org.layerlab.core.io.ProjectWriter;
import org.layerlab.core.layer.LayerRegistry;

/**
 * Exports through the command line's own {@code layerlab export}, run in this process on the project as
 * it would be saved, so the window and the command line can never write different files.
 */
public final class ProjectExport {
    private final LayerRegistry registry;

    public ProjectExport(LayerRegistry registry) {
        this.registry = registry;
    }

    /** What the export printed: its notes on success, its one-line error on failure. */
    public record Outcome(boolean ok, String text) {
    }

    public Outcome export(Project project, String modelName, ExportFormat format, Path target) throws IOException {
        Path folder = Files.createTempDirectory("layerlab-export");
        Path file = folder.resolve(modelName + ProjectFiles.EXTENSION);
        try {
            new ProjectWriter(registry).write(project, file);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            var command = LayerLabCommand.commandLine(() -> {
            });
            command.setOut(new PrintWriter(out, true));
            command.setErr(new PrintWriter(err, true));
            int code = command.execute("export", file.toString(), "--to", format.id(), "--out", target.toString());
            return code == 0 ? new Outcome(true, out.toString().strip()) : new Outcome(false, firstLine(err.toString()));
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
        }
    }

    /** The CLI's message without its {@code layerlab export:} prefix. */
    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        int colon = line.indexOf(": ");
        return line.startsWith("layerlab") && colon > 0 ? line.substring(colon + 2) : line;
    }
}
