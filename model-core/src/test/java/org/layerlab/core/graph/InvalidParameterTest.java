package org.layerlab.core.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.layerlab.core.graph.Layers.input;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.layerlab.core.config.Config;
import org.layerlab.core.layer.LayerRegistry;

class InvalidParameterTest {

    static Stream<Arguments> invalidParameters() {
        return Stream.of(
                Arguments.of("Dense", Config.builder().put("name", "hidden").put("units", 0).build(), "units"),
                Arguments.of("Dense", Config.builder().put("name", "hidden").put("units", -3).build(), "units"),
                Arguments.of("Dropout", Config.builder().put("name", "drop").put("rate", 1.0).build(), "rate"),
                Arguments.of("Dropout", Config.builder().put("name", "drop").put("rate", -0.1).build(), "rate"),
                Arguments.of("Dense", Config.builder().put("name", "hidden").put("units", 8)
                        .put("activation", "relux").build(), "activation"),
                Arguments.of("Activation", Config.builder().put("name", "act").put("activation", "relux").build(),
                        "activation"),
                Arguments.of("Scale", Config.builder().put("name", "scale").put("axis", 5).build(), "axis"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("invalidParameters")
    void anInvalidParameterIsAnErrorNamingTheNodeAndTheField(String className, Config config, String field) {
        ModelGraph graph = new ModelGraph(LayerRegistry.withInstalledLayers());
        NodeId in = graph.addNode("InputLayer", input("in", 3, 4));
        ShapeInference inference = new ShapeInference(graph);
        NodeId[] node = new NodeId[1];

        assertThatCode(() -> {
            node[0] = graph.addNode(className, config);
            graph.connect(in, node[0], 0);
        }).doesNotThrowAnyException();

        String name = config.getString("name", null);
        assertThat(inference.result(node[0]).hasOutput()).isFalse();
        assertThat(inference.result(node[0]).diagnostics()).singleElement().satisfies(diag -> {
            assertThat(diag.severity()).isEqualTo(Severity.ERROR);
            assertThat(diag.node()).isEqualTo(node[0]);
            assertThat(diag.field()).isEqualTo(field);
            assertThat(diag.message()).contains("\"" + name + "\"").contains(field);
        });
    }
}
