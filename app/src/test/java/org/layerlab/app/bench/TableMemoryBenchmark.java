package org.layerlab.app.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Goal: training one epoch on a 200,000 x 50 CSV peaks at most 4 times the file's size above an idle
 * LayerLab's resident memory, and trains under {@code -Xmx512m}. Writes the table (50 numeric features, a
 * numeric target) and a 50-64-1 Keras model, then runs {@code layerlab train} in fresh JVMs, reading the
 * peak resident set ({@code VmHWM} in {@code /proc/PID/status}) as it runs: once on a 100-row table of the
 * same columns (the idle baseline: the JVM, ND4J and the model loaded, no data to speak of), once on the
 * full table, once on the full table under {@code -Xmx512m}, with the JVM options the launcher gives
 * {@code train}. Linux only.
 *
 * <pre>mvn -o -q -pl app -am -Pbench -DskipTests package -Dbench=TableMemoryBenchmark</pre>
 */
public final class TableMemoryBenchmark {
    private static final int ROWS = 200_000;
    private static final int FEATURES = 50;
    private static final double GOAL_RATIO = 4;

    private TableMemoryBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String classPath = PackagedApp.classPath("TableMemoryBenchmark");
        String java = PackagedApp.java();
        Path folder = Files.createTempDirectory("layerlab-table-bench");
        Path big = table(folder.resolve("big.csv"), ROWS);
        Path small = table(folder.resolve("small.csv"), 100);
        Path model = Files.writeString(folder.resolve("mlp.json"), model());
        long size = Files.size(big);
        System.out.printf("layerlab train, one epoch, batch size 256, on a %,d x %d CSV of %,d bytes (%.1f MB)%n", ROWS,
                FEATURES, size, size / 1e6);

        Run idle = run(java, classPath, null, model, small, folder, "idle");
        Run full = run(java, classPath, null, model, big, folder, "full");
        Run capped = run(java, classPath, "-Xmx512m", model, big, folder, "capped");
        System.out.printf("idle LayerLab (100-row table): peak RSS %,d MB, %.1f s%n", idle.peakKb >> 10, idle.seconds);
        System.out.printf("200,000-row table:             peak RSS %,d MB, %.1f s%n", full.peakKb >> 10, full.seconds);
        System.out.printf("same, JDK_JAVA_OPTIONS=-Xmx512m: peak RSS %,d MB, %.1f s, exit %d%n", capped.peakKb >> 10,
                capped.seconds, capped.exitCode);
        double above = (full.peakKb - idle.peakKb) * 1024.0;
        double ratio = above / size;
        System.out.printf(Locale.ROOT, "above idle: %.0f MB = %.2f x the file's size; goal at most %.0f x: %s%n",
                above / 1e6, ratio, GOAL_RATIO, ratio <= GOAL_RATIO ? "meets it" : "MISSES IT");
        System.out.println("JDK_JAVA_OPTIONS=-Xmx512m: " + (capped.exitCode == 0 ? "trains" : "FAILS: " + capped.err));
    }

    private record Run(long peakKb, double seconds, int exitCode, String err) {
    }

    /** @param jdkJavaOptions what {@code JDK_JAVA_OPTIONS} says, as a user sets it, or {@code null} */
    private static Run run(String java, String classPath, String jdkJavaOptions, Path model, Path data, Path folder,
            String name) throws IOException, InterruptedException {
        // The options ./layerlab gives train; keep the two in step.
        List<String> command = new ArrayList<>(List.of(java, "-XX:+UseSerialGC", "-Djdk.console=java.base",
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"));
        command.addAll(List.of("-cp", classPath, "org.layerlab.app.Main", "train", model.toString(), "--data",
                data.toString(), "--epochs", "1", "--batch-size", "256", "--out", folder.resolve(name + ".llab").toString()));
        Path err = folder.resolve(name + ".err");
        long start = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(folder.resolve(name + ".out").toFile())
                .redirectError(err.toFile());
        if (jdkJavaOptions != null) {
            builder.environment().put("JDK_JAVA_OPTIONS", jdkJavaOptions);
        }
        Process process = builder.start();
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        long peak = 0;
        while (process.isAlive()) {
            peak = Math.max(peak, peakKb(status));
            Thread.sleep(20);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Run(peak, seconds, process.exitValue(), Files.readString(err).strip());
    }

    /** {@code VmHWM}, the process's peak resident set so far; 0 once it is gone. */
    private static long peakKb(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
        return 0;
    }

    /** Seeded normal features with six decimals, and a target that is a noisy sum of the first five. */
    private static Path table(Path file, int rows) throws IOException {
        Random random = new Random(1);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int c = 0; c < FEATURES; c++) {
                out.write("f" + c + ",");
            }
            out.write("y\n");
            StringBuilder row = new StringBuilder();
            for (int r = 0; r < rows; r++) {
                row.setLength(0);
                double y = 0;
                for (int c = 0; c < FEATURES; c++) {
                    double v = random.nextGaussian();
                    y += c < 5 ? v : 0;
                    row.append(String.format(Locale.ROOT, "%.6f,", v));
                }
                row.append(String.format(Locale.ROOT, "%.6f%n", y + 0.1 * random.nextGaussian()));
                out.write(row.toString());
            }
        }
        return file;
    }

    private static String model() {
        return """
                {"class_name": "Sequential", "config": {"name": "wide_mlp", "layers": [
                  {"class_name": "InputLayer", "config": {"name": "in", "batch_input_shape": [null, 50], "dtype": "float32"}},
                  {"class_name": "Dense", "config": {"name": "hidden", "units": 64, "activation": "relu"}},
                  {"class_name": "Dense", "config": {"name": "out", "units": 1, "activation": "linear"}}]},
                 "keras_version": "2.15.0", "backend": "tensorflow"}
                """;
    }
}
