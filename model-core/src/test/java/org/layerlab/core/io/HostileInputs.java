package org.layerlab.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The hostile inputs: the files committed under {@code src/test/resources/hostile/} and those too large
 * to commit, made in a temporary folder. Each comes with the typed error it must be refused with and a
 * piece of the message.
 */
final class HostileInputs {
    /** One hostile file and how it must be refused. */
    record Case(String name, Path file, Class<? extends ModelFormatException> error, String fragment) {
        @Override
        public String toString() {
            return name;
        }
    }

    private HostileInputs() {
    }

    static List<Case> committed() {
        Path dir;
        try {
            dir = Path.of(HostileInputs.class.getResource("/hostile").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Case> cases = new ArrayList<>();
        add(cases, dir, "lambda_with_code.json", UnsupportedLayerException.class,
                "\"lambda_1\" (Lambda: carries Python code, never run)");
        add(cases, dir, "lambda_keras3.json", UnsupportedLayerException.class,
                "\"lambda\" (Lambda: carries Python code, never run)");
        add(cases, dir, "lambda_as_initializer.json", UnsafeContentException.class,
                "layer \"d\": field \"kernel_initializer\": the initializer \"__lambda__\" is a Python function");
        add(cases, dir, "python_function_activation.json", UnsafeContentException.class,
                "field \"activation\": the activation is a custom Python function and carries Python code, never run");
        add(cases, dir, "unknown_layer_class.json", UnsupportedLayerException.class,
                "unsupported layers: \"evil\" (EvilLayer)");
        add(cases, dir, "java_class_as_layer.json", UnsupportedLayerException.class,
                "\"rt\" (java.lang.Runtime: not a Keras class name)");
        add(cases, dir, "java_class_as_initializer.json", UnsafeContentException.class,
                "\"java.lang.ProcessBuilder\" is not a Keras initializer name");
        add(cases, dir, "units_ten_billion.json", ParameterBudgetException.class,
                "layer \"d\": the model declares 50,000,000,000 parameters up to this layer");
        add(cases, dir, "units_huge_float.json", InvalidFieldException.class,
                "layer \"d\": field \"units\": is too large: 4.4E55");
        add(cases, dir, "units_zero.json", InvalidFieldException.class,
                "layer \"d\": field \"units\": must be in [1, inf), got 0");
        add(cases, dir, "units_negative.json", InvalidFieldException.class, "field \"units\": must be in [1, inf), got -8");
        add(cases, dir, "units_string.json", InvalidFieldException.class, "field \"units\": must be an integer, got \"64\"");
        add(cases, dir, "units_missing.json", InvalidFieldException.class, "layer \"d\": field \"units\": is required");
        add(cases, dir, "input_dimension_zero.json", InvalidFieldException.class,
                "layer \"in\": field \"batch_shape\": must hold positive integers or null, got [null, 0]");
        add(cases, dir, "input_dimension_negative.json", InvalidFieldException.class,
                "layer \"d\": field \"batch_input_shape\": dimensions must be positive integers or null");
        add(cases, dir, "dropout_rate_above_one.json", InvalidFieldException.class,
                "layer \"drop\": field \"rate\": must be in [0, 1), got 1.5");
        add(cases, dir, "cycle_in_inbound_nodes.json", GraphStructureException.class,
                "the connections form a cycle: \"b\" -> \"a\" -> \"b\"");
        add(cases, dir, "layer_reads_itself.json", GraphStructureException.class,
                "the connections form a cycle: \"d\" -> \"d\"");
        add(cases, dir, "inbound_to_unknown_layer.json", GraphStructureException.class,
                "layer \"d\": reads from unknown layer \"ghost\"");
        add(cases, dir, "shared_layer.json", GraphStructureException.class,
                "layer \"d\": the layer is called 2 times; shared layers are not supported");
        add(cases, dir, "tensor_in_call_kwargs.json", GraphStructureException.class,
                "a tensor passed as keyword argument \"mask\" is not supported");
        add(cases, dir, "layer_without_class_name.json", InvalidFieldException.class, "field \"class_name\": is missing");
        add(cases, dir, "layer_without_config.json", InvalidFieldException.class, "field \"config\": is missing");
        add(cases, dir, "layers_not_a_list.json", InvalidFieldException.class,
                "field \"layers\": must be a list, got an object");
        add(cases, dir, "layer_name_with_slash.json", InvalidFieldException.class,
                "field \"name\": a layer name must be 1 to 256 characters without '/'");
        add(cases, dir, "graph_model.json", UnsupportedFormatException.class,
                "this is a TensorFlow.js graph model (format \"graph-model\"), not a Keras layers model");
        add(cases, dir, "weights_path_traversal.json", UnsafeContentException.class,
                "the shard path \"../../../../etc/passwd\" is not a plain file name");
        add(cases, dir, "weights_absolute_path.json", UnsafeContentException.class,
                "the shard path \"/etc/passwd\" is not a plain file name");
        add(cases, dir, "weights_declared_huge.json", ParameterBudgetException.class,
                "declares 10,000,000,000 parameters");
        add(cases, dir, "weights_int32.json", WeightDataException.class,
                "weight \"d/kernel\" is int32; only float32 weights can be imported");
        add(cases, dir, "unknown_tfjs_format.json", UnsupportedFormatException.class,
                "unknown TensorFlow.js format \"saved-model\"");
        add(cases, dir, "not_a_model.json", UnsupportedFormatException.class,
                "not a Keras model: it has no class_name, layers or modelTopology");
        add(cases, dir, "top_level_layer.json", UnsupportedFormatException.class,
                "the top-level class \"Dense\" is not a model");
        add(cases, dir, "string_in_string.json", InvalidJsonException.class,
                "the JSON string holds another JSON string, not a model");
        add(cases, dir, "truncated.json", InvalidJsonException.class, "not valid JSON: Unexpected end-of-input");
        add(cases, dir, "duplicate_keys.json", InvalidJsonException.class, "Duplicate field 'class_name'");
        add(cases, dir, "nan_rate.json", InvalidJsonException.class, "not valid JSON: Non-standard token 'NaN'");
        add(cases, dir, "number_with_1000_digits.json", LimitExceededException.class,
                "Number value length (1000) exceeds the limit (100)");
        add(cases, dir, "nesting_1000_deep.json", LimitExceededException.class,
                "Document nesting depth (201) exceeds the limit (200)");
        add(cases, dir, "empty.json", InvalidJsonException.class, "the file is empty");
        add(cases, dir, "binary_garbage.json", InvalidJsonException.class, "not valid JSON");
        add(cases, dir, "zip_bomb.keras", LimitExceededException.class,
                "field \"config.json\": config.json unpacks to 209,715,200 bytes, more than the limit of 67,108,864");
        add(cases, dir, "zip_bomb_lying_sizes.keras", LimitExceededException.class,
                "config.json unpacks to more than the 1,000 bytes it declares");
        add(cases, dir, "no_config.keras", UnsupportedFormatException.class, "the archive has no config.json");
        add(cases, dir, "corrupt.keras", InvalidArchiveException.class, "not a readable .keras (zip) archive");
        return cases;
    }

    private static void add(List<Case> cases, Path dir, String file, Class<? extends ModelFormatException> error,
            String fragment) {
        cases.add(new Case(file, dir.resolve(file), error, fragment));
    }

    /** Inputs too large to commit, written into {@code dir}. */
    static List<Case> generated(Path dir) {
        try {
            List<Case> cases = new ArrayList<>();
            Path deep = dir.resolve("nesting_100000_deep.json");
            Files.writeString(deep, "[".repeat(100_000) + "]".repeat(100_000));
            cases.add(new Case("nesting 100,000 deep", deep, LimitExceededException.class,
                    "Document nesting depth (201) exceeds the limit (200)"));

            Path huge = dir.resolve("string_of_100_mb.json");
            try (OutputStream out = Files.newOutputStream(huge)) {
                out.write("{\"class_name\": \"".getBytes(StandardCharsets.US_ASCII));
                byte[] chunk = "A".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
                for (int i = 0; i < 100; i++) {
                    out.write(chunk);
                }
                out.write("\"}".getBytes(StandardCharsets.US_ASCII));
            }
            cases.add(new Case("a 100 MB string", huge, LimitExceededException.class,
                    "more than the limit of 67,108,864"));

            Path longString = dir.resolve("string_of_2_mb.json");
            Files.writeString(longString, "{\"class_name\": \"Sequential\", \"config\": {\"name\": \""
                    + "n".repeat(2 << 20) + "\", \"layers\": []}}");
            cases.add(new Case("a 2 MB string in a small file", longString, LimitExceededException.class,
                    "exceeds the limit (1048576)"));

            Path folder = Files.createDirectories(dir.resolve("symlinked-shard"));
            Path secret = Files.writeString(dir.resolve("secret.txt"), "0123456789ab");
            Files.createSymbolicLink(folder.resolve("group1-shard1of1.bin"), secret);
            Path modelJson = folder.resolve("model.json");
            Files.writeString(modelJson, """
                    {"format": "layers-model", "modelTopology": {"class_name": "Sequential", "config": {"layers": [
                      {"class_name": "Dense", "config": {"name": "d", "units": 1, "batch_input_shape": [null, 2]}}]}},
                     "weightsManifest": [{"paths": ["group1-shard1of1.bin"], "weights": [
                       {"name": "d/kernel", "shape": [2, 1], "dtype": "float32"},
                       {"name": "d/bias", "shape": [1], "dtype": "float32"}]}]}
                    """);
            cases.add(new Case("a weight shard that is a symbolic link", modelJson, UnsafeContentException.class,
                    "the shard \"group1-shard1of1.bin\" is a symbolic link"));
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
