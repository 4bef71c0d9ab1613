package org.layerlab.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.layer.core.Dense;

/** The writers produce the JSON layouts of docs/keras-format.md (§3, §4, §6) and refuse what a format cannot hold. */
class ModelWritersTest {
    private final LayerRegistry registry = LayerRegistry.withInstalledLayers();
    private final ModelReader reader = new ModelReader(registry);
    private final ObjectMapper mapper = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void keras2SequentialMatchesTheReferenceLayout() throws Exception {
        Path example = SharedFiles.formatExample("keras2_12_sequential.json");
        String written = new Keras2JsonWriter().toJson(reader.read(example), "out.json");
        ObjectNode expected = (ObjectNode) mapper.readTree(example.toFile());
        expected.put("keras_version", "2.15.0");
        assertThat(mapper.readTree(written)).isEqualTo(expected);
    }

    @Test
    void keras3SequentialMatchesTheReferenceLayout() throws Exception {
        Path example = SharedFiles.formatExample("keras3_sequential.json");
        String written = new Keras3JsonWriter(registry).toJson(reader.read(example), "out.json");
        assertThat(mapper.readTree(written)).isEqualTo(mapper.readTree(example.toFile()));
    }

    @Test
    void keras2ScaleIsACustomClassWithDenseNetsConfig() throws Exception {
        Path example = SharedFiles.formatExample("keras2_12_functional_with_scale.json");
        JsonNode written = mapper.readTree(new Keras2JsonWriter().toJson(reader.read(example), "out.json"));
        JsonNode expectedScale = mapper.readTree(example.toFile()).at("/config/layers/2");
        JsonNode scale = written.at("/config/layers/2");
        assertThat(written.at("/class_name").asText()).as("a chain is written as Sequential").isEqualTo("Sequential");
        assertThat(scale.get("class_name")).isEqualTo(expectedScale.get("class_name"));
        assertThat(scale.get("config")).isEqualTo(expectedScale.get("config"));
    }

    @Test
    void keras3ScaleIsRegisteredUnderItsPlainName() throws Exception {
        ModelDescription model = reader.read(SharedFiles.formatExample("keras2_12_functional_with_scale.json"));
        JsonNode scale = mapper.readTree(new Keras3JsonWriter(registry).toJson(model, "out.json")).at("/config/layers/2");
        assertThat(scale.get("class_name").asText()).isEqualTo("Scale");
        assertThat(scale.get("registered_name").asText()).isEqualTo("Scale");
        assertThat(scale.get("module").isNull()).isTrue();
        assertThat(scale.at("/build_config/input_shape").toString()).isEqualTo("[null,64]");
        assertThat(scale.at("/config/dtype/class_name").asText()).isEqualTo("DTypePolicy");
    }

    @Test
    void keras3FunctionalHasKerasTensorNodesAndShapes() throws Exception {
        JsonNode top = mapper.readTree(new Keras3JsonWriter(registry).toJson(Models.twoInputsTwoOutputs(), "out.json"));
        assertThat(top.get("module").asText()).isEqualTo("keras.src.models.functional");
        assertThat(top.get("registered_name").asText()).isEqualTo("Functional");
        assertThat(top.at("/build_config").toString()).isEqualTo("{\"input_shape\":null}");
        assertThat(top.at("/config/input_layers").toString()).isEqualTo("[[\"left\",0,0],[\"right\",0,0]]");
        JsonNode rightDense = top.at("/config/layers/4");
        assertThat(rightDense.get("name").asText()).isEqualTo("right_dense");
        JsonNode tensor = rightDense.at("/inbound_nodes/0/args/0");
        assertThat(tensor.get("class_name").asText()).isEqualTo("__keras_tensor__");
        assertThat(tensor.at("/config/keras_history").toString()).isEqualTo("[\"right_scale\",0,0]");
        assertThat(tensor.at("/config/shape").toString()).as("Scale keeps its input shape").isEqualTo("[8,3,5]");
        assertThat(rightDense.at("/build_config/input_shape").toString()).isEqualTo("[8,3,5]");
        assertThat(top.at("/config/layers/5/build_config").isMissingNode()).as("Dropout is built at construction")
                .isTrue();
    }

    @Test
    void keras3SingleInputFunctionalUsesAFlatTriple() throws Exception {
        ModelDescription branch = new ModelDescription("branch", false, List.of(
                new LayerEntry(Models.type("InputLayer"), Models.input("x", null, 3L), List.of()),
                new LayerEntry(Models.type("Dense"), Models.layer("Dense", "a").with("units", 2L), List.of(TensorRef.of("x"))),
                new LayerEntry(Models.type("Dense"), Models.layer("Dense", "b").with("units", 5L), List.of(TensorRef.of("x")))),
                List.of(TensorRef.of("x")), List.of(TensorRef.of("a"), TensorRef.of("b")), Map.of(), ModelSource.layerLab());
        JsonNode top = mapper.readTree(new Keras3JsonWriter(registry).toJson(branch, "out.json"));
        assertThat(top.at("/config/input_layers").toString()).isEqualTo("[\"x\",0,0]");
        assertThat(top.at("/config/output_layers").toString()).isEqualTo("[[\"a\",0,0],[\"b\",0,0]]");
    }

