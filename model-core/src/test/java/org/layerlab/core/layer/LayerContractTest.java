package org.layerlab.core.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.layerlab.core.config.Config;
import org.layerlab.core.layer.core.InputLayer;
import org.layerlab.core.shape.DType;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.NdOps;
import org.layerlab.core.tensor.NdTensor;
import org.layerlab.core.tensor.Tensor;
import org.nd4j.linalg.factory.Nd4j;

/** The one contract every registered layer type passes, built-in or plug-in. */
class LayerContractTest {
    private static final LayerRegistry REGISTRY = LayerRegistry.withInstalledLayers();
    private static final List<Shape> INPUT_SHAPES = List.of(Shape.batchOf(5), Shape.batchOf(3, 4), Shape.batchOf(2, 3, 4));

    static Stream<Arguments> layerConfigs() {
        List<Arguments> cases = new ArrayList<>();
        for (LayerType type : REGISTRY.types()) {
            cases.add(Arguments.of(type.className(), SampleConfigs.forType(type, type.namePrefix())));
        }
        cases.addAll(List.of(
                Arguments.of("Dense", Config.builder().put("name", "dense_nobias").put("units", 7L)
                        .put("use_bias", false).put("activation", "softmax").build()),
                Arguments.of("Dense", Config.builder().put("name", "dense_reg").put("units", 2L)
                        .put("kernel_regularizer", Config.builder().put("class_name", "L1L2")
                                .put("config", Config.builder().put("l1", 0.01).put("l2", 0.02).build()).build())
                        .put("kernel_constraint", Config.builder().put("class_name", "MaxNorm")
                                .put("config", Config.builder().put("max_value", 2.0).put("axis", 0L).build()).build())
                        .build()),
                Arguments.of("Dropout", Config.builder().put("name", "dropout_ns").put("rate", 0.3)
                        .put("noise_shape", Arrays.asList(null, 1L)).put("seed", 7L).build()),
                Arguments.of("Scale", Config.builder().put("name", "scale_axis1").put("axis", 1L).build()),
                Arguments.of("Activation", Config.builder().put("name", "act_softmax").put("activation", "softmax").build())));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("layerConfigs")
    void configSurvivesARoundTrip(String className, Config config) {
        Layer layer = REGISTRY.create(className, config);
        Config first = layer.getConfig();
        Layer again = REGISTRY.create(className, first);
        assertThat(again.getConfig()).isEqualTo(first);
        assertThat(again.className()).isEqualTo(className);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("layerConfigs")
    void computedOutputShapeIsTheShapeCallProduces(String className, Config config) {
        for (Shape inputShape : INPUT_SHAPES) {
            Layer layer = REGISTRY.create(className, config);
            if (layer instanceof InputLayer input) {
                inputShape = input.batchShape();
            }
            if (!builds(layer, inputShape)) {
                continue;
            }
            Shape expected = layer.computeOutputShape(inputShape);
            for (boolean training : new boolean[] {false, true}) {
                long[] concrete = inputShape.withDim(0, 2).toArray();
                Tensor x = NdTensor.of(Nd4j.rand(org.nd4j.linalg.api.buffer.DataType.FLOAT, concrete));
                CallContext ctx = new CallContext(new NdOps(), training, new SplittableRandom(1));
                Tensor y = layer.apply(List.of(x), ctx);
                assertThat(Shape.ofDims(y.shape()))
                        .as("%s on %s, training=%s", layer, inputShape, training)
                        .isEqualTo(expected.withDim(0, 2));
                assertThat(y.dtype()).isEqualTo(DType.FLOAT32);
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("layerConfigs")
    void weightsAreFullyShapedAndCountedOnce(String className, Config config) {
        Layer layer = REGISTRY.create(className, config);
        Shape input = layer instanceof InputLayer in ? in.batchShape() : Shape.batchOf(6);
        assumeTrue(builds(layer, input));
        long total = 0;
        for (Weight w : layer.weights()) {
            assertThat(w.shape().isFullyKnown()).isTrue();
            assertThat(w.path()).isEqualTo(layer.name() + "/" + w.name());
            assertThat(w.dtype()).isEqualTo(layer.dtype());
            w.initialize(new SplittableRandom(3));
            assertThat(w.value().shape()).containsExactly(w.shape().toArray());
            total += w.size();
        }
        assertThat(layer.countParams()).isEqualTo(total);
        assertThat(layer.trainableWeights().size() + layer.nonTrainableWeights().size()).isEqualTo(layer.weights().size());
    }

    private static boolean builds(Layer layer, Shape inputShape) {
        try {
            layer.ensureBuilt(List.of(inputShape), List.of(DType.FLOAT32));
            return true;
        } catch (IllegalArgumentException e) {
            // Not every config accepts every rank (a noise_shape fixes the rank, Scale's axis needs it).
            return false;
        }
    }
}
