package org.layerlab.app.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Goal: from {@code ./layerlab} (built, warm) to a main window that takes input in under 1,500 ms, with
 * ND4J not loaded. Starts the launcher five times after one unmeasured warm-up run, with the app's start-up
 * probe on (it prints when its window is up and quits) and the JVM's class-loading log on, and reports the
 * wall-clock time from starting the launcher to the probe's line, and whether any ND4J class was loaded.
 * Needs a display: run it under Xvfb.
 *
 * <pre>xvfb-run -a mvn -o -q -pl app -am -Pbench -DskipTests package -Dbench=WindowStartupBenchmark</pre>
 */
public final class WindowStartupBenchmark {
    private static final int RUNS = 5;
    private static final long GOAL_MS = 1_500;

    private WindowStartupBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path target = Path.of(System.getProperty("layerlab.target", "app/target")).toAbsolutePath();
        Path launcher = target.getParent().getParent().resolve("layerlab");
        Path log = Files.createTempFile("layerlab-classes", ".log");
        System.out.println("./layerlab to a window that takes input, " + RUNS + " runs after a warm-up");
        run(launcher, log);
        List<Long> times = new ArrayList<>();
        boolean nd4j = false;
        for (int i = 0; i < RUNS; i++) {
            times.add(run(launcher, log));
            nd4j |= Files.readString(log).contains("org.nd4j");
        }
        List<Long> sorted = new ArrayList<>(times);
        sorted.sort(null);
        long median = sorted.get(RUNS / 2);
        System.out.println("runs (ms): " + times);
        System.out.printf("median %,d ms; ND4J classes loaded: %s%n", median, nd4j ? "YES" : "none");
        System.out.printf("goal: under %,d ms without ND4J: %s%n", GOAL_MS,
                median < GOAL_MS && !nd4j ? "meets it" : "MISSES IT");
        Files.deleteIfExists(log);
    }

    /** Milliseconds from starting the launcher to the app's ready line. */
    private static long run(Path launcher, Path log) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(launcher.toString()).redirectErrorStream(true);
        pb.environment().put("JDK_JAVA_OPTIONS", "-Dlayerlab.startupProbe=true -Xlog:class+load=info:file=" + log);
        long start = System.nanoTime();
        Process p = pb.start();
        long readyAt = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("layerlab: window ready") && readyAt < 0) {
                    readyAt = System.nanoTime();
                }
            }
        }
        if (p.waitFor() != 0 || readyAt < 0) {
            throw new IllegalStateException("./layerlab did not report its window (exit " + p.exitValue()
                    + "); is there a display?");
        }
        return (readyAt - start) / 1_000_000;
    }
}