    @Test
    void tfjsFolderMatchesTheConverterLayoutAndStoresLittleEndianRowMajorFloats() throws Exception {
        Path example = SharedFiles.formatExample("tfjs_keras2_12_sequential.model.json");
        ModelDescription model = Models.withRandomWeights(reader.read(example), 5);
        Path folder = temp.resolve("tfjs");
        new TfjsLayersWriter().write(model, folder);

        JsonNode written = mapper.readTree(folder.resolve("model.json").toFile());
        JsonNode expected = mapper.readTree(example.toFile());
        assertThat(written.get("format").asText()).isEqualTo("layers-model");
        assertThat(written.has("generatedBy") && written.has("convertedBy")).isTrue();
        assertThat(written.at("/modelTopology/model_config")).isEqualTo(expected.at("/modelTopology/model_config"));
        assertThat(written.get("weightsManifest")).isEqualTo(expected.get("weightsManifest"));

        byte[] bin = Files.readAllBytes(folder.resolve("group1-shard1of1.bin"));
        assertThat(bin).hasSize((784 * 64 + 64 + 64 * 10 + 10) * 4);
        WeightArray kernel = model.weights().get("dense").get(0);
        ByteBuffer le = ByteBuffer.wrap(bin).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(le.getFloat(4)).as("kernel[0][1] is flat index 1").isEqualTo(kernel.values()[1]);
        assertThat(le.getFloat(64 * 4)).as("kernel[1][0] is flat index 64").isEqualTo(kernel.values()[64]);
        WeightArray bias1 = model.weights().get("dense_1").get(1);
        assertThat(le.getFloat(bin.length - 4)).as("the last value is dense_1/bias[9]").isEqualTo(bias1.values()[9]);
    }

    @Test
    void tfjsWithoutWeightsHasNoManifest() throws Exception {
        Path folder = temp.resolve("plain");
        new TfjsLayersWriter().write(Models.everyOptionChainForTfjs(), folder);
        assertThat(mapper.readTree(folder.resolve("model.json").toFile()).has("weightsManifest")).isFalse();
        assertThat(folder.resolve("group1-shard1of1.bin")).doesNotExist();
    }

    @Test
    void tfjsRenamesSiluAndRefusesActivationsItLacks() throws Exception {
        new TfjsLayersWriter().write(chainWithActivation("silu"), temp.resolve("silu"));
        assertThat(mapper.readTree(temp.resolve("silu").resolve("model.json").toFile())
                .at("/modelTopology/model_config/config/layers/1/config/activation").asText()).isEqualTo("swish");
        assertThatThrownBy(() -> new TfjsLayersWriter().write(chainWithActivation("leaky_relu"), temp.resolve("x")))
                .isInstanceOf(UnwritableModelException.class)
                .hasMessage("model.json: layer \"d\": TensorFlow.js has no activation \"leaky_relu\"");
    }

    @Test
    void keras2AndTfjsWriteL1AndL2AsTheL1L2TensorFlowJsKnows() throws Exception {
        ModelDescription model = ModelDescription.chain("m", List.of(Models.input("in", null, 2L),
                Models.layer("Dense", "d").with("units", 3L).with("kernel_regularizer", Models.fn("L1"))
                        .with("bias_regularizer", Models.fn("L2", "l2", 0.5))), Models.types("InputLayer", "Dense"));
        new TfjsLayersWriter().write(model, temp.resolve("l1l2"));
        JsonNode tfjsDense = mapper.readTree(temp.resolve("l1l2").resolve("model.json").toFile())
                .at("/modelTopology/model_config/config/layers/1/config");
        JsonNode keras2Dense = mapper.readTree(new Keras2JsonWriter().toJson(model, "m.json")).at("/config/layers/1/config");
        for (JsonNode dense : List.of(tfjsDense, keras2Dense)) {
            assertThat(dense.get("kernel_regularizer").toString()).as("L1 at Keras's default 0.01")
                    .isEqualTo("{\"class_name\":\"L1L2\",\"config\":{\"l1\":0.01,\"l2\":0.0}}");
            assertThat(dense.get("bias_regularizer").toString())
                    .isEqualTo("{\"class_name\":\"L1L2\",\"config\":{\"l1\":0.0,\"l2\":0.5}}");
        }
    }

