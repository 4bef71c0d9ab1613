package org.layerlab.core.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.layerlab.core.train.GraphModel;
import org.layerlab.core.train.TrainingThreads;

/**
 * Training speed of LayerLab against DL4J's MultiLayerNetwork and a SameDiff graph of the same MLP,
 * measured fairly: (a) 784-256-128-10 batch 128, (b) 2-8-8-2 batch 10, (c) 1024-1024-1024-10 batch
 * 256; ReLU hidden layers, softmax output, categorical cross-entropy, Adam 0.001, float32.
 *
 * <p>Why it is fair. Each framework trains in a JVM of its own, so no framework's native thread
 * pools, JIT profile or heap disturb another's (in one JVM, OpenBLAS's and OpenMP's pools fought and
 * DL4J ran four times slower). Every process is started the same way: the same {@code java}, the
 * same flags and class path, only the main class differs ({@link LayerLabMlp}, {@link Dl4jMlp},
 * {@link SameDiffMlp}), all timed by the same {@link StepTimer}. All get the same batches in the same
 * order and the same starting weights ({@link BenchModel}). "One thread" sets OMP_NUM_THREADS and
 * OPENBLAS_NUM_THREADS to 1 for every process; "default threads" leaves both unset, so each framework
 * uses the threads it would by default (LayerLab: what its {@code TrainingThreads} policy picks).
 * Rounds alternate the frameworks, starting with a different one each round, so a change in machine
 * load falls on all of them; the median of the rounds is reported with the spread.
 *
 * <p>And it checks it: each peer also runs as {@link PlainRun}, a plain {@code fit} loop without the
 * harness, in every round beside the harnessed runs, and the median of its ms per step must be within
 * 10 % of the harness's median.
 *
 * <p>Arguments: rounds (default 3), models (default abc). Run with {@code mvn -o -q -pl model-core -Pbench test-compile exec:java -Dbench=TrainingBenchmark}.
 */
public final class TrainingBenchmark {
    private static final List<String> JVM_FLAGS = List.of("-Xms1g", "-Xmx2g", "-Dfile.encoding=UTF-8");
    private static final List<String> THREAD_VARIABLES = List.of("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS",
            "MKL_NUM_THREADS");
    private static final double PLAIN_TOLERANCE = 0.10;

    private record Peer(String name, Class<?> worker, String plainName) {
    }

    private static final List<Peer> PEERS = List.of(new Peer("LayerLab", LayerLabMlp.class, null),
            new Peer("DL4J", Dl4jMlp.class, "dl4j"), new Peer("SameDiff", SameDiffMlp.class, "samediff"));

