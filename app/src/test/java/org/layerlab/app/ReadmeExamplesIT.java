package org.layerlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every line of the README's command-line section as written, through the {@code ./layerlab}
 * launcher, after Maven's {@code package} phase has built what the launcher starts ({@code mvn verify}
 * runs this in the {@code integration-test} phase). The lines run in a scratch folder that links the
 * launcher and the {@code resources} folder, so that their outputs do not land in the checkout.
 */
class ReadmeExamplesIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path folder;

    @Test
    void everyCommandLineExampleRunsAsWritten() throws IOException, InterruptedException {
        List<String> lines = commandLines(Files.readString(ROOT.resolve("README.md")));
        assertThat(lines).as("the README's command-line examples").hasSizeGreaterThanOrEqualTo(7)
                .allSatisfy(l -> assertThat(l).startsWith("./layerlab "));
        markBuildCurrent();
        Files.createSymbolicLink(folder.resolve("layerlab"), ROOT.resolve("layerlab"));
        Files.createSymbolicLink(folder.resolve("resources"), ROOT.resolve("resources"));

        for (String line : lines) {
            Path out = folder.resolve("out.txt");
            Process process = new ProcessBuilder("bash", "-c", line).directory(folder.toFile())
                    .redirectErrorStream(true).redirectOutput(out.toFile()).start();
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(line).isTrue();
            String output = Files.readString(out);
            assertThat(process.exitValue()).as(line + "\n" + output).isZero();
            assertThat(output).as(line).doesNotContain("building with Maven").doesNotContain("Exception");
        }
        assertThat(folder.resolve("iris.llab")).isRegularFile();
        assertThat(folder.resolve("predictions.csv")).isRegularFile();
        assertThat(folder.resolve("iris-tfjs").resolve("model.json")).isRegularFile();
        assertThat(folder.resolve("digits.llab")).isRegularFile();
    }

    /** The commands of the sh blocks in the section "Command line", continuation lines joined, comments cut. */
    static List<String> commandLines(String readme) {
        int start = readme.indexOf("## Command line");
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        List<String> commands = new ArrayList<>();
        boolean inBlock = false;
        StringBuilder command = new StringBuilder();
        for (String line : section.lines().toList()) {
            if (line.startsWith("```")) {
                inBlock = line.equals("```sh");
                continue;
            }
            if (!inBlock) {
                continue;
            }
            String code = line.replaceFirst("\\s+#.*$", "").strip();
            if (code.endsWith("\\")) {
                command.append(code, 0, code.length() - 1).append(' ');
                continue;
            }
            command.append(code);
            if (!command.isEmpty()) {
                commands.add(command.toString().replaceAll("\\s+", " ").strip());
            }
            command.setLength(0);
        }
        return commands;
    }

    /**
     * Maven has just packaged the app from these sources: the stamp tells the launcher so, as its own build
     * would, instead of it building again inside this build.
     */
    private static void markBuildCurrent() throws IOException {
        Path target = ROOT.resolve("app").resolve("target");
        assertThat(target.resolve("layerlab-app.jar")).as("run after package: mvn -B verify").isRegularFile();
        Files.writeString(target.resolve("layerlab-build.stamp"), ROOT + "\n", StandardCharsets.UTF_8);
    }
}
