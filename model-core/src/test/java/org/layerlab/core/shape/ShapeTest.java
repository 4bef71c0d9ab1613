package org.layerlab.core.shape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ShapeTest {

    @Test
    void printsLikePythonTuples() {
        assertThat(Shape.batchOf(64)).hasToString("(None, 64)");
        assertThat(Shape.of((Long) null)).hasToString("(None,)");
        assertThat(Shape.ofDims()).hasToString("()");
        assertThat(Shape.ofDims(2, 3, 4)).hasToString("(2, 3, 4)");
    }

    @Test
    void negativeAxesCountFromTheEnd() {
        Shape s = Shape.ofDims(-1, 3, 4);
        assertThat(s.dim(-1)).isEqualTo(4);
        assertThat(s.dim(-3)).isEqualTo(Shape.UNKNOWN);
        assertThat(s.withDim(-1, 7)).isEqualTo(Shape.batchOf(3, 7));
        assertThatThrownBy(() -> s.dim(3)).hasMessageContaining("axis 3 is out of range for shape (None, 3, 4)");
    }

    @Test
    void jsonListUsesNullForUnknown() {
        assertThat(Shape.batchOf(5).toList()).containsExactly(null, 5L);
        assertThat(Shape.fromList(Arrays.asList(null, 5))).isEqualTo(Shape.batchOf(5));
    }

    @Test
    void refusesNegativeDimensions() {
        assertThatThrownBy(() -> Shape.ofDims(3, -4)).hasMessageContaining("negative dimension -4");
    }

    @Test
    void sizeNeedsKnownDimensions() {
        assertThat(Shape.ofDims(784, 64).size()).isEqualTo(50_176);
        assertThatThrownBy(() -> Shape.batchOf(3).size()).hasMessageContaining("unknown dimension");
    }
}
