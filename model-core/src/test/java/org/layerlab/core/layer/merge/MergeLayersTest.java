package org.layerlab.core.layer.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.layerlab.core.layer.LayerShapes.built;
import static org.layerlab.core.layer.LayerShapes.output;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.shape.DType;
import org.layerlab.core.shape.IncompatibleInputException;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.NdOps;
import org.layerlab.core.tensor.NdTensor;
import org.layerlab.core.tensor.Tensor;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Subtract, Multiply, Average, Maximum, Minimum and Concatenate: Keras's output shapes (the expected shapes
 * below are what TensorFlow.js 4.22's {@code tf.layers.*().apply} gives for the same inputs, and Keras's
 * {@code _compute_elemwise_op_output_shape} / {@code Concatenate.compute_output_shape} rules for Subtract,
 * which TF.js lacks), no parameters, their values and Keras's messages.
 */
class MergeLayersTest {
    private final NdOps ops = new NdOps();
    private final Tensor a = NdTensor.of(Nd4j.createFromArray(new float[][] {{1, 5, 3}, {-4, 2, 0}}));
    private final Tensor b = NdTensor.of(Nd4j.createFromArray(new float[][] {{2, 2, 2}, {1, -1, 7}}));

    private double[] run(String className, Tensor... inputs) {
        List<Shape> shapes = Arrays.stream(inputs).map(t -> Shape.ofDims(t.shape()).withDim(0, Shape.UNKNOWN))
                .toList();
        Layer layer = built(className, shapes);
        return ops.values(layer.apply(List.of(inputs), CallContext.inference(ops)));
    }

    @Test
    void elementwiseMergesTakeKerasShapesAndHaveNoParameters() {
        // TF.js: multiply([3,4],[3,4]) -> [null,3,4]; multiply([1,4],[3,4]) -> [null,3,4];
        // average([4],[4],[4]) -> [null,4]; maximum([4],[2,4]) -> [null,2,4]; minimum([3,1],[3,4]) -> [null,3,4].
        Object[][] cases = {
                {"Multiply", List.of(Shape.batchOf(3, 4), Shape.batchOf(3, 4)), Shape.batchOf(3, 4)},
                {"Multiply", List.of(Shape.batchOf(1, 4), Shape.batchOf(3, 4)), Shape.batchOf(3, 4)},
                {"Average", List.of(Shape.batchOf(4), Shape.batchOf(4), Shape.batchOf(4)), Shape.batchOf(4)},
                {"Maximum", List.of(Shape.batchOf(4), Shape.batchOf(2, 4)), Shape.batchOf(2, 4)},
                {"Minimum", List.of(Shape.batchOf(3, 1), Shape.batchOf(3, 4)), Shape.batchOf(3, 4)},
                // Keras: Subtract follows the same element-wise rule as the others.
                {"Subtract", List.of(Shape.batchOf(3, 4), Shape.batchOf(1, 4)), Shape.batchOf(3, 4)},
                {"Subtract", List.of(Shape.batchOf(5), Shape.batchOf(5)), Shape.batchOf(5)},
        };
        for (Object[] c : cases) {
            @SuppressWarnings("unchecked")
            List<Shape> in = (List<Shape>) c[1];
            Layer layer = built((String) c[0], in);
            assertThat(output(layer, in)).as("%s on %s", c[0], in).isEqualTo(c[2]);
            assertThat(layer.countParams()).as("%s has no weights", c[0]).isZero();
        }
    }

    @Test
    void concatenateAddsTheSizesAlongItsAxis() {
        // TF.js: concatenate([3],[4],[5]) -> [null,12]; ([2,3],[2,5]) -> [null,2,8]; axis 1 ([2,3],[4,3]) -> [null,6,3].
        assertThat(output(built("Concatenate", List.of(Shape.batchOf(3), Shape.batchOf(4), Shape.batchOf(5))),
                List.of(Shape.batchOf(3), Shape.batchOf(4), Shape.batchOf(5)))).isEqualTo(Shape.batchOf(12));
        List<Shape> two = List.of(Shape.batchOf(2, 3), Shape.batchOf(2, 5));
        assertThat(output(built("Concatenate", two), two)).isEqualTo(Shape.batchOf(2, 8));
        List<Shape> rows = List.of(Shape.batchOf(2, 3), Shape.batchOf(4, 3));
        assertThat(output(built("Concatenate", rows, "axis", 1L), rows)).isEqualTo(Shape.batchOf(6, 3));
        List<Shape> unknown = List.of(Shape.of(null, null, 3L), Shape.of(null, 4L, 3L));
        assertThat(output(built("Concatenate", unknown, "axis", 1L), unknown)).isEqualTo(Shape.of(null, null, 3L));
    }

