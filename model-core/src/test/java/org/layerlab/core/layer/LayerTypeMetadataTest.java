package org.layerlab.core.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.layerlab.core.shape.InputSpec;
import org.layerlab.core.config.Config;
import org.layerlab.core.config.ConfigException;

/** What the editor's palette and inspector read from a layer type. */
class LayerTypeMetadataTest {
    private static final LayerRegistry REGISTRY = LayerRegistry.withInstalledLayers();
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    static List<LayerType> types() {
        return REGISTRY.types();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void everyTypeDescribesItselfAndEachParameterInEnglishAndChinese(LayerType type) {
        assertThat(type.description(Locale.ENGLISH)).as(type.className()).isNotBlank().doesNotContain("\n");
        assertThat(type.description(CHINESE)).as(type.className())
                .isNotBlank().isNotEqualTo(type.description(Locale.ENGLISH)).matches(LayerTypeMetadataTest::hasHan);
        for (ParamSpec p : type.allParams()) {
            String english = type.paramHelp(p.name(), Locale.ENGLISH);
            String chinese = type.paramHelp(p.name(), CHINESE);
            assertThat(english).as(type.className() + "." + p.name()).isNotBlank().doesNotContain("\n");
            assertThat(chinese).as(type.className() + "." + p.name() + " in Chinese").isNotBlank().matches(LayerTypeMetadataTest::hasHan);
        }
    }

    @Test
    void aLocaleWithoutTextsFallsBackToEnglishWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(CHINESE);
            LayerType dense = REGISTRY.require("Dense");
            assertThat(dense.description(Locale.GERMAN)).isEqualTo(dense.description(Locale.ENGLISH)).startsWith("Fully connected");
            assertThat(dense.paramHelp("units", Locale.FRENCH)).isEqualTo("Number of outputs.");
            assertThat(dense.paramHelp("name", Locale.GERMAN)).isEqualTo("Unique name of the layer in the model.");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void chineseTextsAreTheTranslatedOnes() {
        LayerType dense = REGISTRY.require("Dense");
        assertThat(dense.paramHelp("units", CHINESE)).isEqualTo("输出的个数。");
        assertThat(dense.paramHelp("trainable", CHINESE)).isEqualTo("训练时是否更新该层的权重。");
        assertThat(dense.paramHelp("no_such_param", Locale.ENGLISH)).isEmpty();
    }

    @Test
    void summariesNameTheKeyParameters() {
        assertThat(summary("Dense", Config.builder().put("units", 64).put("activation", "relu").build())).isEqualTo("Dense 64 relu");
        assertThat(summary("Dense", Config.builder().put("units", 10).build())).isEqualTo("Dense 10");
        assertThat(summary("Dropout", Config.builder().put("rate", 0.5).build())).isEqualTo("Dropout 0.5");
        assertThat(summary("InputLayer", Config.builder().put("batch_shape", Arrays.asList(null, 4L)).build()))
                .isEqualTo("Input (None, 4)");
        assertThat(summary("Activation", Config.builder().put("activation", "tanh").build())).isEqualTo("Activation tanh");
        assertThat(summary("Scale", Config.empty())).isEqualTo("Scale axis -1");
    }

    @Test
    void aConfigTheSummaryCannotReadGivesTheClassName() {
        assertThat(summary("Dense", Config.builder().put("units", "many").build())).isEqualTo("Dense");
        assertThat(summary("InputLayer", Config.empty())).isEqualTo("InputLayer");
    }

    @Test
    void groupsIconsAndInputCounts() {
        assertThat(REGISTRY.require("InputLayer").inputCount()).isEqualTo(InputCount.NONE);
        assertThat(REGISTRY.require("Dense").inputCount()).isEqualTo(InputCount.ONE);
        assertThat(REGISTRY.require("Dense").group()).isEqualTo(LayerGroup.CORE);
        assertThat(REGISTRY.require("Dropout").group()).isEqualTo(LayerGroup.NOISE);
        assertThat(REGISTRY.require("Activation").group()).isEqualTo(LayerGroup.ACTIVATION);
        assertThat(REGISTRY.require("Scale").group()).isEqualTo(LayerGroup.CUSTOM);
        Set<String> icons = new java.util.HashSet<>();
        for (LayerType type : REGISTRY.types()) {
            assertThat(type.iconName()).as(type.className()).matches("mdi2[a-z]-[a-z0-9-]+");
            assertThat(icons.add(type.iconName())).as("%s has an icon of its own", type.className()).isTrue();
        }
    }

    @Test
    void aTypeTellsWhatItsLayerAcceptsBeforeBuild() {
        List<InputSpec> dense = REGISTRY.require("Dense").inputSpec(Config.builder().put("name", "d").put("units", 2).build());
        assertThat(dense).singleElement().extracting(InputSpec::minNdim).isEqualTo(2);
        assertThat(REGISTRY.require("Add").inputSpec(Config.builder().put("name", "a").build())).isEmpty();
    }

    @Test
    void inputCountsAcceptTheirRange() {
        assertThat(InputCount.NONE.accepts(0)).isTrue();
        assertThat(InputCount.NONE.accepts(1)).isFalse();
        assertThat(InputCount.ONE.accepts(1)).isTrue();
        assertThat(InputCount.ONE.accepts(2)).isFalse();
        assertThat(InputCount.MANY.accepts(1)).isFalse();
        assertThat(InputCount.MANY.accepts(7)).isTrue();
    }

    @Test
    void defaultConfigsPutTheCommonParametersFirst() {
        LayerType dense = REGISTRY.require("Dense");
        assertThat(dense.allParams()).extracting(ParamSpec::name).startsWith("name", "trainable", "dtype", "units");
        Config c = dense.defaultConfig("dense_2");
        assertThat(c.get("name")).isEqualTo("dense_2");
        assertThat(c.has("units")).isFalse();
        assertThat(c.get("activation")).isEqualTo("linear");
    }

    @Test
    void functionParametersOfferTheirChoicesWithTheirOwnSettings() {
        ParamSpec regularizer = REGISTRY.require("Dense").allParams().stream()
                .filter(p -> p.name().equals("kernel_regularizer")).findFirst().orElseThrow();
        assertThat(regularizer.functionChoices()).contains("l1", "l2", "l1l2");
        Config l1l2 = regularizer.functionDefaults("l1l2");
        assertThat(l1l2.get("class_name")).isEqualTo("L1L2");
        assertThat(l1l2.getConfig("config").keys()).containsExactly("l1", "l2");
        Config edited = Config.builder().put("class_name", "L1L2")
                .put("config", l1l2.getConfig("config").with("l1", 0.25)).build();
        Layer dense = REGISTRY.create("Dense", Config.builder().put("name", "d").put("units", 2)
                .put("kernel_regularizer", edited).build());
        assertThat(dense.getConfig().getConfig("kernel_regularizer").getConfig("config").getDouble("l1", 0)).isEqualTo(0.25);
        ParamSpec activation = REGISTRY.require("Dense").allParams().stream()
                .filter(p -> p.name().equals("activation")).findFirst().orElseThrow();
        assertThat(activation.functionChoices()).contains("relu", "tanh");
        assertThatThrownBy(() -> activation.functionDefaults("relu")).isInstanceOf(ConfigException.class);
    }

    private static String summary(String className, Config own) {
        return REGISTRY.require(className).summary(own.with("name", "x"));
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
