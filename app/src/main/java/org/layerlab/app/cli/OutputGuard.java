package org.layerlab.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.layerlab.app.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Refuses, before any work, an output that would destroy what the user has: a file a command reads, or a
 * project or model file that a table or an export would replace. Files are compared by their real paths,
 * so a link or another spelling of the same path is caught too. A refusal is a usage mistake (exit code 2)
 * and writes nothing.
 */
final class OutputGuard {
    static final String FORCE = "--force";
    private static final List<String> MODEL_ENDINGS = List.of(".llab", ".json", ".keras", ".h5");
    /** How a project file starts; the first bytes tell a project apart from other JSON whatever its name. */
    private static final String PROJECT_MARK = "\"layerlab-project\"";
    private static final int SNIFF_BYTES = 256;

    private final CommandLine command;
    private final Messages messages;

    OutputGuard(CommandLine command, Messages messages) {
        this.command = command;
        this.messages = messages;
    }

    /**
     * @param writes every file the command may write
     * @param inputs every file the command reads
     * @throws ParameterException naming the output and the input it is
     */
    void requireNotInput(Collection<Path> writes, Collection<Path> inputs) {
        for (Path w : writes) {
            for (Path in : inputs) {
                if (sameFile(w, in)) {
                    throw new ParameterException(command, messages.text("error.outIsInput", w, in));
                }
            }
        }
    }

    /** Refuses to put anything but a project over an existing project, unless {@code --force} is given. */
    void requireNotOverProject(Path out, boolean force) {
        if (!force && Files.isRegularFile(out) && isProject(out)) {
            throw new ParameterException(command, messages.text("error.outIsProject", out, FORCE));
        }
    }

    /** Refuses to put a table over an existing project or model file, unless {@code --force} is given. */
    void requireNotOverModel(Path out, boolean force) {
        if (!force && Files.isRegularFile(out) && (isProject(out) || hasModelEnding(out))) {
            throw new ParameterException(command, messages.text("error.outIsModel", out, FORCE));
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException unreadable) {
            return false;
        }
    }

    private static boolean hasModelEnding(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        return MODEL_ENDINGS.stream().anyMatch(name::endsWith);
    }

    private static boolean isProject(Path file) {
        if (String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(".llab")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(SNIFF_BYTES), StandardCharsets.UTF_8).contains(PROJECT_MARK);
        } catch (IOException unreadable) {
            return false;
        }
    }
}