    @Test
    void valuesAreKerasElementwiseOperations() {
        assertThat(run("Subtract", a, b)).containsExactly(-1, 3, 1, -5, 3, -7);
        assertThat(run("Multiply", a, b)).containsExactly(2, 10, 6, -4, -2, 0);
        assertThat(run("Average", a, b)).containsExactly(1.5, 3.5, 2.5, -1.5, 0.5, 3.5);
        assertThat(run("Maximum", a, b)).containsExactly(2, 5, 3, 1, 2, 7);
        assertThat(run("Minimum", a, b)).containsExactly(1, 2, 2, -4, -1, 0);
        assertThat(run("Concatenate", a, b)).containsExactly(1, 5, 3, 2, 2, 2, -4, 2, 0, 1, -1, 7);
    }

    @Test
    void concatenateAlongAMiddleAxisInterleavesBySample() {
        Tensor x = NdTensor.of(Nd4j.createFromArray(new float[][][] {{{1, 2}}, {{3, 4}}}));
        Tensor y = NdTensor.of(Nd4j.createFromArray(new float[][][] {{{5, 6}, {7, 8}}, {{9, 10}, {11, 12}}}));
        List<Shape> in = List.of(Shape.batchOf(1, 2), Shape.batchOf(2, 2));
        Tensor joined = built("Concatenate", in, "axis", 1L).apply(List.of(x, y), CallContext.inference(ops));
        assertThat(joined.shape()).containsExactly(2, 3, 2);
        assertThat(ops.values(joined)).containsExactly(1, 2, 5, 6, 7, 8, 3, 4, 9, 10, 11, 12);
    }

    @Test
    void mismatchedInputsAreRefusedWithKerasMessages() {
        assertThatThrownBy(() -> built("Subtract", List.of(Shape.batchOf(3), Shape.batchOf(3), Shape.batchOf(3))))
                .hasMessageContaining("A `Subtract` layer should be called on exactly 2 inputs. Received: input_shape=");
        assertThatThrownBy(() -> built("Multiply", List.of(Shape.batchOf(4), Shape.batchOf(3))))
                .hasMessage("Inputs have incompatible shapes. Received shapes (4,) and (3,)");
        assertThatThrownBy(() -> built("Concatenate", List.of(Shape.batchOf(2, 3), Shape.batchOf(4, 3))))
                .hasMessage("A `Concatenate` layer requires inputs with matching shapes except for the concatenation "
                        + "axis. Received: input_shape=[(None, 2, 3), (None, 4, 3)]");
        assertThatThrownBy(() -> built("Concatenate", List.of(Shape.batchOf(3), Shape.batchOf(2, 3))))
                .hasMessageContaining("requires inputs with matching shapes");
        assertThatThrownBy(() -> built("Maximum", List.of(Shape.batchOf(3))))
                .hasMessage("A merge layer should be called on a list of at least 2 inputs. Got 1 inputs.");
    }

    @Test
    void onceBuiltTheInputSpecHoldsEachInputsRank() {
        Layer concat = built("Concatenate", List.of(Shape.batchOf(3), Shape.batchOf(4)));
        assertThat(concat.inputSpec()).hasSize(2);
        assertThatThrownBy(() -> concat.ensureBuilt(List.of(Shape.batchOf(3), Shape.batchOf(2, 4)),
                List.of(DType.FLOAT32, DType.FLOAT32)))
                .isInstanceOf(IncompatibleInputException.class)
                .hasMessageContaining("Input 1 of layer \"concatenate\" is incompatible with the layer: expected ndim=2, "
                        + "found ndim=3");
    }
}
