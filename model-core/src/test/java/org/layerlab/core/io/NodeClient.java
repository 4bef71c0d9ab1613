package org.layerlab.core.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code src/test/tfjs/load-model.mjs} in Node.js with real TensorFlow.js on a batch of models, one
 * process for all of them, and reads the {@code LAYERLAB_RESULT} line each model prints. Fails the test,
 * with node's error output, when Node.js or the npm packages are missing or node itself fails.
 */
final class NodeClient {
    private static final String RESULT_PREFIX = "LAYERLAB_RESULT ";
    private static final String INSTALL = "run `npm ci` in model-core/src/test/tfjs (needs Node.js 18+)";
    private static final long TIMEOUT_SECONDS = 120;

    private final ObjectMapper mapper = new ObjectMapper();
    private final Path scriptFolder;

    private NodeClient(Path scriptFolder) {
        this.scriptFolder = scriptFolder;
    }

    /** A client for the script in this module, once Node.js 18+ and TensorFlow.js are found to be installed. */
    static NodeClient installed() throws IOException, InterruptedException {
        Path folder = Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("src/test/tfjs");
        String version = nodeVersion(folder);
        int major = Integer.parseInt(version.replaceFirst("^v(\\d+).*", "$1"));
        if (major < 18) {
            throw new AssertionError("Node.js " + version + " is too old for TensorFlow.js 4: install Node.js 18+, then "
                    + INSTALL);
        }
        if (!Files.isDirectory(folder.resolve("node_modules/@tensorflow/tfjs"))) {
            throw new AssertionError("TensorFlow.js is not installed in " + folder + ": " + INSTALL);
        }
        return new NodeClient(folder);
    }

    private static String nodeVersion(Path folder) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("node", "--version").directory(folder.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("Node.js is not on the PATH (" + e.getMessage() + "): install Node.js 18+ (apt-get"
                    + " install nodejs npm), then " + INSTALL);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0 || !out.startsWith("v")) {
            throw new AssertionError("`node --version` failed: " + out);
        }
        return out;
    }

    /**
     * Runs every job in one node process.
     *
     * @param work a folder for the job list and node's output
     * @return each job's result by id, in job order
     */
    Map<String, TfjsResult> run(List<TfjsJob> jobs, Path work) throws IOException, InterruptedException {
        Path jobFile = work.resolve("jobs.json");
        Path stdout = work.resolve("node.out");
        Path stderr = work.resolve("node.err");
        mapper.writeValue(jobFile.toFile(), jobs);
        Process node = new ProcessBuilder("node", "load-model.mjs", "jobs", jobFile.toString())
                .directory(scriptFolder.toFile()).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!node.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            node.destroyForcibly().waitFor();
            throw new AssertionError("node load-model.mjs did not finish in " + TIMEOUT_SECONDS + " s; stderr:\n"
                    + Files.readString(stderr));
        }
        if (node.exitValue() != 0) {
            throw new AssertionError("node load-model.mjs failed with exit code " + node.exitValue() + "; stderr:\n"
                    + Files.readString(stderr));
        }
        Map<String, TfjsResult> results = new LinkedHashMap<>();
        for (String line : Files.readAllLines(stdout)) {
            if (line.startsWith(RESULT_PREFIX)) {
                TfjsResult r = mapper.readValue(line.substring(RESULT_PREFIX.length()), TfjsResult.class);
                results.put(r.id(), r);
            }
        }
        for (TfjsJob job : jobs) {
            if (!results.containsKey(job.id())) {
                throw new AssertionError("node printed no result for " + job.id() + "; stderr:\n" + Files.readString(stderr));
            }
        }
        return results;
    }
}
