package org.layerlab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerlab.core.io.LayerEntry;
import org.layerlab.core.io.ModelReader;
import org.layerlab.core.io.Project;
import org.layerlab.core.io.ProjectReader;
import org.layerlab.core.layer.LayerRegistry;

/** A Keras model without an input shape trains, as Keras's fit builds it, on the width the data gives. */
class ShapelessModelTest {
    @TempDir
    Path folder;

    @Test
    void theDataGivesTheInputShapeAndTheProjectRecordsIt() throws IOException {
        Path shapeless = shapeless();
        Path project = folder.resolve("iris.llab");

        CliRun run = CliRun.of("train", shapeless.toString(), "--data", "iris", "--epochs", "1", "--out", project.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines().get(0))
                .isEqualTo("shapeless.json gives no input shape: the data gives it, (None, 4), and the project records it");
        Project saved = new ProjectReader(new ModelReader(LayerRegistry.withInstalledLayers())).open(project);
        LayerEntry input = saved.model().layers().get(0);
        assertThat(input.className()).isEqualTo("InputLayer");
        assertThat(input.config().getList("batch_shape")).isEqualTo(Arrays.asList(null, 4L));
        assertThat(CliRun.of("validate", project.toString()).exitCode()).isZero();
    }

    @Test
    void withoutDataTheMissingShapeIsStillAnError() throws IOException {
        Path shapeless = shapeless();

        CliRun run = CliRun.of("summary", shapeless.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("hidden (Dense)");
        assertThat(run.err()).contains("hidden_input").contains("batch_shape is required");
    }

    /** iris-mlp without its InputLayer: the first Dense gives no input shape. */
    private Path shapeless() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode model = (ObjectNode) mapper.readTree(TestFiles.resource("iris-mlp.json", folder).toFile());
        ((ArrayNode) model.get("config").get("layers")).remove(0);
        Path shapeless = folder.resolve("shapeless.json");
        mapper.writeValue(shapeless.toFile(), model);
        return shapeless;
    }
}
