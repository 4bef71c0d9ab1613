package org.layerlab.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code layerlab} in a process of its own, as the launcher starts it: for what only a process shows (its
 * exit status after a signal, running out of its own heap). Output goes to files in {@code folder}.
 */
final class ProcessRun {
    private final Process process;
    private final Path out;
    private final Path err;

    private ProcessRun(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** @param heap the {@code -Xmx} value, for example {@code 256m} */
    static ProcessRun start(Path folder, String heap, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(javaCommand(heap));
        command.addAll(List.of(args));
        return start(folder, env, command);
    }

    /**
     * Runs {@code arguments} through bash, after {@code layerlab}'s java command: for what a shell makes
     * of them, such as a process substitution {@code <(cat model.json)} or a pipe into {@code /dev/stdin}.
     */
    static ProcessRun shell(Path folder, String before, String arguments) {
        String java = String.join(" ", javaCommand("256m").stream().map(a -> "'" + a + "'").toList());
        return start(folder, Map.of(), List.of("bash", "-c", before + java + " " + arguments));
    }

    private static List<String> javaCommand(String heap) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap,
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-Duser.language=en",
                "-Duser.country=US", "-cp", System.getProperty("java.class.path"), "org.layerlab.app.Main");
    }

    private static ProcessRun start(Path folder, Map<String, String> env, List<String> command) {
        try {
            Path out = Files.createTempFile(folder, "out", ".txt");
            Path err = Files.createTempFile(folder, "err", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().putAll(env);
            return new ProcessRun(builder.start(), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the output holds {@code text}; false when the process ended or the time ran out first. */
    boolean awaitOutput(String text, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (out().contains(text)) {
                return true;
            }
            if (!process.isAlive()) {
                return out().contains(text);
            }
            Thread.sleep(50);
        }
        return false;
    }

    /** Sends the signal as a shell's {@code kill -NAME} does. */
    void signal(String name) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start().waitFor();
    }

    int exitCode(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("layerlab did not end within " + timeout + "; stderr: " + err());
        }
        return process.exitValue();
    }

    String out() {
        return read(out);
    }

    String err() {
        return read(err);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
