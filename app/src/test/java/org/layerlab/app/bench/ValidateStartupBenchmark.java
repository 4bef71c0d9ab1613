package org.layerlab.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Goal: {@code layerlab validate} on a 1,000-layer Keras JSON finishes in under 1,000 ms, JVM start-up
 * included. Writes a 1,000-layer Sequential Keras 2 JSON (an InputLayer, then Dense, Dropout and
 * Activation in turn) and validates it in a fresh JVM five times, once as a bare {@code java -cp} and once
 * with the options the {@code layerlab} launcher gives the quick commands (C1 only, a class data archive
 * made by an unmeasured first run). Runs against the packaged app: {@code layerlab-app.jar} and the
 * {@code classpath.txt} that {@code package} writes into {@code app/target}, as the launcher does.
 *
 * <pre>mvn -o -q -pl app -am -Pbench -DskipTests package -Dbench=ValidateStartupBenchmark</pre>
 */
public final class ValidateStartupBenchmark {
    private static final int LAYERS = 1_000;
    private static final int RUNS = 5;
    private static final long GOAL_MS = 1_000;
    private static final int UNITS = 32;

    private ValidateStartupBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String classPath = PackagedApp.classPath("ValidateStartupBenchmark");
        Path folder = Files.createTempDirectory("layerlab-validate-bench");
        Path model = folder.resolve("sequential-" + LAYERS + ".json");
        Files.writeString(model, new ObjectMapper().writeValueAsString(sequential()), StandardCharsets.UTF_8);
        String java = PackagedApp.java();

        System.out.printf("layerlab validate on a %d-layer Sequential Keras 2 JSON (%,d bytes), %d fresh JVMs each%n",
                LAYERS, Files.size(model), RUNS);
        System.out.println("java: " + java);
        measure("bare java -cp", List.of(), java, classPath, model, folder);
        // The options ./layerlab gives summary, validate and export; keep the two in step.
        List<String> launcher = List.of("-XX:TieredStopAtLevel=1", "-XX:+AutoCreateSharedArchive",
                "-XX:SharedArchiveFile=" + folder.resolve("validate.jsa"), "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        run(command(java, launcher, classPath, model), folder);
        long median = measure("launcher options " + String.join(" ", launcher.subList(0, 2)), launcher, java, classPath,
                model, folder);
        System.out.printf("goal: under %,d ms; the launcher's median %,d ms %s%n", GOAL_MS, median,
                median < GOAL_MS ? "meets it" : "MISSES IT");
        reportHeavyClasses(java, classPath, model, folder);
    }

    /** Validation needs neither ND4J (numbers) nor JavaFX (the window); loading either would cost start-up time. */
    private static void reportHeavyClasses(String java, String classPath, Path model, Path folder)
            throws IOException, InterruptedException {
        Path log = folder.resolve("classes.txt");
        run(command(java, List.of("-Xlog:class+load=info:file=" + log), classPath, model), folder);
        List<String> loaded = Files.readAllLines(log);
        System.out.printf("classes loaded: %,d, of them ND4J or JavaCPP: %d, JavaFX: %d%n", loaded.size(),
                loaded.stream().filter(l -> l.contains(" org.nd4j.") || l.contains(" org.bytedeco.")).count(),
                loaded.stream().filter(l -> l.contains(" javafx.") || l.contains(" com.sun.javafx.")).count());
    }

    private static long measure(String label, List<String> options, String java, String classPath, Path model,
            Path folder) throws IOException, InterruptedException {
        System.out.println(label + ":");
        long[] millis = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            millis[i] = run(command(java, options, classPath, model), folder);
            System.out.printf("  run %d: %,d ms%n", i + 1, millis[i]);
        }
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        long median = sorted[RUNS / 2];
        System.out.printf("  median: %,d ms%n", median);
        return median;
    }

    private static List<String> command(String java, List<String> options, String classPath, Path model) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(options);
        command.addAll(List.of("-cp", classPath, "org.layerlab.app.Main", "validate", model.toString()));
        return command;
    }

    /** One validation in a new JVM, in wall-clock milliseconds; it must report a valid model. */
    private static long run(List<String> command, Path folder) throws IOException, InterruptedException {
        Path out = folder.resolve("out.txt");
        Path err = folder.resolve("err.txt");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int code = process.waitFor();
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (code != 0) {
            throw new IllegalStateException("validate exited with " + code + ": " + Files.readString(err));
        }
        return millis;
    }

    /** InputLayer (None, 32), then Dense, Dropout and Activation in turn up to 1,000 layers. */
    private static Map<String, Object> sequential() {
        List<Object> layers = new ArrayList<>();
        layers.add(layer("InputLayer", Map.of("name", "input", "batch_input_shape", Arrays.asList(null, UNITS),
                "dtype", "float32")));
        for (int i = 1; i < LAYERS; i++) {
            layers.add(switch (i % 3) {
                case 1 -> layer("Dense", dense("dense_" + i));
                case 2 -> layer("Dropout", Map.of("name", "dropout_" + i, "rate", 0.1, "trainable", true));
                default -> layer("Activation", Map.of("name", "activation_" + i, "activation", "tanh", "trainable", true));
            });
        }
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("name", "deep_sequential");
        config.put("layers", layers);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("class_name", "Sequential");
        model.put("config", config);
        model.put("keras_version", "2.15.0");
        model.put("backend", "tensorflow");
        return model;
    }

    private static Map<String, Object> dense(String name) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("name", name);
        c.put("trainable", true);
        c.put("dtype", "float32");
        c.put("units", UNITS);
        c.put("activation", "relu");
        c.put("use_bias", true);
        c.put("kernel_initializer", Map.of("class_name", "GlorotUniform", "config", Map.of()));
        c.put("bias_initializer", Map.of("class_name", "Zeros", "config", Map.of()));
        return c;
    }

    private static Map<String, Object> layer(String className, Map<String, Object> config) {
        return Map.of("class_name", className, "config", config);
    }
}
