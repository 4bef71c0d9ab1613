package org.layerlab.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerlab.core.config.Config;
import org.layerlab.core.layer.LayerRegistry;

/** The reader's handling of each Keras generation's peculiarities, archives and notes. */
class ModelReaderTest {
    private final ModelReader reader = new ModelReader(LayerRegistry.withInstalledLayers());

    @TempDir
    Path temp;

    @Test
    void nestedSequentialInsideAFunctionalModelIsFlattened() throws Exception {
        ModelDescription d = json("""
                {"class_name": "Functional", "config": {"name": "outer", "layers": [
                  {"class_name": "InputLayer", "name": "x", "config": {"batch_input_shape": [null, 5], "name": "x"},
                   "inbound_nodes": []},
                  {"class_name": "Sequential", "name": "block", "config": {"name": "block", "layers": [
                     {"class_name": "InputLayer", "config": {"batch_input_shape": [null, 5], "name": "block_in"}},
                     {"class_name": "Dense", "config": {"name": "inner_dense", "units": 8}},
                     {"class_name": "Dropout", "config": {"name": "inner_drop", "rate": 0.5}}]},
                   "inbound_nodes": [[["x", 0, 0, {}]]]},
                  {"class_name": "Dense", "name": "head", "config": {"name": "head", "units": 2},
                   "inbound_nodes": [[["block", 1, 0, {}]]]}],
                 "input_layers": [["x", 0, 0]], "output_layers": [["head", 0, 0]]}}
                """);
        assertThat(d.layers()).extracting(LayerEntry::name).containsExactly("x", "inner_dense", "inner_drop", "head");
        assertThat(d.layer("inner_dense").orElseThrow().inbound()).containsExactly(TensorRef.of("x"));
        assertThat(d.layer("head").orElseThrow().inbound()).containsExactly(TensorRef.of("inner_drop"));
        assertThat(d.isChain()).isTrue();
        assertThat(d.sequential()).isFalse();
    }

    @Test
    void aNestedSequentialCalledTwiceIsRefusedAsShared() {
        assertThatThrownBy(() -> json("""
                {"class_name": "Functional", "config": {"name": "m", "layers": [
                  {"class_name": "InputLayer", "name": "a", "config": {"batch_input_shape": [null, 5]}, "inbound_nodes": []},
                  {"class_name": "Sequential", "name": "block", "config": {"layers": [
                     {"class_name": "Dense", "config": {"name": "d", "units": 8, "batch_input_shape": [null, 5]}}]},
                   "inbound_nodes": [[["a", 0, 0, {}]], [["a", 0, 0, {}]]]}],
                 "input_layers": [["a", 0, 0]], "output_layers": [["block", 1, 0]]}}
                """)).isInstanceOf(GraphStructureException.class)
                .hasMessage("m.json: layer \"block\": the nested model is called 2 times; shared layers and models are"
                        + " not supported");
    }

    @Test
    void keras1FunctionalWithoutKwargsAndKeras1Regularizers() throws Exception {
        ModelDescription d = json("""
                {"class_name": "Model", "keras_version": "1.1.0", "config": {"name": "k1", "layers": [
                  {"class_name": "InputLayer", "name": "in", "config": {"batch_input_shape": [null, 4],
                   "input_dtype": "float32", "sparse": false, "name": "in"}, "inbound_nodes": []},
                  {"class_name": "Dense", "name": "d", "config": {"name": "d", "output_dim": 3, "init": "he_normal",
                   "bias": false, "activation": "relu",
                   "W_regularizer": {"l2": 0.1, "name": "L1L2Regularizer", "l1": 0.0},
                   "W_constraint": {"name": "MaxNorm", "m": 2, "axis": 0}},
                   "inbound_nodes": [[["in", 0, 0]]]}],
                 "input_layers": [["in", 0, 0]], "output_layers": [["d", 0, 0]]}}
                """);
        Config dense = d.layer("d").orElseThrow().config();
        assertThat(d.source().format()).isEqualTo(SourceFormat.KERAS_1);
        assertThat(dense.get("units")).isEqualTo(3L);
        assertThat(dense.get("use_bias")).isEqualTo(false);
        assertThat(dense.getConfig("kernel_initializer").get("class_name")).isEqualTo("HeNormal");
        assertThat(dense.getConfig("kernel_regularizer")).isEqualTo(Models.fn("L1L2", "l1", 0.0, "l2", 0.1));
        assertThat(dense.getConfig("kernel_constraint")).isEqualTo(Models.fn("MaxNorm", "axis", 0L, "max_value", 2L));
    }

