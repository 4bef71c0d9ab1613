package org.layerlab.core.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.layerlab.core.config.Config;
import org.layerlab.core.shape.DType;

/** Keras 3 seed semantics: an integer seed gives the same values on every call; no seed draws from the caller. */
class InitializersSeedTest {
    private static final long[] SHAPE = {20, 10};

    static List<String> randomInitializers() {
        return List.of("RandomNormal", "RandomUniform", "TruncatedNormal", "VarianceScaling", "GlorotUniform",
                "GlorotNormal", "HeNormal", "HeUniform", "LecunNormal", "LecunUniform", "Orthogonal");
    }

    private static Initializer withSeed(String className, Long seed) {
        return Initializers.deserialize(Config.builder().put("class_name", className)
                .put("config", Config.builder().put("seed", seed).build()).build());
    }

    @ParameterizedTest
    @MethodSource("randomInitializers")
    void theSameSeedGivesTheSameValuesOnEveryCallWhateverTheRng(String className) {
        Initializer init = withSeed(className, 7L);
        double[] first = init.generate(SHAPE, DType.FLOAT32, new SplittableRandom(1));
        double[] second = init.generate(SHAPE, DType.FLOAT32, new SplittableRandom(2));
        double[] fromNewObject = withSeed(className, 7L).generate(SHAPE, DType.FLOAT32, new SplittableRandom(3));
        assertThat(second).containsExactly(first);
        assertThat(fromNewObject).containsExactly(first);
    }

    @ParameterizedTest
    @MethodSource("randomInitializers")
    void differentSeedsGiveDifferentValues(String className) {
        double[] a = withSeed(className, 7L).generate(SHAPE, DType.FLOAT32, null);
        double[] b = withSeed(className, 8L).generate(SHAPE, DType.FLOAT32, null);
        assertThat(b).isNotEqualTo(a);
    }

    @ParameterizedTest
    @MethodSource("randomInitializers")
    void aSeededInitializerLeavesTheCallersRngAlone(String className) {
        SplittableRandom used = new SplittableRandom(5);
        withSeed(className, 7L).generate(SHAPE, DType.FLOAT32, used);
        assertThat(used.nextLong()).isEqualTo(new SplittableRandom(5).nextLong());
    }

    @ParameterizedTest
    @MethodSource("randomInitializers")
    void anUnseededInitializerDrawsFromTheRng(String className) {
        Initializer init = withSeed(className, null);
        double[] a = init.generate(SHAPE, DType.FLOAT32, new SplittableRandom(5));
        double[] sameRngState = init.generate(SHAPE, DType.FLOAT32, new SplittableRandom(5));
        double[] otherRng = init.generate(SHAPE, DType.FLOAT32, new SplittableRandom(6));
        assertThat(sameRngState).containsExactly(a);
        assertThat(otherRng).isNotEqualTo(a);

        SplittableRandom shared = new SplittableRandom(5);
        double[] firstCall = init.generate(SHAPE, DType.FLOAT32, shared);
        double[] secondCall = init.generate(SHAPE, DType.FLOAT32, shared);
        assertThat(secondCall).isNotEqualTo(firstCall);
    }

    @ParameterizedTest
    @MethodSource("randomInitializers")
    void anUnseededInitializerWithoutRngSaysWhichOneFailed(String className) {
        assertThatThrownBy(() -> withSeed(className, null).generate(SHAPE, DType.FLOAT32, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining(className);
    }
}
