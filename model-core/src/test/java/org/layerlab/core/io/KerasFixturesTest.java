package org.layerlab.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.layerlab.core.config.Config;
import org.layerlab.core.config.ConfigException;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.ShapeInference;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.project.GraphImport;
import org.layerlab.core.shape.Shape;

/**
 * Every real model file in {@code src/test/fixtures/keras-json} (copied from the shared reference
 * folder), handled as its README says: the ones made of supported layers import with the right layers, configs, input shapes and Keras's parameter counts;
 * the others are refused in one line naming each unsupported layer and class.
 */
class KerasFixturesTest {
    private final LayerRegistry registry = LayerRegistry.withInstalledLayers();
    private final ModelReader reader = new ModelReader(registry);

    /** Keras's Dense parameter count: a kernel of in × units plus a bias of units. */
    private static long dense(long in, long units) {
        return in * units + units;
    }

    @Test
    void f01_keras2SequentialWithTheLayerListAsConfig() throws Exception {
        ModelDescription d = read("01_credit-card-fraud_seq-list.json");
        assertThat(d.source().format()).isEqualTo(SourceFormat.KERAS_2);
        assertThat(d.source().version()).isEqualTo("2.0.5");
        assertThat(inputShape(d)).containsExactly(null, 30L);
        assertThat(summary(d)).containsExactly("InputLayer", "Dense 16 relu", "Dense 18 relu", "Dropout 0.25",
                "Dense 20 relu", "Dense 24 relu", "Dense 1 sigmoid");
        assertThat(params(d)).containsExactly(0L, dense(30, 16), dense(16, 18), 0L, dense(18, 20), dense(20, 24),
                dense(24, 1));
        assertThat(d.layers().get(1).config().getConfig("kernel_initializer")).isEqualTo(Config.builder()
                .put("class_name", "RandomUniform")
                .put("config", Config.builder().put("minval", -0.05).put("seed", null).put("maxval", 0.05).build())
                .build());
    }

    @Test
    void f02_tfjsConverterModelJsonWithoutItsShard() throws Exception {
        ModelDescription d = read("02_housing-ml_tfjs.json");
        assertThat(d.source().format()).isEqualTo(SourceFormat.TFJS_LAYERS_MODEL);
        assertThat(d.name()).isEqualTo("sequential_6");
        assertThat(inputShape(d)).containsExactly(null, 4L);
        assertThat(summary(d)).containsExactly("InputLayer", "Dense 64 relu", "Dense 64 relu", "Dense 64 relu",
                "Dense 1 linear");
        assertThat(params(d)).containsExactly(0L, dense(4, 64), dense(64, 64), dense(64, 64), dense(64, 1));
        assertThat(d.hasWeights()).isFalse();
        assertThat(d.source().notes()).anyMatch(n -> n.contains("weights not loaded") && n.contains("group1-shard1of1"));
        assertThat(d.layers().get(1).config().getConfig("kernel_initializer").getConfig("config").has("dtype"))
                .as("the tf 1.x dtype inside initializer configs is dropped").isFalse();
    }

    @Test
    void f05_keras1WithLambdaIsRefusedNamingEveryUnsupportedLayer() {
        UnsupportedLayerException e = refused("05_behavioral-cloning_keras1_lambda.json");
        assertThat(e.carriesCode()).isTrue();
        assertThat(e.getMessage()).contains("\"lambda_5\" (Lambda: carries Python code, never run)",
                "\"cropping2d_8\" (Cropping2D)", "\"convolution2d_20\" (Convolution2D)", "\"maxpooling2d_9\" (MaxPooling2D)",
                "\"convolution2d_17\" (Convolution2D)").as("Flatten is read now").doesNotContain("flatten_5");
        assertThat(e.offenders()).extracting(UnsupportedLayerException.Offender::className).containsOnly("Cropping2D",
                "Lambda", "Convolution2D", "MaxPooling2D").hasSize(9);
    }

