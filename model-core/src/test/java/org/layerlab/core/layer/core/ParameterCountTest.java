package org.layerlab.core.layer.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.layerlab.core.config.Config;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.layer.Weight;
import org.layerlab.core.shape.DType;
import org.layerlab.core.shape.IncompatibleInputException;
import org.layerlab.core.shape.Shape;

class ParameterCountTest {
    private final LayerRegistry registry = LayerRegistry.withInstalledLayers();

    private Layer built(String className, Config config, Shape input) {
        Layer layer = registry.create(className, config);
        layer.ensureBuilt(List.of(input), List.of(DType.FLOAT32));
        return layer;
    }

    @Test
    void dense64On784InputsHas50240Parameters() {
        Layer dense = built("Dense", Config.builder().put("name", "dense").put("units", 64).build(), Shape.batchOf(784));
        assertThat(dense.countParams()).isEqualTo(50_240);
        assertThat(dense.weights()).extracting(Weight::name).containsExactly("kernel", "bias");
        assertThat(dense.weights()).extracting(w -> w.shape().toString()).containsExactly("(784, 64)", "(64,)");
    }

    @Test
    void denseWithoutBiasHasOnlyTheKernel() {
        Layer dense = built("Dense", Config.builder().put("name", "d").put("units", 10).put("use_bias", false).build(),
                Shape.batchOf(64));
        assertThat(dense.countParams()).isEqualTo(640);
    }

    @Test
    void scaleOn64ChannelsHas128Parameters() {
        Layer scale = built("Scale", Config.builder().put("name", "scale").build(), Shape.batchOf(64));
        assertThat(scale.countParams()).isEqualTo(128);
        assertThat(scale.weights()).extracting(Weight::path).containsExactly("scale/gamma", "scale/beta");
    }

    @Test
    void denseRefusesAVectorInputByMinNdim() {
        Layer dense = registry.create("Dense", Config.builder().put("name", "dense_1").put("units", 4).build());
        assertThatThrownBy(() -> dense.ensureBuilt(List.of(Shape.of((Long) null)), null))
                .isInstanceOf(IncompatibleInputException.class)
                .hasMessage("Input 0 of layer \"dense_1\" is incompatible with the layer: "
                        + "expected min_ndim=2, found ndim=1. Full shape received: (None,)");
        assertThat(dense.isBuilt()).isFalse();
    }

    @Test
    void denseBuiltFor64RefusesAnInputOf32ByTheAxesRule() {
        Layer dense = built("Dense", Config.builder().put("name", "dense_1").put("units", 4).build(), Shape.batchOf(64));
        assertThatThrownBy(() -> dense.ensureBuilt(List.of(Shape.batchOf(32)), null))
                .isInstanceOf(IncompatibleInputException.class)
                .hasMessage("Input 0 of layer \"dense_1\" is incompatible with the layer: "
                        + "expected axis -1 of input shape to have value 64, but received input with shape (None, 32)");
    }

    @Test
    void scaleAfterBuildExpectsTheFullInputShape() {
        Layer scale = built("Scale", Config.builder().put("name", "scale").build(), Shape.batchOf(8));
        assertThatThrownBy(() -> scale.ensureBuilt(List.of(Shape.batchOf(9)), null))
                .hasMessageEndingWith("expected shape=(None, 8), found shape=(None, 9)");
    }

    @Test
    void unbuildLetsALayerBeBuiltForANewInput() {
        Layer dense = built("Dense", Config.builder().put("name", "d").put("units", 4).build(), Shape.batchOf(64));
        dense.unbuild();
        dense.ensureBuilt(List.of(Shape.batchOf(32)), null);
        assertThat(dense.countParams()).isEqualTo(32 * 4 + 4);
    }
}
