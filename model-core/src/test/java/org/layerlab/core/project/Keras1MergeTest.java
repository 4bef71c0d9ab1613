package org.layerlab.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.layerlab.core.config.Config;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.ShapeInference;
import org.layerlab.core.io.ModelDescription;
import org.layerlab.core.io.ModelReader;
import org.layerlab.core.io.ParameterBudget;
import org.layerlab.core.io.SharedFiles;
import org.layerlab.core.io.SourceFormat;
import org.layerlab.core.io.UnsupportedLayerException;
import org.layerlab.core.layer.InputCount;
import org.layerlab.core.layer.KerasForm;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.layer.Param;
import org.layerlab.core.shape.Shape;

/**
 * Keras 1 had one merge layer, {@code Merge}, whose {@code mode} chose the operation; Keras 1.1 writes
 * every mode's fields ({@code concat_axis}, {@code dot_axes}, ...). Mode {@code sum} is today's Add.
 */
class Keras1MergeTest {
    private static final LayerRegistry REGISTRY = LayerRegistry.withInstalledLayers();

    /** As Keras 1.1's {@code model.to_json()} writes a functional model (fixture 18's form) with a summing Merge. */
    private static final String SUM_MODEL = """
            {"class_name": "Model", "keras_version": "1.1.0", "config": {"name": "model_1", "layers": [
              {"class_name": "InputLayer", "config": {"batch_input_shape": [null, 29], "input_dtype": "float32",
                "sparse": false, "name": "input_1"}, "inbound_nodes": [], "name": "input_1"},
              {"class_name": "Dense", "config": {"W_constraint": null, "b_constraint": null, "name": "dense_1",
                "activity_regularizer": null, "trainable": true, "init": "glorot_uniform", "bias": true,
                "input_dim": null, "b_regularizer": null, "W_regularizer": null, "activation": "relu",
                "output_dim": 300}, "inbound_nodes": [[["input_1", 0, 0]]], "name": "dense_1"},
              {"class_name": "Dense", "config": {"W_constraint": null, "b_constraint": null, "name": "dense_2",
                "activity_regularizer": null, "trainable": true, "init": "glorot_uniform", "bias": true,
                "input_dim": null, "b_regularizer": null, "W_regularizer": null, "activation": "tanh",
                "output_dim": 300}, "inbound_nodes": [[["input_1", 0, 0]]], "name": "dense_2"},
              {"class_name": "Dense", "config": {"W_constraint": null, "b_constraint": null, "name": "dense_3",
                "activity_regularizer": null, "trainable": true, "init": "glorot_uniform", "bias": false,
                "input_dim": null, "b_regularizer": null, "W_regularizer": null, "activation": "linear",
                "output_dim": 300}, "inbound_nodes": [[["input_1", 0, 0]]], "name": "dense_3"},
              {"class_name": "Merge", "config": {"name": "merge_1", "concat_axis": -1, "mode_type": "raw",
                "dot_axes": -1, "mode": "sum", "output_shape": null, "output_shape_type": "raw"},
                "inbound_nodes": [[["dense_1", 0, 0], ["dense_2", 0, 0], ["dense_3", 0, 0]]], "name": "merge_1"},
              {"class_name": "Dense", "config": {"W_constraint": null, "b_constraint": null, "name": "dense_4",
                "activity_regularizer": null, "trainable": true, "init": "glorot_uniform", "bias": true,
                "input_dim": null, "b_regularizer": null, "W_regularizer": null, "activation": "sigmoid",
                "output_dim": 1}, "inbound_nodes": [[["merge_1", 0, 0]]], "name": "dense_4"}],
              "input_layers": [["input_1", 0, 0]], "output_layers": [["dense_4", 0, 0]]}}
            """;