    @Test
    void f09_keras3ArchiveConfigWithDTypePolicies() throws Exception {
        ModelDescription d = read("09_school-predictor_keras3_config.json");
        assertThat(d.source().format()).isEqualTo(SourceFormat.KERAS_3);
        assertThat(inputShape(d)).containsExactly(null, 112L);
        assertThat(summary(d)).containsExactly("InputLayer", "Dense 64 relu", "Dropout 0.2", "Dense 32 relu",
                "Dropout 0.2", "Dense 1 sigmoid");
        assertThat(params(d)).containsExactly(0L, dense(112, 64), 0L, dense(64, 32), 0L, dense(32, 1));
        assertThat(d.layers()).allSatisfy(l -> assertThat(l.config().get("dtype")).isEqualTo("float32"));
        assertThat(d.layers().get(1).config().getConfig("kernel_initializer"))
                .as("module and registered_name are dropped").isEqualTo(Config.builder()
                        .put("class_name", "GlorotUniform").put("config", Config.builder().put("seed", null).build())
                        .build());
    }

    @Test
    void f10_keras3ToJsonWithQuantizationConfig() throws Exception {
        ModelDescription d = read("10_chatbot-api_keras3_to-json.json");
        assertThat(inputShape(d)).containsExactly(null, 71L);
        assertThat(summary(d)).containsExactly("InputLayer", "Dense 128 relu", "Dropout 0.5", "Dense 64 relu",
                "Dropout 0.5", "Dense 10 softmax");
        assertThat(params(d)).containsExactly(0L, dense(71, 128), 0L, dense(128, 64), 0L, dense(64, 10));
        assertThat(d.layers().get(1).config().has("quantization_config")).isFalse();
        assertThat(d.source().notes()).isEmpty();
    }

    @Test
    void f12_keras2SequentialWithVarianceScaling() throws Exception {
        ModelDescription d = read("12_dqn-cartpole_dense.json");
        assertThat(inputShape(d)).containsExactly(null, 4L);
        assertThat(summary(d)).containsExactly("InputLayer", "Dense 24 relu", "Dense 24 relu", "Dense 2 linear");
        assertThat(params(d)).containsExactly(0L, dense(4, 24), dense(24, 24), dense(24, 2));
        assertThat(d.layers().get(1).config().getConfig("kernel_initializer").getString("class_name", null))
                .isEqualTo("VarianceScaling");
    }

    @Test
    void f13_keras2SequentialWithL1L2Regularizers() throws Exception {
        ModelDescription d = read("13_musk_dense-l1l2.json");
        assertThat(inputShape(d)).containsExactly(null, 107L);
        assertThat(summary(d)).containsExactly("InputLayer", "Dense 200 relu", "Dense 200 relu", "Dense 100 relu",
                "Dense 50 relu", "Dense 20 relu", "Dense 10 relu", "Dense 2 softmax");
        assertThat(params(d)).containsExactly(0L, dense(107, 200), dense(200, 200), dense(200, 100), dense(100, 50),
                dense(50, 20), dense(20, 10), dense(10, 2));
        assertThat(d.layers().get(2).config().getConfig("kernel_regularizer")).isEqualTo(Config.builder()
                .put("class_name", "L1L2")
                .put("config", Config.builder().put("l1", 0.0).put("l2", 0.05000000074505806).build()).build());
        assertThat(d.layers().get(1).config().get("kernel_regularizer")).isNull();
    }

    @Test
    void f15_keras2SequentialListWithoutDtypes() throws Exception {
        ModelDescription d = read("15_wifi-locator_seq-list_dense.json");
        assertThat(inputShape(d)).containsExactly(null, 3L);
        assertThat(summary(d)).containsExactly("InputLayer", "Dense 8 relu", "Dense 10 relu", "Dense 10 relu",
                "Dense 10 relu", "Dense 3 softmax");
        assertThat(params(d)).containsExactly(0L, dense(3, 8), dense(8, 10), dense(10, 10), dense(10, 10),
                dense(10, 3));
        assertThat(d.layers().get(2).config().get("dtype")).as("missing dtype takes the default").isEqualTo("float32");
    }