    @Test
    void keras1InputDimAndKeras2InputShapeWithBatchSizeGiveTheInputLayer() throws Exception {
        ModelDescription k1 = json("""
                {"class_name": "Sequential", "config": [{"class_name": "Dense",
                  "config": {"name": "d", "output_dim": 2, "input_dim": 7}}]}
                """);
        assertThat(KerasFixturesTest.inputShape(k1)).containsExactly(null, 7L);
        ModelDescription k2 = json("""
                {"class_name": "Sequential", "config": {"name": "s", "layers": [{"class_name": "Dense",
                  "config": {"name": "d", "units": 2, "input_shape": [3, 4], "batch_size": 16}}]}}
                """);
        assertThat(KerasFixturesTest.inputShape(k2)).containsExactly(16L, 3L, 4L);
        assertThat(k2.layers().get(0).name()).isEqualTo("d_input");
    }

    @Test
    void aSequentialWithoutAnyInputShapeOpensWithAnInputLayerWhoseShapeIsUnset() throws Exception {
        ModelDescription model = json("""
                {"class_name": "Sequential", "config": {"name": "s", "layers": [
                  {"class_name": "Dense", "config": {"name": "first", "units": 2}}]}}
                """);

        assertThat(model.layers().get(0).name()).isEqualTo("first_input");
        assertThat(model.layers().get(0).config().get("batch_shape")).isNull();
        assertThat(model.source().notes()).contains("the model's first layer \"first\" gives no input shape"
                + " (batch_input_shape, input_shape or input_dim); its input layer \"first_input\" was added with the"
                + " shape unset");
    }

    @Test
    void dtypePoliciesBecomeTheVariableDtype() throws Exception {
        ModelDescription d = json("""
                {"module": "keras", "class_name": "Sequential", "config": {"name": "s", "layers": [
                  {"class_name": "InputLayer", "config": {"batch_shape": [null, 3], "name": "in"}},
                  {"class_name": "Dense", "config": {"name": "mixed", "units": 2, "dtype": {"module": "keras",
                    "class_name": "DTypePolicy", "config": {"name": "mixed_float16"}, "registered_name": null}}},
                  {"class_name": "Dense", "config": {"name": "k2", "units": 2, "dtype": {"class_name": "Policy",
                    "config": {"name": "mixed_bfloat16"}}}},
                  {"class_name": "Dense", "config": {"name": "double", "units": 2, "dtype": "float64"}}]}}
                """);
        assertThat(d.layers()).extracting(l -> l.config().get("dtype"))
                .containsExactly("float32", "float32", "float32", "float64");
    }

    @Test
    void keras3ObjectsLoseTheirModule() throws Exception {
        ModelDescription d = json(keras3DenseWithKernelInitializer(
                "{\"module\": \"keras.initializers\", \"class_name\": \"HeNormal\", \"config\": {\"seed\": 3},"
                        + " \"registered_name\": null}"));
        Config dense = d.layers().get(1).config();
        assertThat(dense.getConfig("kernel_initializer")).isEqualTo(Models.fn("HeNormal", "seed", 3L));
        assertThat(dense.getConfig("bias_initializer")).isEqualTo(Models.fn("Orthogonal", "gain", 1.0, "seed", null));
        assertThat(dense.getConfig("kernel_regularizer")).isEqualTo(Models.fn("L1L2"));
        assertThat(dense.getConfig("kernel_constraint")).isEqualTo(Models.fn("MaxNorm"));
    }

    @Test
    void aRegisteredCustomInitializerIsRefusedNamingLayerAndField() {
        assertThatThrownBy(() -> json(keras3DenseWithKernelInitializer(
                "{\"module\": \"my_lib\", \"class_name\": \"MyInit\", \"config\": {\"k\": 1},"
                        + " \"registered_name\": \"Custom>MyInit\"}")))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("layer \"d\"")
                .hasMessageContaining("field \"kernel_initializer\"")
                .hasMessageContaining("unknown initializer \"Custom>MyInit\"");
    }

