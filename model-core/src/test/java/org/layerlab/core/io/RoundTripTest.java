package org.layerlab.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.layerlab.core.config.Config;
import org.layerlab.core.layer.LayerRegistry;

/** Reading a model, writing it in each format and reading that again gives the same model. */
class RoundTripTest {
    static final List<String> SUPPORTED_FIXTURES = List.of("01_credit-card-fraud_seq-list.json",
            "02_housing-ml_tfjs.json", "09_school-predictor_keras3_config.json", "10_chatbot-api_keras3_to-json.json",
            "12_dqn-cartpole_dense.json", "13_musk_dense-l1l2.json", "15_wifi-locator_seq-list_dense.json",
            "28_maternal-health_tfjs_k215_dense-dropout.json", "32_deep_keras1_dense-dropout-activation.json");

    private final LayerRegistry registry = LayerRegistry.withInstalledLayers();
    private final ModelReader reader = new ModelReader(registry);

    @TempDir
    Path temp;

    @ParameterizedTest
    @FieldSource("SUPPORTED_FIXTURES")
    void fixtureThroughKeras2(String file) throws Exception {
        ModelDescription original = reader.read(SharedFiles.kerasFixture(file));
        assertSameModel(viaKeras2(original), original);
    }

    @ParameterizedTest
    @FieldSource("SUPPORTED_FIXTURES")
    void fixtureThroughKeras3(String file) throws Exception {
        ModelDescription original = reader.read(SharedFiles.kerasFixture(file));
        assertSameModel(viaKeras3(original), original);
    }

    @ParameterizedTest
    @FieldSource("SUPPORTED_FIXTURES")
    void fixtureThroughTfjs(String file) throws Exception {
        ModelDescription original = reader.read(SharedFiles.kerasFixture(file));
        assertSameModel(viaTfjs(original), original);
    }

    @Test
    void everyLayerAndOptionThroughEachFormat() throws Exception {
        ModelDescription model = Models.everyOptionChain();
        assertSameModel(viaKeras2(model), withL1L2(model));
        assertSameModel(viaKeras3(model), model);
        ModelDescription tfjsModel = Models.everyOptionChainForTfjs();
        assertSameModel(viaTfjs(tfjsModel), withL1L2(tfjsModel));
    }

    @Test
    void functionalModelThroughEachFormat() throws Exception {
        ModelDescription model = Models.twoInputsTwoOutputs();
        assertThat(model.isChain()).isFalse();
        assertSameModel(viaKeras2(model), model);
        assertSameModel(viaKeras3(model), model);
        assertSameModel(viaTfjs(model), model);
    }

    @Test
    void weightsSurviveTheTfjsFolderBitForBit() throws Exception {
        for (ModelDescription model : List.of(Models.withRandomWeights(withL1L2(Models.everyOptionChainForTfjs()), 1),
                Models.withRandomWeights(Models.twoInputsTwoOutputs(), 2))) {
            ModelDescription back = viaTfjs(model);
            assertThat(back.weights()).isEqualTo(model.weights());
            assertSameModel(back, model);
        }
    }

    @Test
    void aFixtureWithWeightsAddedKeepsThemThroughTfjs() throws Exception {
        ModelDescription model = Models.withRandomWeights(reader.read(SharedFiles.kerasFixture(
                "28_maternal-health_tfjs_k215_dense-dropout.json")), 3);
        assertThat(viaTfjs(model).weights()).isEqualTo(model.weights());
    }

    private ModelDescription viaKeras2(ModelDescription model) throws Exception {
        String json = new Keras2JsonWriter().toJson(model, "k2.json");
        return reader.readJson("k2.json", json.getBytes(StandardCharsets.UTF_8));
    }

    private ModelDescription viaKeras3(ModelDescription model) throws Exception {
        String json = new Keras3JsonWriter(registry).toJson(model, "k3.json");
        return reader.readJson("k3.json", json.getBytes(StandardCharsets.UTF_8));
    }

    private ModelDescription viaTfjs(ModelDescription model) throws Exception {
        Path folder = temp.resolve("tfjs-" + System.nanoTime());
        new TfjsLayersWriter().write(model, folder);
        return reader.read(folder.resolve("model.json"));
    }

    /**
     * The model as the Keras 2 and TF.js files hold it: L2(0.5) on the hidden bias as the L1L2(0, 0.5) it
     * equals, and L1(0.02) on its output as L1L2(0.02, 0), since TF.js has no L1 or L2 class.
     */
    private static ModelDescription withL1L2(ModelDescription model) {
        List<Config> configs = model.layers().stream().map(l -> !l.name().equals("hidden") ? l.config()
                : l.config().with("bias_regularizer", Models.fn("L1L2", "l1", 0.0, "l2", 0.5))
                        .with("activity_regularizer", l.config().get("activity_regularizer") == null ? null
                                : Models.fn("L1L2", "l1", 0.02, "l2", 0.0))).toList();
        return ModelDescription.chain(model.name(), configs, model.layers().stream().map(LayerEntry::type).toList());
    }

    private static void assertSameModel(ModelDescription actual, ModelDescription expected) {
        assertThat(actual.withSource(expected.source())).isEqualTo(expected);
    }
}