    @Test
    void f18_doubleEncodedKeras1ModelWithAConcatenatingMergeIsReadAsConcatenate() throws Exception {
        String file = "18_ddpg-torcs_actor_keras1-model_double-encoded.json";
        ModelDescription d = read(file);
        // The three heads start from a Python lambda: never run, the default initializer takes its place, and
        // the import says so for each.
        assertThat(d.source().notes()).contains(
                "dense_3: kernel_initializer is a Python lambda, not in the file; GlorotUniform, the default, takes its place",
                "dense_4: kernel_initializer is a Python lambda, not in the file; GlorotUniform, the default, takes its place",
                "dense_5: kernel_initializer is a Python lambda, not in the file; GlorotUniform, the default, takes its place");
        assertThat(d.source().format()).isEqualTo(SourceFormat.KERAS_1);
        LayerEntry merge = d.layer("merge_1").orElseThrow();
        assertThat(merge.className()).isEqualTo("Concatenate");
        assertThat(merge.config().get("axis")).as("Keras 1's concat_axis").isEqualTo(-1L);
        assertThat(merge.inbound()).hasSize(3);
        // Keras 1's model.summary(): 29·300+300, 300·600+600, then three Dense(1) heads of 600+1, the Merge none.
        assertThat(params(d)).containsExactly(0L, dense(29, 300), dense(300, 600), dense(600, 1), dense(600, 1),
                dense(600, 1), 0L);
        ModelGraph graph = GraphImport.toGraph("f18", d, registry, new ParameterBudget(50_000_000));
        try (ShapeInference inference = new ShapeInference(graph)) {
            assertThat(inference.diagnostics()).isEmpty();
            // Keras 1's Merge(mode='concat', concat_axis=-1) of three (None, 1) tensors: (None, 3).
            assertThat(inference.result(graph.find("merge_1").orElseThrow().id()).outputShape())
                    .isEqualTo(Shape.of(null, 3L));
            assertThat(inference.result(graph.find("dense_2").orElseThrow().id()).outputShape())
                    .isEqualTo(Shape.of(null, 600L));
        }
    }

    @Test
    void f23_keras1WithLeakyReluAndBatchNormalization() throws Exception {
        ModelDescription d = read("23_dl4j_mlp_config_keras1_pretty.json");
        assertThat(d.source().format()).isEqualTo(SourceFormat.KERAS_1);
        assertThat(summary(d)).containsExactly("InputLayer", "Dense 3 linear", "LeakyReLU", "Dropout 0.2",
                "BatchNormalization", "Dense 2 tanh", "Dropout 0.2", "Dense 3 linear", "Activation softmax");
        assertThat(d.layer("leakyrelu_1").orElseThrow().config().get("alpha")).isEqualTo(0.3);
        assertThat(d.layer("batchnormalization_1").orElseThrow().config().get("momentum")).isEqualTo(0.99);
        // Keras 1's model.summary(): BatchNormalization on 3 features holds gamma, beta and the two running
        // statistics, 4 · 3 = 12 parameters (6 of them trainable); LeakyReLU none.
        assertThat(params(d)).containsExactly(0L, dense(4, 3), 0L, 0L, 12L, dense(3, 2), 0L, dense(2, 3), 0L);
        ModelGraph graph = GraphImport.toGraph("f23", d, registry, new ParameterBudget(50_000_000));
        try (ShapeInference inference = new ShapeInference(graph)) {
            assertThat(inference.diagnostics()).isEmpty();
            assertThat(inference.result(graph.find("batchnormalization_1").orElseThrow().id()).outputShape())
                    .isEqualTo(Shape.of(null, 3L));
            assertThat(inference.totals().total()).isEqualTo(15 + 12 + 8 + 9);
        }
    }