    @Test
    void tfjsRefusesActivityRegularizersWhichTensorFlowJsCannotLoad() {
        assertThatThrownBy(() -> new TfjsLayersWriter().write(Models.everyOptionChain(), temp.resolve("a")))
                .isInstanceOf(UnwritableModelException.class).hasMessage("model.json: layer \"hidden\": TensorFlow.js"
                        + " cannot load a layer with an activity_regularizer; remove it to export");
    }

    @Test
    void tfjsRefusesWeightsThatDoNotFitTheLayers() {
        ModelDescription model = Models.withRandomWeights(Models.everyOptionChainForTfjs(), 1);
        Map<String, List<WeightArray>> weights = new LinkedHashMap<>(model.weights());
        weights.put("hidden", List.of(new WeightArray("kernel", new long[] {16, 31}, new float[16 * 31])));
        assertThatThrownBy(() -> new TfjsLayersWriter().write(model.withWeights(weights), temp.resolve("bad")))
                .isInstanceOf(UnwritableModelException.class).hasMessageContaining("layer \"hidden\"");
    }

    @Test
    void writersRefuseADanglingLayerNameWhichWouldHangTensorFlowJs() {
        ModelDescription model = Models.everyOptionChain();
        List<LayerEntry> layers = new ArrayList<>(model.layers());
        LayerEntry last = layers.remove(layers.size() - 1);
        layers.add(last.withInbound(List.of(TensorRef.of("ghost"))));
        ModelDescription dangling = new ModelDescription(model.name(), false, layers, model.inputs(), model.outputs(),
                Map.of(), model.source());
        assertThatThrownBy(() -> new TfjsLayersWriter().write(dangling, temp.resolve("d")))
                .isInstanceOf(GraphStructureException.class).hasMessageContaining("unknown layer \"ghost\"");
        assertThatThrownBy(() -> new Keras2JsonWriter().toJson(dangling, "m.json"))
                .isInstanceOf(GraphStructureException.class);
    }

    @Test
    void pythonScriptDefinesAndRegistersScaleOnlyWhenUsed() throws Exception {
        String withScale = new KerasPythonScriptWriter().toScript(Models.everyOptionChain(), "m.py");
        assertThat(withScale).contains("class Scale(keras.layers.Layer):",
                "keras.saving.get_custom_objects()[\"Scale\"] = Scale", "return keras.Sequential([",
                "Scale(**{\"name\": \"scale\", \"trainable\": True, \"dtype\": \"float32\", \"axis\": -1, \"momentum\": 0.5,",
                "keras.layers.Dropout(**{\"name\": \"drop\", \"trainable\": True, \"dtype\": \"float32\", \"rate\": 0.25,"
                        + " \"noise_shape\": [None, 1], \"seed\": 42})");
        String plain = new KerasPythonScriptWriter().toScript(chainWithActivation("relu"), "m.py");
        assertThat(plain).doesNotContain("class Scale");
    }

    @Test
    void pythonScriptBuildsFunctionalModelsWithTheFunctionalApi() throws Exception {
        String script = new KerasPythonScriptWriter().toScript(Models.twoInputsTwoOutputs(), "m.py");
        assertThat(script).contains("t[\"right_dense\"] = keras.layers.Dense(", "})(t[\"right_scale\"])",
                "return keras.Model(inputs=[t[\"left\"], t[\"right\"]], outputs=[t[\"left_drop\"], t[\"right_dense\"]],"
                        + " name=\"two_way\")");
    }

    @Test
    void pythonScriptEscapesNamesSoTheyCannotBecomeCode() throws Exception {
        String evil = "x\"\nimport os\nos.system('id')\n#";
        ModelDescription model = ModelDescription.chain(evil, List.of(Models.input(evil, null, 2L),
                Models.layer("Dense", "d").with("units", 1L)), Models.types("InputLayer", "Dense"));
        String script = new KerasPythonScriptWriter().toScript(model, "m.py");
        assertThat(script.lines()).noneMatch(line -> line.startsWith("import os") || line.startsWith("os.system"));
        assertThat(script).contains("\"x\\\"\\u000aimport os\\u000aos.system('id')\\u000a#\"");
    }

    @Test
    void pythonScriptRefusesClassesItCannotBuild() {
        ModelDescription model = ModelDescription.chain("m", List.of(Models.input("in", null, 2L),
                Models.layer("Dense", "d").with("units", 1L)), List.of(Models.type("InputLayer"),
                LayerType.builder("Dense(); import os; Dense", Dense.class, Dense::new).build()));
        assertThatThrownBy(() -> new KerasPythonScriptWriter().toScript(model, "m.py"))
                .isInstanceOf(UnwritableModelException.class).hasMessageContaining("is not a Python or JavaScript identifier");
    }

    private static ModelDescription chainWithActivation(String activation) {
        return ModelDescription.chain("m", List.of(Models.input("in", null, 2L),
                Models.layer("Dense", "d").with("units", 3L).with("activation", activation)),
                Models.types("InputLayer", "Dense"));
    }
}
