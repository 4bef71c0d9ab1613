package org.layerlab.core.layer.reshaping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.layerlab.core.layer.LayerShapes.built;
import static org.layerlab.core.layer.LayerShapes.output;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.layerlab.core.config.ConfigException;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.NdOps;
import org.layerlab.core.tensor.NdTensor;
import org.layerlab.core.tensor.Tensor;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Flatten, Reshape, Permute and RepeatVector: Keras's output shapes (each expected shape is what TensorFlow.js
 * 4.22 gives for the same layer and input, except where noted), no parameters, and the values they move.
 */
class ShapeLayersTest {
    private final NdOps ops = new NdOps();
    /** One sample (2, 3, 4) numbered 0..23 row-major, in a batch of one. */
    private final Tensor counting = NdTensor.of(Nd4j.arange(24).reshape(1, 2, 3, 4).castTo(DataType.FLOAT));

    private static Shape shape(String className, Shape input, Object... fields) {
        Layer layer = built(className, List.of(input), fields);
        assertThat(layer.countParams()).isZero();
        return output(layer, List.of(input));
    }

    @Test
    void outputShapesAreKeras() {
        // TF.js: flatten [4,6] -> [null,24]; [2,3,4] -> [null,24] (either data format).
        assertThat(shape("Flatten", Shape.batchOf(4, 6))).isEqualTo(Shape.batchOf(24));
        assertThat(shape("Flatten", Shape.batchOf(2, 3, 4), "data_format", "channels_first")).isEqualTo(Shape.batchOf(24));
        assertThat(shape("Flatten", Shape.of(null, null, 4L))).isEqualTo(Shape.of(null, null));
        // TF.js: reshape [4,3] to [2,2,3] -> [null,2,2,3]. With a -1, TF.js leaves the size unknown; Keras
        // (Reshape.compute_output_shape, _fix_unknown_dimension) resolves it: [12] to [3,-1] -> (None, 3, 4).
        assertThat(shape("Reshape", Shape.batchOf(4, 3), "target_shape", List.of(2L, 2L, 3L)))
                .isEqualTo(Shape.batchOf(2, 2, 3));
        assertThat(shape("Reshape", Shape.batchOf(12), "target_shape", List.of(3L, -1L))).isEqualTo(Shape.batchOf(3, 4));
        assertThat(shape("Reshape", Shape.of(null, null), "target_shape", List.of(3L, -1L))).isEqualTo(Shape.of(null, 3L, null));
        // TF.js: permute [3,4] by [2,1] -> [null,4,3]; [2,3,4] by [3,1,2] -> [null,4,2,3].
        assertThat(shape("Permute", Shape.batchOf(3, 4), "dims", List.of(2L, 1L))).isEqualTo(Shape.batchOf(4, 3));
        assertThat(shape("Permute", Shape.batchOf(2, 3, 4), "dims", List.of(3L, 1L, 2L))).isEqualTo(Shape.batchOf(4, 2, 3));
        // TF.js: repeatVector n 3 on [5] -> [null,3,5]; n 1 on [2] -> [null,1,2].
        assertThat(shape("RepeatVector", Shape.batchOf(5), "n", 3L)).isEqualTo(Shape.batchOf(3, 5));
        assertThat(shape("RepeatVector", Shape.batchOf(2), "n", 1L)).isEqualTo(Shape.batchOf(1, 2));
    }

    @Test
    void badShapesAreRefusedWithKerasMessages() {
        assertThatThrownBy(() -> shape("Reshape", Shape.batchOf(5), "target_shape", List.of(2L, -1L)))
                .hasMessage("The total size of the output must be unchanged. Received: input_shape=(5,), "
                        + "target_shape=(2, -1)");
        assertThatThrownBy(() -> built("Reshape", List.of(Shape.batchOf(4)), "target_shape", List.of(-1L, -1L)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("There must be at most one unknown dimension in output_shape.");
        assertThatThrownBy(() -> built("Reshape", List.of(Shape.batchOf(4)), "target_shape", List.of(-2L, 2L)))
                .hasMessageContaining("target_shape must hold integers from -1 or null, got [-2, 2]");
        assertThatThrownBy(() -> built("Permute", List.of(Shape.batchOf(3, 4)), "dims", List.of(0L, 1L)))
                .hasMessageContaining("The set of indices in `dims` must be consecutive and start from 1. Received "
                        + "dims=(0, 1)");
        assertThatThrownBy(() -> built("Permute", List.of(Shape.batchOf(3)), "dims", List.of(2L, 1L)))
                .hasMessageContaining("expected ndim=3, found ndim=2");
        assertThatThrownBy(() -> built("RepeatVector", List.of(Shape.batchOf(3, 4)), "n", 2L))
                .hasMessageContaining("expected ndim=2, found ndim=3");
    }

    @Test
    void flattenChannelsFirstPutsTheChannelsLast() {
        Layer last = built("Flatten", List.of(Shape.batchOf(2, 3, 4)));
        assertThat(ops.values(last.apply(List.of(counting), CallContext.inference(ops)))).startsWith(0, 1, 2, 3);
        Layer first = built("Flatten", List.of(Shape.batchOf(2, 3, 4)), "data_format", "channels_first");
        // Channels (axis 1, size 2) move last: sample[c][h][w] read in order h, w, c.
        assertThat(ops.values(first.apply(List.of(counting), CallContext.inference(ops)))).startsWith(0, 12, 1, 13, 2, 14);
    }

    @Test
    void permuteAndRepeatMoveTheValues() {
        Layer permute = built("Permute", List.of(Shape.batchOf(2, 3, 4)), "dims", List.of(3L, 1L, 2L));
        Tensor p = permute.apply(List.of(counting), CallContext.inference(ops));
        assertThat(p.shape()).containsExactly(1, 4, 2, 3);
        // out[w][c][h] = in[c][h][w]: the first row is w=0: in[0][h][0] for h 0..2, then in[1][h][0].
        assertThat(ops.values(p)).startsWith(0, 4, 8, 12, 16, 20, 1, 5);
        Layer repeat = built("RepeatVector", List.of(Shape.batchOf(2)), "n", 3L);
        Tensor r = repeat.apply(List.of(NdTensor.of(Nd4j.createFromArray(new float[][] {{1, 2}, {3, 4}}))),
                CallContext.inference(ops));
        assertThat(r.shape()).containsExactly(2, 3, 2);
        assertThat(ops.values(r)).containsExactly(1, 2, 1, 2, 1, 2, 3, 4, 3, 4, 3, 4);
    }
}
