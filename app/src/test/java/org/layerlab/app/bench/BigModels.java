package org.layerlab.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keras 2 functional JSON of a big model for the benchmarks and the screenshots: one input feeding
 * {@code chains} parallel chains of {@code depth} Dense layers each (every chain an output), so the
 * layout is a wide grid rather than one endless row.
 */
public final class BigModels {
    private BigModels() {
    }

    public static Path write(Path folder, int chains, int depth) throws IOException {
        StringBuilder layers = new StringBuilder("{\"class_name\": \"InputLayer\", \"name\": \"input\", "
                + "\"config\": {\"batch_input_shape\": [null, 16], \"dtype\": \"float32\", \"name\": \"input\"}, "
                + "\"inbound_nodes\": []}");
        StringBuilder outputs = new StringBuilder();
        for (int c = 0; c < chains; c++) {
            String previous = "input";
            for (int d = 0; d < depth; d++) {
                String name = "dense_" + c + "_" + d;
                layers.append(",\n{\"class_name\": \"Dense\", \"name\": \"").append(name).append("\", \"config\": ")
                        .append("{\"name\": \"").append(name).append("\", \"trainable\": true, \"dtype\": \"float32\", ")
                        .append("\"units\": 16, \"activation\": \"").append(d % 2 == 0 ? "relu" : "tanh")
                        .append("\", \"use_bias\": true, \"kernel_initializer\": {\"class_name\": \"GlorotUniform\", ")
                        .append("\"config\": {\"seed\": null}}, \"bias_initializer\": {\"class_name\": \"Zeros\", ")
                        .append("\"config\": {}}, \"kernel_regularizer\": null, \"bias_regularizer\": null, ")
                        .append("\"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, ")
                        .append("\"inbound_nodes\": [[[\"").append(previous).append("\", 0, 0, {}]]]}");
                previous = name;
            }
            outputs.append(c == 0 ? "" : ", ").append("[\"").append(previous).append("\", 0, 0]");
        }
        String json = "{\"class_name\": \"Functional\", \"config\": {\"name\": \"big_" + (chains * depth + 1)
                + "\", \"layers\": [\n" + layers + "\n], \"input_layers\": [[\"input\", 0, 0]], \"output_layers\": ["
                + outputs + "]}, \"keras_version\": \"2.15.0\", \"backend\": \"tensorflow\"}\n";
        Path file = folder.resolve("big-" + (chains * depth + 1) + ".json");
        Files.writeString(file, json);
        return file;
    }
}
