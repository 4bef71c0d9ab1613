package org.layerlab.core.shape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class InputSpecTest {

    private static IncompatibleInputException failure(InputSpec spec, Shape shape, DType dtype) {
        try {
            spec.check("dense_1", 0, shape, dtype);
        } catch (IncompatibleInputException e) {
            return e;
        }
        throw new AssertionError("expected " + spec + " to refuse " + shape);
    }

    @Test
    void ndimRuleSaysWhatWasExpectedAndReceived() {
        IncompatibleInputException e = failure(InputSpec.builder().ndim(3).build(), Shape.batchOf(8), null);
        assertThat(e.rule()).isEqualTo("ndim");
        assertThat(e).hasMessage("Input 0 of layer \"dense_1\" is incompatible with the layer: "
                + "expected ndim=3, found ndim=2. Full shape received: (None, 8)");
    }

    @Test
    void maxNdimRuleHasNoShapeSuffix() {
        IncompatibleInputException e = failure(InputSpec.builder().maxNdim(2).build(), Shape.batchOf(2, 3), null);
        assertThat(e.rule()).isEqualTo("max_ndim");
        assertThat(e).hasMessage("Input 0 of layer \"dense_1\" is incompatible with the layer: "
                + "expected max_ndim=2, found ndim=3");
    }

    @Test
    void minNdimRefusesAVectorForDense() {
        IncompatibleInputException e = failure(InputSpec.builder().minNdim(2).build(), Shape.of((Long) null), null);
        assertThat(e.rule()).isEqualTo("min_ndim");
        assertThat(e).hasMessage("Input 0 of layer \"dense_1\" is incompatible with the layer: "
                + "expected min_ndim=2, found ndim=1. Full shape received: (None,)");
    }

    @Test
    void dtypeRule() {
        IncompatibleInputException e = failure(InputSpec.builder().dtype(DType.FLOAT32).build(),
                Shape.batchOf(3), DType.INT32);
        assertThat(e.rule()).isEqualTo("dtype");
        assertThat(e).hasMessageEndingWith("expected dtype=float32, found dtype=int32");
        assertThatCode(() -> InputSpec.builder().dtype(DType.FLOAT32).build().check("d", 0, Shape.batchOf(3), null))
                .as("an unknown dtype is not checked")
                .doesNotThrowAnyException();
    }

    @Test
    void axesRuleNamesTheAxisAndTheShape() {
        InputSpec spec = InputSpec.builder().minNdim(2).axis(-1, 64).build();
        IncompatibleInputException e = failure(spec, Shape.batchOf(32), null);
        assertThat(e.rule()).isEqualTo("axes");
        assertThat(e).hasMessage("Input 0 of layer \"dense_1\" is incompatible with the layer: "
                + "expected axis -1 of input shape to have value 64, but received input with shape (None, 32)");
        assertThatCode(() -> spec.check("d", 0, Shape.of(null, null), null))
                .as("an unknown dimension matches any size")
                .doesNotThrowAnyException();
    }

    @Test
    void shapeRuleComparesKnownDimensionsOnly() {
        InputSpec spec = InputSpec.builder().shape(Shape.batchOf(4, 6)).build();
        assertThat(spec.ndim()).as("a shape fixes ndim").isEqualTo(3);
        assertThatCode(() -> spec.check("scale", 0, Shape.ofDims(16, 4, 6), null)).doesNotThrowAnyException();
        IncompatibleInputException e = failure(spec, Shape.batchOf(4, 7), null);
        assertThat(e.rule()).isEqualTo("shape");
        assertThat(e).hasMessageEndingWith("expected shape=(None, 4, 6), found shape=(None, 4, 7)");
    }

    @Test
    void lastAxisSqueezeIgnoresATrailingOne() {
        InputSpec spec = InputSpec.builder().shape(Shape.batchOf(5)).allowLastAxisSqueeze(true).build();
        assertThatCode(() -> spec.check("l", 0, Shape.batchOf(5, 1), null)).doesNotThrowAnyException();
    }

    @Test
    void rulesRunInKerasOrder() {
        InputSpec spec = InputSpec.builder().ndim(2).minNdim(3).axis(0, 2).build();
        assertThat(failure(spec, Shape.ofDims(5), null).rule()).as("ndim before min_ndim").isEqualTo("ndim");
        InputSpec minThenAxes = InputSpec.builder().minNdim(3).axis(-1, 2).build();
        assertThat(failure(minThenAxes, Shape.ofDims(1, 5), null).rule()).isEqualTo("min_ndim");
    }

    @Test
    void countMismatchNamesTheLayer() {
        InputSpec one = InputSpec.builder().minNdim(2).build();
        assertThatThrownBy(() -> InputSpec.check(List.of(one), List.of(Shape.batchOf(2), Shape.batchOf(2)), null, "add"))
                .isInstanceOf(IncompatibleInputException.class)
                .hasMessageStartingWith("Layer \"add\" expects 1 input(s), but it received 2 input tensors.");
    }

    @Test
    void axisBeyondTheRankIsRefusedAtConstruction() {
        assertThatThrownBy(() -> InputSpec.builder().ndim(2).axis(2, 3).build())
                .hasMessage("Axis 2 is greater than the maximum allowed value: 1");
    }

    @Test
    void configMatchesKerasFields() {
        InputSpec spec = InputSpec.builder().minNdim(2).axis(-1, 64).build();
        assertThat(spec.toConfig()).containsOnlyKeys("dtype", "shape", "ndim", "max_ndim", "min_ndim", "axes");
        assertThat(spec.toConfig().get("min_ndim")).isEqualTo(2);
        assertThat(spec).hasToString("InputSpec(min_ndim=2, axes={-1=64})");
    }
}
