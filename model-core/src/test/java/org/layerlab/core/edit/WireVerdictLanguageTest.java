package org.layerlab.core.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.layerlab.core.graph.Layers.dense;
import static org.layerlab.core.graph.Layers.input;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.NodeId;
import org.layerlab.core.graph.ShapeInference;
import org.layerlab.core.layer.LayerRegistry;

/** The reason a dragged wire is refused, in Keras's English and in Chinese. */
class WireVerdictLanguageTest {
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final ModelGraph graph = new ModelGraph(LayerRegistry.withInstalledLayers());
    private final ShapeInference inference = new ShapeInference(graph);
    private final WireCheck check = new WireCheck(graph, inference);

    @AfterEach
    void close() {
        inference.close();
    }

    @Test
    void everyRefusalOfTheEditorIsSaidInChinese() {
        NodeId in = graph.addNode("InputLayer", input("in", 4));
        NodeId a = graph.addNode("Dense", dense("a", 8));
        NodeId b = graph.addNode("Dense", dense("b", 8));
        graph.connect(in, a, 0);
        graph.connect(a, b, 0);

        WireVerdict taken = check.check(in, b, 0);
        assertThat(taken.reason()).isEqualTo("input 0 of \"b\" is already connected to \"a\"");
        assertThat(taken.reason(CHINESE)).isEqualTo("\"b\" 的输入 0 已连接到 \"a\"");
        assertThat(check.check(b, a, 0).reason()).isEqualTo("connecting \"b\" to \"a\" would make a cycle");
        assertThat(check.check(b, a, 0).reason(CHINESE)).isEqualTo("把 \"b\" 连接到 \"a\" 会形成环");
        assertThat(check.check(a, in, 0).reason()).isEqualTo("layer \"in\" (InputLayer) takes no input");
        assertThat(check.check(a, in, 0).reason(CHINESE)).isEqualTo("层 \"in\"（InputLayer）不接受输入");
        assertThat(check.check(in, b, 1).reason()).isEqualTo("layer \"b\" has no input 1");
        assertThat(check.check(in, b, 1).reason(CHINESE)).isEqualTo("层 \"b\" 没有输入 1");
    }

    @Test
    void aShapeTheLayerRefusesIsSaidInChineseWithKerasTermsKept() {
        NodeId flat = graph.addNode("InputLayer", input("flat"));
        NodeId dense = graph.addNode("Dense", dense("dense", 8));

        WireVerdict verdict = check.check(flat, dense, 0);

        assertThat(verdict.allowed()).isFalse();
        assertThat(verdict.reason()).isEqualTo("Input 0 of layer \"dense\" is incompatible with the layer: "
                + "expected min_ndim=2, found ndim=1. Full shape received: (None,)");
        assertThat(verdict.reason(CHINESE))
                .isEqualTo("层 \"dense\" 的输入 0 与该层不兼容：期望 min_ndim=2，实际 ndim=1。收到的完整形状：(None,)");
    }

    @Test
    void anAllowedWireHasNoReasonInAnyLanguage() {
        NodeId in = graph.addNode("InputLayer", input("in", 4));
        NodeId a = graph.addNode("Dense", dense("a", 8));

        WireVerdict verdict = check.check(in, a, 0);

        assertThat(verdict.allowed()).isTrue();
        assertThat(verdict.reason(CHINESE)).isNull();
    }
}
