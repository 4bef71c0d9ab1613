package org.layerlab.core.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.layerlab.core.config.Config;
import org.layerlab.core.config.ConfigException;

class LayerRegistryTest {
    private final LayerRegistry registry = LayerRegistry.withInstalledLayers();

    @Test
    void findsTheBuiltInLayersAndScaleThroughTheServiceLoader() {
        assertThat(registry.types()).extracting(LayerType::className)
                .contains("InputLayer", "Dense", "Dropout", "Activation", "Scale");
    }

    @Test
    void unknownClassNamesListWhatIsSupported() {
        assertThatThrownBy(() -> registry.create("java.lang.Runtime", Config.builder().put("name", "x").build()))
                .isInstanceOf(UnknownLayerTypeException.class)
                .hasMessageStartingWith("unknown layer class \"java.lang.Runtime\"; supported: InputLayer, Dense");
    }

    @Test
    void outOfRangeParametersNameTheLayerAndTheField() {
        assertThatThrownBy(() -> registry.create("Dense", Config.builder().put("name", "dense_3").put("units", 0).build()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("layer \"dense_3\" (Dense): units must be in [1, inf), got 0")
                .extracting(e -> ((ConfigException) e).field()).isEqualTo("units");
        assertThatThrownBy(() -> registry.create("Dropout", Config.builder().put("name", "dropout").put("rate", 1.0).build()))
                .hasMessage("layer \"dropout\" (Dropout): rate must be in [0, 1), got 1");
        assertThatThrownBy(() -> registry.create("Dense", Config.builder().put("name", "d").put("units", "ten").build()))
                .hasMessage("layer \"d\" (Dense): units must be an integer, got \"ten\"");
        assertThatThrownBy(() -> registry.create("Dense", Config.builder().put("name", "d").build()))
                .hasMessage("layer \"d\" (Dense): units is required");
    }

    @Test
    void unknownActivationIsAConfigErrorNamingTheLayer() {
        assertThatThrownBy(() -> registry.create("Dense",
                Config.builder().put("name", "dense").put("units", 3).put("activation", "relux").build()))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("layer \"dense\" (Dense): activation: unknown activation \"relux\"; known: linear, relu")
                .extracting(e -> ((ConfigException) e).field()).isEqualTo("activation");
    }

    @Test
    void missingOptionalFieldsTakeTheirDefaults() {
        Layer dense = registry.create("Dense", Config.builder().put("name", "dense").put("units", 3).build());
        Config c = dense.getConfig();
        assertThat(c.get("activation")).isEqualTo("linear");
        assertThat(c.get("use_bias")).isEqualTo(true);
        assertThat(c.getConfig("kernel_initializer").get("class_name")).isEqualTo("GlorotUniform");
        assertThat(c.get("dtype")).isEqualTo("float32");
    }

    @Test
    void aPluginCannotReplaceARegisteredType() {
        assertThatThrownBy(() -> registry.register(LayerType.builder("Dense", Layer.class, c -> null).build()))
                .hasMessageContaining("Dense is already registered");
    }


    @Test
    void automaticNamesFollowKeras() {
        LayerNames names = new LayerNames();
        LayerType dense = registry.require("Dense");
        assertThat(names.next(dense.namePrefix())).isEqualTo("dense");
        assertThat(names.next(dense.namePrefix())).isEqualTo("dense_1");
        assertThat(names.next(registry.require("InputLayer").namePrefix())).isEqualTo("input_layer");
    }
}