    @Test
    void f26_bareGetConfigIsReadAsAFunctionalModelAndRefused() {
        UnsupportedLayerException e = refused("26_dl4j_reshape_embedding_concat_bare-config.json");
        assertThat(e.offenders()).extracting(UnsupportedLayerException.Offender::layer)
                .as("Reshape and Concatenate are read now").containsExactly("embedding_4", "embedding_5");
    }

    @Test
    void f28_tfjsKeras215WithKeras3StyleInitializers() throws Exception {
        ModelDescription d = read("28_maternal-health_tfjs_k215_dense-dropout.json");
        assertThat(d.source().format()).isEqualTo(SourceFormat.TFJS_LAYERS_MODEL);
        assertThat(d.source().version()).isEqualTo("2.15.0");
        assertThat(d.layers().get(0).name()).isEqualTo("dense_1_input");
        assertThat(inputShape(d)).containsExactly(null, 5L);
        assertThat(summary(d)).containsExactly("InputLayer", "Dense 128 relu", "Dropout 0.3", "Dense 64 relu",
                "Dropout 0.3", "Dense 3 softmax");
        assertThat(params(d)).containsExactly(0L, dense(5, 128), 0L, dense(128, 64), 0L, dense(64, 3));
    }

    @Test
    void f29_tfjsKeras3CnnIsRefused() {
        assertThat(refused("29_live-nn_tfjs_keras3151_cnn.json").getMessage()).endsWith("unsupported layers:"
                + " \"conv2d\" (Conv2D), \"max_pooling2d\" (MaxPooling2D), \"conv2d_1\" (Conv2D),"
                + " \"max_pooling2d_1\" (MaxPooling2D)");
    }

    @Test
    void f30_wrappersAreRefused() {
        assertThat(refused("30_bilstm-pos_bidirectional-timedistributed.json").offenders())
                .extracting(UnsupportedLayerException.Offender::className)
                .containsExactly("Embedding", "Bidirectional", "TimeDistributed");
    }

    @Test
    void f32_keras1NamesAreMapped() throws Exception {
        ModelDescription d = read("32_deep_keras1_dense-dropout-activation.json");
        assertThat(d.source().format()).isEqualTo(SourceFormat.KERAS_1);
        assertThat(inputShape(d)).containsExactly(null, 8L);
        assertThat(summary(d)).containsExactly("InputLayer", "Dense 1024 softplus", "Dropout 0.7342146978592597",
                "Dense 512 linear", "Activation softplus", "Dropout 0.692539034315719", "Dense 1 sigmoid");
        assertThat(params(d)).containsExactly(0L, dense(8, 1024), 0L, dense(1024, 512), 0L, 0L, dense(512, 1));
        Config first = d.layers().get(1).config();
        assertThat(first.get("use_bias")).isEqualTo(true);
        assertThat(first.getConfig("kernel_initializer").get("class_name")).as("Keras 1 init \"uniform\"")
                .isEqualTo("RandomUniform");
        assertThat(first.has("output_dim") || first.has("init") || first.has("W_regularizer")).isFalse();
    }

    @Test
    void f36_seq2seqIsRefused() {
        assertThat(refused("36_dl4j_seq2seq_keras2-model_bidir-concat.json").offenders())
                .extracting(UnsupportedLayerException.Offender::layer)
                .as("Concatenate is read now").containsExactly("embedding_1", "bidirectional_1", "lstm_2");
    }

    @Test
    void f40_keras3FunctionalWithLstmIsRefused() {
        assertThat(refused("40_histotalk_keras3-functional_pretty.json").getMessage()).endsWith(
                "unsupported layers: \"embedding\" (Embedding), \"lstm\" (LSTM)");
    }