    @Test
    void aSummingMergeImportsAsAddWithKerasShapesAndCounts() throws Exception {
        ModelDescription model = new ModelReader(REGISTRY).readJson("keras1_sum.json",
                SUM_MODEL.getBytes(StandardCharsets.UTF_8));
        assertThat(model.source().format()).isEqualTo(SourceFormat.KERAS_1);
        assertThat(model.layer("merge_1").orElseThrow().className()).isEqualTo("Add");
        assertThat(model.source().notes()).noneMatch(n -> n.contains("merge_1"));
        ModelGraph graph = GraphImport.toGraph("keras1_sum.json", model, REGISTRY, new ParameterBudget(50_000_000));
        try (ShapeInference inference = new ShapeInference(graph)) {
            assertThat(inference.diagnostics()).isEmpty();
            // Keras 1's model.summary() for this model: 9000, 9000, 8700, 0 and 301 parameters.
            assertShapeAndCount(graph, inference, "dense_1", Shape.of(null, 300L), 29 * 300 + 300);
            assertShapeAndCount(graph, inference, "dense_3", Shape.of(null, 300L), 29 * 300);
            assertShapeAndCount(graph, inference, "merge_1", Shape.of(null, 300L), 0);
            assertShapeAndCount(graph, inference, "dense_4", Shape.of(null, 1L), 301);
            assertThat(inference.totals().total()).isEqualTo(9000 + 9000 + 8700 + 301);
        }
    }

    @Test
    void theOtherModesAreReadAsTheirLayersAndAModeNoLayerTakesIsRefusedSayingWhichAreRead() throws Exception {
        for (String[] mode : new String[][] {{"mul", "Multiply"}, {"ave", "Average"}, {"max", "Maximum"},
                {"concat", "Concatenate"}}) {
            String json = SUM_MODEL.replace("\"mode\": \"sum\"", "\"mode\": \"" + mode[0] + "\"");
            ModelDescription model = new ModelReader(REGISTRY).readJson("keras1_" + mode[0] + ".json",
                    json.getBytes(StandardCharsets.UTF_8));
            assertThat(model.layer("merge_1").orElseThrow().className()).as("mode %s", mode[0]).isEqualTo(mode[1]);
            ModelGraph graph = GraphImport.toGraph("keras1.json", model, REGISTRY, new ParameterBudget(50_000_000));
            try (ShapeInference inference = new ShapeInference(graph)) {
                assertThat(inference.diagnostics()).isEmpty();
                // Keras 1: element-wise modes keep (None, 300); concat of three joins them to (None, 900).
                assertShapeAndCount(graph, inference, "merge_1", Shape.of(null, mode[0].equals("concat") ? 900L : 300L), 0);
                assertShapeAndCount(graph, inference, "dense_4", Shape.of(null, 1L), mode[0].equals("concat") ? 901 : 301);
            }
        }
        String dot = SUM_MODEL.replace("\"mode\": \"sum\"", "\"mode\": \"dot\"");
        assertThatThrownBy(() -> new ModelReader(REGISTRY).readJson("keras1_dot.json", dot.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnsupportedLayerException.class)
                .hasMessageContaining("\"merge_1\" (Merge: read only as Add when {mode=sum}");
    }

    /** How a later merge layer joins the table: it declares its Keras 1 mode and renames its own field. */
    @Test
    void aMergeLayerThatDeclaresItsModeReadsThatModeWithItsFields() throws Exception {
        LayerRegistry registry = LayerRegistry.withInstalledLayers();
        registry.register(Joined.TYPE);
        String concat = SUM_MODEL.replace("\"mode\": \"sum\"", "\"mode\": \"cos\"");
        ModelDescription model = new ModelReader(registry).readJson("keras1_cos.json",
                concat.getBytes(StandardCharsets.UTF_8));
        var merge = model.layer("merge_1").orElseThrow();
        assertThat(merge.className()).isEqualTo("Joined");
        assertThat(merge.config().get("axis")).isEqualTo(-1L);
        assertThat(merge.inbound()).hasSize(3);
        assertThat(model.source().notes()).noneMatch(n -> n.startsWith("merge_1"));
    }

    /** A stand-in for a merge layer of a mode no registered layer takes (cos): only its Keras 1 form matters here. */
    static final class Joined extends Layer {
        static final Param<Long> AXIS = Param.integer("axis", -1);
        static final LayerType TYPE = LayerType.builder("Joined", Joined.class, Joined::new).inputs(InputCount.MANY)
                .params(AXIS).keras(KerasForm.builtIn().keras1Merge("cos").keras1Names("concat_axis", "axis"))
                .build();

        Joined(Config config) {
            super(TYPE, config);
        }
    }

    private static void assertShapeAndCount(ModelGraph graph, ShapeInference inference, String layer, Shape shape,
            long params) {
        var result = inference.result(graph.find(layer).orElseThrow().id());
        assertThat(result.outputShape()).as("output of %s", layer).isEqualTo(shape);
        assertThat(result.paramCount()).as("parameters of %s", layer).isEqualTo(params);
    }
}
