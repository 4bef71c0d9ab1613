package org.layerlab.core.layer.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.layerlab.core.config.Config;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.shape.DType;
import org.layerlab.core.shape.IncompatibleInputException;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.NdOps;
import org.layerlab.core.tensor.NdTensor;
import org.layerlab.core.tensor.Tensor;
import org.nd4j.linalg.factory.Nd4j;

/** Add combines shapes and complains as Keras's merge layers do. */
class AddTest {
    private static Layer add() {
        return new Add(Config.builder().put("name", "add").build());
    }

    @Test
    void equalShapesGiveThatShape() {
        assertThat(add().computeOutputShape(List.of(Shape.batchOf(3, 4), Shape.batchOf(3, 4), Shape.batchOf(3, 4))))
                .isEqualTo(Shape.batchOf(3, 4));
    }

    @Test
    void sizesOfOneStretchAndLowerRanksAlignFromTheRight() {
        assertThat(add().computeOutputShape(List.of(Shape.batchOf(1, 4), Shape.batchOf(3, 1))))
                .isEqualTo(Shape.batchOf(3, 4));
        assertThat(add().computeOutputShape(List.of(Shape.batchOf(4), Shape.batchOf(2, 4))))
                .isEqualTo(Shape.batchOf(2, 4));
        assertThat(add().computeOutputShape(List.of(Shape.of(null, null), Shape.of(null, 5L))))
                .isEqualTo(Shape.of(null, null));
        assertThat(add().computeOutputShape(List.of(Shape.of(8L, 2L), Shape.of(null, 2L)))).isEqualTo(Shape.of(8L, 2L));
    }

    @Test
    void errorsSayWhatWasReceivedInKerasWords() {
        assertThatThrownBy(() -> add().computeOutputShape(List.of(Shape.batchOf(4), Shape.batchOf(3))))
                .hasMessage("Inputs have incompatible shapes. Received shapes (4,) and (3,)");
        assertThatThrownBy(() -> add().computeOutputShape(List.of(Shape.of(2L, 3L), Shape.of(5L, 3L))))
                .hasMessage("Cannot merge tensors with different batch sizes. Got tensors with shapes [(2, 3), (5, 3)]");
        assertThatThrownBy(() -> add().ensureBuilt(List.of(Shape.batchOf(3)), List.of(DType.FLOAT32)))
                .hasMessage("A merge layer should be called on a list of at least 2 inputs. Got 1 inputs.");
    }

    @Test
    void onceBuiltItsInputSpecHoldsEachInput() {
        Layer add = add();
        add.ensureBuilt(List.of(Shape.batchOf(3), Shape.batchOf(3)), List.of(DType.FLOAT32, DType.FLOAT32));
        assertThat(add.inputSpec()).hasSize(2);
        assertThatThrownBy(() -> add.ensureBuilt(List.of(Shape.batchOf(3), Shape.batchOf(3), Shape.batchOf(3)),
                List.of(DType.FLOAT32, DType.FLOAT32, DType.FLOAT32)))
                .isInstanceOf(IncompatibleInputException.class)
                .hasMessageStartingWith("Layer \"add\" expects 2 input(s), but it received 3 input tensors.");
        assertThatThrownBy(() -> add.ensureBuilt(List.of(Shape.batchOf(3), Shape.batchOf(2, 3)),
                List.of(DType.FLOAT32, DType.FLOAT32)))
                .isInstanceOf(IncompatibleInputException.class)
                .hasMessageContaining("Input 1 of layer \"add\" is incompatible with the layer: expected ndim=2, found ndim=3");
    }

    @Test
    void sumsElementByElementBroadcastingAfterTheBatchAxis() {
        Tensor a = NdTensor.of(Nd4j.createFromArray(new float[][] {{1, 2, 3}, {4, 5, 6}}));
        Tensor b = NdTensor.of(Nd4j.createFromArray(new float[][][] {{{10, 20, 30}, {40, 50, 60}}, {{1, 1, 1}, {2, 2, 2}}}));
        NdOps ops = new NdOps();
        Tensor y = add().apply(List.of(a, b), CallContext.inference(ops));
        assertThat(y.shape()).containsExactly(2, 2, 3);
        assertThat(ops.values(y)).containsExactly(11, 22, 33, 41, 52, 63, 5, 6, 7, 6, 7, 8);
    }
}