    private TrainingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        String models = args.length > 1 ? args[1] : "abc";
        String classPath = classPath();
        System.out.printf(Locale.ROOT, "java %s; %d cores; flags %s; %d rounds; load %s%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), JVM_FLAGS, rounds,
                loadAverage());
        List<String> table = new ArrayList<>();
        for (char m : models.toCharArray()) {
            BenchModel model = BenchModel.named(String.valueOf(m));
            for (boolean oneThread : new boolean[] {true, false}) {
                table.addAll(compare(model, oneThread, rounds, classPath));
            }
            table.add(threadChoice(model, Math.min(rounds, 2), classPath));
        }
        System.out.println();
        System.out.println("model | threads | framework | ms/step (median) | samples/s | rounds min-max ms | "
                + "LayerLab ratio (samples/s) median [min-max by round] | plain run ms | plain vs harness");
        table.forEach(System.out::println);
        System.out.println("load average at the end: " + loadAverage());
    }

    private static List<String> compare(BenchModel model, boolean oneThread, int rounds, String classPath)
            throws Exception {
        String threads = oneThread ? "1 thread" : "default";
        String name = model.name().toLowerCase(Locale.ROOT);
        int runs = 2 * PEERS.size() - 1;
        // Index p < PEERS.size(): peer p in the harness; above: peer p - PEERS.size() + 1 as a plain run.
        double[][] ms = new double[runs][rounds];
        for (int r = 0; r < rounds; r++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s, %s, round %d:", model.label,
                    threads, r + 1));
            for (int k = 0; k < runs; k++) {
                int p = (r + k) % runs;
                boolean plain = p >= PEERS.size();
                Peer peer = PEERS.get(plain ? p - PEERS.size() + 1 : p);
                ms[p][r] = plain ? run(classPath, oneThread, PlainRun.class.getName(), peer.plainName(), name)
                        : run(classPath, oneThread, peer.worker().getName(), name);
                line.append(String.format(Locale.ROOT, " %s%s %.4f ms", peer.name(), plain ? " (plain)" : "",
                        ms[p][r]));
            }
            System.out.println(line.append("   load ").append(loadAverage()));
        }
        List<String> rows = new ArrayList<>();
        double ours = median(ms[0]);
        for (int p = 0; p < PEERS.size(); p++) {
            Peer peer = PEERS.get(p);
            double median = median(ms[p]);
            double[] sorted = ms[p].clone();
            Arrays.sort(sorted);
            String ratio = "";
            String plain = " | - | -";
            if (p > 0) {
                double[] byRound = new double[rounds];
                for (int r = 0; r < rounds; r++) {
                    byRound[r] = ms[p][r] / ms[0][r];
                }
                Arrays.sort(byRound);
                ratio = String.format(Locale.ROOT, "%.2f [%.2f-%.2f]", median / ours, byRound[0],
                        byRound[rounds - 1]);
                double plainMs = median(ms[p + PEERS.size() - 1]);
                double deviation = plainMs / median - 1;
                plain = String.format(Locale.ROOT, " | %.4f | %+.1f %% %s", plainMs, deviation * 100,
                        Math.abs(deviation) <= PLAIN_TOLERANCE ? "ok" : "OUTSIDE 10 %");
            }
            rows.add(String.format(Locale.ROOT, "%s | %s | %s | %.4f | %.0f | %.4f-%.4f | %s%s", model.label, threads,
                    peer.name(), median, model.batchSize * 1000 / median, sorted[0], sorted[rounds - 1], ratio, plain));
        }
        return rows;
    }

    /**
     * Checks {@link TrainingThreads}'s choice for a model: LayerLab with default threads, forced to
     * one thread and to all, alternating.
     */
    private static String threadChoice(BenchModel model, int rounds, String classPath)
            throws Exception {
        int all = Runtime.getRuntime().availableProcessors();
        int chosen = TrainingThreads.choose(TrainingThreads.macsPerStep(GraphModel.of(LayerLabMlp.graph(model.sizes)),
                model.batchSize), all);
        double[] one = new double[rounds];
        double[] many = new double[rounds];
        String name = model.name().toLowerCase(Locale.ROOT);
        for (int r = 0; r < rounds; r++) {
            boolean oneFirst = r % 2 == 0;
            for (int k = 0; k < 2; k++) {
                boolean single = (k == 0) == oneFirst;
                double ms = run(classPath, false, LayerLabMlp.class.getName(), name, String.valueOf(single ? 1 : all));
                if (single) {
                    one[r] = ms;
                } else {
                    many[r] = ms;
                }
            }
        }
        double o = median(one);
        double m = median(many);
        // Within 3 % the two count as equal: then either choice is right.
        boolean equal = Math.abs(o - m) < 0.03 * Math.min(o, m);
        int fastest = o <= m ? 1 : all;
        return String.format(Locale.ROOT, "%s | thread choice | LayerLab forced to 1 thread %.4f ms, to %d threads "
                + "%.4f ms: %s, TrainingThreads picks %d%s", model.label, o, all, m,
                equal ? "equal within 3 %" : "fastest " + fastest, chosen,
                equal || fastest == chosen ? "" : "  (DIFFERENT)");
    }

    /** Starts one worker process and returns the ms per step it prints. */
    private static double run(String classPath, boolean oneThread, String mainClass, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_FLAGS);
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        for (String variable : THREAD_VARIABLES) {
            if (oneThread) {
                env.put(variable, "1");
            } else {
                env.remove(variable);
            }
        }
        Process process = builder.start();
        List<String> output = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                output.add(line);
            }
        }
        int exit = process.waitFor();
        for (String line : output) {
            if (line.startsWith("RESULT ")) {
                return Double.parseDouble(line.substring(7).trim());
            }
        }
        throw new IllegalStateException(mainClass + " " + String.join(" ", args) + " exited with " + exit
                + " without a result:\n" + String.join("\n", output));
    }

    /** The class path this benchmark runs with: exec:java's class loader, or the JVM's own. */
    private static String classPath() {
        List<String> entries = new ArrayList<>();
        if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader) {
            for (URL url : loader.getURLs()) {
                try {
                    entries.add(new File(url.toURI()).getPath());
                } catch (URISyntaxException e) {
                    throw new IllegalStateException(url + " is not a file", e);
                }
            }
        }
        return entries.isEmpty() ? System.getProperty("java.class.path") : String.join(File.pathSeparator, entries);
    }

    private static String loadAverage() {
        try {
            return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).trim().split(" "), 3));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
