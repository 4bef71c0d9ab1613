package org.layerlab.core.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.layerlab.core.graph.Layers.dense;
import static org.layerlab.core.graph.Layers.input;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.layerlab.core.layer.LayerRegistry;

/** What shape inference finds reads in Chinese for the window, and stays Keras's English for everyone else. */
class DiagnosticLanguageTest {
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final ModelGraph graph = new ModelGraph(LayerRegistry.withInstalledLayers());
    private final ShapeInference inference = new ShapeInference(graph);

    @AfterEach
    void close() {
        inference.close();
    }

    private Diagnostic only(NodeId id) {
        assertThat(inference.result(id).diagnostics()).hasSize(1);
        return inference.result(id).diagnostics().get(0);
    }

    @Test
    void anInputTheInputSpecRefusesIsSaidInChineseWithKerasTermsKept() {
        NodeId flat = graph.addNode("InputLayer", input("flat"));
        NodeId dense = graph.addNode("Dense", dense("dense", 8));
        graph.connect(flat, dense, 0);

        Diagnostic d = only(dense);
        assertThat(d.message()).isEqualTo("Input 0 of layer \"dense\" is incompatible with the layer: "
                + "expected min_ndim=2, found ndim=1. Full shape received: (None,)");
        assertThat(d.message(CHINESE))
                .isEqualTo("层 \"dense\" 的输入 0 与该层不兼容：期望 min_ndim=2，实际 ndim=1。收到的完整形状：(None,)");
        assertThat(d.message(Locale.ROOT)).isEqualTo(d.message());
    }

    @Test
    void anUnwiredLayerAndTheLayersWaitingForItAreSaidInChinese() {
        NodeId dense = graph.addNode("Dense", dense("dense", 8));
        NodeId after = graph.addNode("Dense", dense("after", 4));
        graph.connect(dense, after, 0);

        assertThat(only(dense).message()).isEqualTo("layer \"dense\" has no input: connect a layer to it");
        assertThat(only(dense).message(CHINESE)).isEqualTo("层 \"dense\" 没有输入：请把一个层连接到它");
        assertThat(only(after).severity()).isEqualTo(Severity.INFO);
        assertThat(only(after).message()).isEqualTo("layer \"after\" is checked once \"dense\" is fixed");
        assertThat(only(after).message(CHINESE)).isEqualTo("层 \"after\" 将在 \"dense\" 修正后检查");
    }

    @Test
    void anInputLayerWithAWireIntoItIsSaidInChinese() {
        NodeId a = graph.addNode("InputLayer", input("a", 4));
        NodeId b = graph.addNode("InputLayer", input("b", 4));
        graph.connect(a, b, 0);

        assertThat(only(b).message())
                .isEqualTo("layer \"b\" is an InputLayer and takes no input, but \"a\" is connected to it");
        assertThat(only(b).message(CHINESE)).isEqualTo("层 \"b\" 是 InputLayer，不接受输入，但 \"a\" 连接到了它");
    }

    @Test
    void anInvalidParameterIsSaidInChineseWithItsNameAndRangeKept() {
        NodeId d = graph.addNode("Dense", dense("d", 0));

        Diagnostic problem = only(d);
        assertThat(problem.field()).isEqualTo("units");
        assertThat(problem.message()).isEqualTo("layer \"d\" (Dense): units must be in [1, inf), got 0");
        assertThat(problem.message(CHINESE)).isEqualTo("层 \"d\"（Dense）：units 必须在 [1, inf) 范围内，实际为 0");
    }
}