    @Test
    void f42_siameseWithNestedSequentialAndLambdaIsRefusedBeforeAnyCodeIsTouched() {
        UnsupportedLayerException e = refused("42_photo-caching_keras26-functional_siamese_lambda.json");
        assertThat(e.carriesCode()).isTrue();
        assertThat(e.getMessage()).contains("\"lambda\" (Lambda: carries Python code, never run)",
                "\"conv2d_2\" (Conv2D)").as("Concatenate is read now").doesNotContain("(Concatenate)");
        assertThat(e.offenders()).extracting(UnsupportedLayerException.Offender::layer)
                .as("layers inside the nested Sequential are listed too").contains("conv2d", "max_pooling2d_1");
    }

    @Test
    void f43_keras3FunctionalWithOperationsIsRefusedForItsClassesFirst() {
        assertThat(refused("43_image-caption_keras3-functional_add_notequal.json").getMessage()).as("Add is supported")
                .endsWith("unsupported layers: \"embedding\" (Embedding), \"not_equal\" (NotEqual), \"lstm\" (LSTM)");
    }

    @Test
    void f46_tfjsGraphModelIsRefusedAsNotALayersModel() {
        assertThatThrownBy(() -> read("46_NEGATIVE_netease_tfjs-graph-model_not-keras.json"))
                .isInstanceOf(UnsupportedFormatException.class)
                .hasMessageContaining("TensorFlow.js graph model")
                .hasMessageContaining("not a Keras layers model");
    }

    /**
     * The normalised configs pass the layer types' parameter checks; a layer may only fail to be created
     * because its activation, initializer, regularizer or constraint is not in the function registries.
     */
    @Test
    void everySupportedFixtureGivesConfigsTheRegistryAccepts() throws Exception {
        for (String file : RoundTripTest.SUPPORTED_FIXTURES) {
            for (LayerEntry entry : read(file).layers()) {
                try {
                    Layer layer = registry.create(entry.className(), entry.config());
                    if (!entry.className().equals("Dense")) {
                        assertThat(layer.getConfig()).as(file + " " + entry.name()).isEqualTo(entry.config());
                    }
                } catch (ConfigException e) {
                    assertThat(e.getMessage()).as(file + " " + entry.name())
                            .matches(".*: unknown (activation|initializer|regularizer|constraint) \".*");
                }
            }
        }
    }

    private ModelDescription read(String file) throws Exception {
        return reader.read(SharedFiles.kerasFixture(file));
    }

    private UnsupportedLayerException refused(String file) {
        UnsupportedLayerException e = catchThrowableOfType(UnsupportedLayerException.class, () -> read(file));
        assertThat(e).as(file + " must be refused").isNotNull();
        assertThat(e.getMessage()).startsWith(file + ": unsupported layers: ").doesNotContain("\n");
        assertThat(e.offenders()).isNotEmpty().allSatisfy(o -> assertThat(e.getMessage()).contains(
                "\"" + o.layer() + "\" (" + o.className()));
        return e;
    }

    static List<Object> inputShape(ModelDescription d) {
        return d.layers().get(0).config().getList("batch_shape");
    }

    /** Each layer as {@code Dense 64 relu}, {@code Dropout 0.5}, {@code Activation relu} or its class. */
    static List<String> summary(ModelDescription d) {
        List<String> out = new ArrayList<>();
        for (LayerEntry l : d.layers()) {
            Config c = l.config();
            out.add(switch (l.className()) {
                case "Dense" -> "Dense " + c.get("units") + " " + c.get("activation");
                case "Dropout" -> "Dropout " + c.get("rate");
                case "Activation" -> "Activation " + c.get("activation");
                default -> l.className();
            });
        }
        return out;
    }

    static List<Long> params(ModelDescription d) throws ParameterBudgetException {
        return new ArrayList<>(new ParameterBudget(ReadLimits.DEFAULT_MAX_PARAMETERS).check("test", d).values());
    }
}