    private static String keras3DenseWithKernelInitializer(String initializer) {
        return """
                {"module": "keras", "class_name": "Sequential", "config": {"name": "s", "layers": [
                  {"module": "keras.layers", "class_name": "InputLayer", "config": {"batch_shape": [null, 3], "name": "in"},
                   "registered_name": null},
                  {"module": "keras.layers", "class_name": "Dense", "config": {"name": "d", "units": 2,
                    "kernel_initializer": %s,
                    "bias_initializer": {"module": "keras.initializers", "class_name": "OrthogonalInitializer",
                                         "config": {"gain": 1.0, "seed": null}, "registered_name": null},
                    "kernel_regularizer": "l1_l2", "kernel_constraint": "max_norm"},
                   "registered_name": null}]}}
                """.formatted(initializer);
    }

    @Test
    void aDoubleEncodedSupportedModelReads() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        String inner = Files.readString(SharedFiles.kerasFixture("12_dqn-cartpole_dense.json"));
        ModelDescription d = reader.readJson("double.json", mapper.writeValueAsBytes(inner));
        assertThat(KerasFixturesTest.summary(d)).containsExactly("InputLayer", "Dense 24 relu", "Dense 24 relu",
                "Dense 2 linear");
        assertThat(d.source().notes()).contains("the file is a JSON string holding the model JSON (double-encoded)");
    }

    @Test
    void bareConfigsReadAsSequentialOrFunctional() throws Exception {
        ModelDescription dict = json("""
                {"name": "bare", "layers": [{"class_name": "Dense", "config": {"name": "d", "units": 2,
                  "batch_input_shape": [null, 3]}}]}
                """);
        assertThat(dict.sequential()).isTrue();
        assertThat(dict.name()).isEqualTo("bare");
        ModelDescription list = json("""
                [{"class_name": "Dense", "config": {"name": "d", "units": 2, "batch_input_shape": [null, 3]}}]
                """);
        assertThat(list.layers()).hasSize(2);
    }

    @Test
    void aKerasArchiveIsReadFromItsConfigJsonOnly() throws Exception {
        Path archive = temp.resolve("model.keras");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive))) {
            zip.putNextEntry(new ZipEntry("metadata.json"));
            zip.write("{\"keras_version\": \"3.5.0\"}".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("config.json"));
            zip.write(Files.readAllBytes(SharedFiles.kerasFixture("09_school-predictor_keras3_config.json")));
            zip.putNextEntry(new ZipEntry("model.weights.h5"));
            zip.write(new byte[] {(byte) 0x89, 'H', 'D', 'F'});
        }
        ModelDescription d = reader.read(archive);
        assertThat(d.source().format()).isEqualTo(SourceFormat.KERAS_3_ARCHIVE);
        assertThat(KerasFixturesTest.summary(d)).containsExactly("InputLayer", "Dense 64 relu", "Dropout 0.2",
                "Dense 32 relu", "Dropout 0.2", "Dense 1 sigmoid");
        assertThat(d.source().notes()).anyMatch(n -> n.contains("weights are not loaded"));
    }

    @Test
    void anArchiveWithoutConfigJsonIsNotAKerasModel() throws Exception {
        Path archive = temp.resolve("other.keras");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write('x');
        }
        assertThatThrownBy(() -> reader.read(archive)).isInstanceOf(UnsupportedFormatException.class)
                .hasMessage("other.keras: the archive has no config.json; it is not a .keras model");
    }

    @Test
    void tfjsWeightsAreMatchedByNameAcrossShardsIncludingIndexAndSlotForms() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("two-shards"));
        ModelDescription model = Models.withRandomWeights(ModelDescription.chain("m", List.of(
                Models.input("in", null, 3L), Models.layer("Dense", "d").with("units", 2L)),
                Models.types("InputLayer", "Dense")), 9);
        float[] kernel = model.weights().get("d").get(0).values();
        float[] bias = model.weights().get("d").get(1).values();
        byte[] all = littleEndian(concat(bias, kernel));
        Files.write(folder.resolve("group1-shard1of2.bin"), Arrays.copyOfRange(all, 0, 10));
        Files.write(folder.resolve("group1-shard2of2.bin"), Arrays.copyOfRange(all, 10, all.length));
        ObjectNode json = (ObjectNode) new ObjectMapper().readTree(new Keras2JsonWriter().toJson(model, "m.json"));
        ObjectNode top = new ObjectMapper().createObjectNode();
        top.put("format", "layers-model");
        top.set("modelTopology", json);
        top.set("weightsManifest", new ObjectMapper().readTree("""
                [{"paths": ["group1-shard1of2.bin", "group1-shard2of2.bin"], "weights": [
                  {"name": "d/1", "shape": [2], "dtype": "float32"},
                  {"name": "d/kernel:0", "shape": [3, 2], "dtype": "float32"}]}]
                """));
        Files.writeString(folder.resolve("model.json"), top.toString());
        ModelDescription back = reader.read(folder.resolve("model.json"));
        assertThat(back.weights()).isEqualTo(model.weights());

        Files.delete(folder.resolve("group1-shard2of2.bin"));
        assertThatThrownBy(() -> reader.read(folder.resolve("model.json"))).isInstanceOf(WeightDataException.class)
                .hasMessage("model.json: weight files missing: group1-shard2of2.bin");
        Files.write(folder.resolve("group1-shard2of2.bin"), new byte[3]);
        assertThatThrownBy(() -> reader.read(folder.resolve("model.json"))).isInstanceOf(WeightDataException.class)
                .hasMessage("model.json: the weight files hold 13 bytes but the manifest declares 32");
    }

    @Test
    void notesTellWhatTheImportDroppedOrChanged() throws Exception {
        ModelDescription d = json("""
                {"class_name": "Functional", "keras_version": "2.9.0", "config": {"name": "m", "layers": [
                  {"class_name": "InputLayer", "name": "in", "config": {"batch_input_shape": [null, 3], "sparse": true},
                   "inbound_nodes": []},
                  {"class_name": "Dense", "name": "d", "config": {"name": "d", "units": 2, "activation": "hard_sigmoid",
                   "lora_rank": 4}, "inbound_nodes": [[["in", 0, 0, {"training": true}]]]}],
                 "input_layers": [["in", 0, 0]], "output_layers": [["d", 0, 0]]}}
                """);
        assertThat(d.source().notes()).containsExactlyInAnyOrder(
                "in: field sparse=true is not supported by InputLayer and was dropped",
                "d: field lora_rank=4 is not supported by Dense and was dropped",
                "d: call argument training=true ignored",
                "d: hard_sigmoid in Keras 1/2 and TensorFlow.js is clip(0.2x + 0.5, 0, 1); Keras 3 changed it to"
                        + " relu6(x + 3) / 6");
    }

    @Test
    void theParameterBudgetIsConfigurableAndNamesTheLayerThatCrossesIt() {
        ModelReader small = new ModelReader(LayerRegistry.withInstalledLayers(),
                ReadLimits.defaults().withMaxParameters(1_000));
        assertThatThrownBy(() -> small.read(SharedFiles.kerasFixture("01_credit-card-fraud_seq-list.json")))
                .isInstanceOfSatisfying(ParameterBudgetException.class, e -> {
                    assertThat(e.layer()).as("496 + 306 + 380 passes 1,000 at dense_3").isEqualTo("dense_3");
                    assertThat(e.declared()).isEqualTo(496 + 306 + 380);
                    assertThat(e.budget()).isEqualTo(1_000);
                })
                .hasMessage("01_credit-card-fraud_seq-list.json: layer \"dense_3\": the model declares 1,182 parameters"
                        + " up to this layer, over the budget of 1,000");
    }

    @Test
    void theBudgetHookChecksCountsMadeElsewhere() throws Exception {
        ParameterBudget budget = new ParameterBudget(100);
        budget.checkTotal("m.json", "big", 100);
        assertThatThrownBy(() -> budget.checkTotal("m.json", "big", 101)).isInstanceOf(ParameterBudgetException.class)
                .hasMessageContaining("layer \"big\"");
    }

    @Test
    void theBudgetCountsScaleAsTwoVectorsAlongItsAxis() throws Exception {
        ModelDescription model = Models.twoInputsTwoOutputs();
        assertThat(new ParameterBudget(1_000).check("m", model)).containsEntry("right_scale", 2L * 3)
                .containsEntry("left_dense", 6L * 4 + 4).containsEntry("right_dense", 5L * 2 + 2);
    }

    private ModelDescription json(String text) throws ModelFormatException {
        return reader.readJson("m.json", text.getBytes(StandardCharsets.UTF_8));
    }

    private static float[] concat(float[] a, float[] b) {
        float[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] littleEndian(float[] values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            b.putFloat(v);
        }
        return b.array();
    }
}
