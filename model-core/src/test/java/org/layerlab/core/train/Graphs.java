package org.layerlab.core.train;

import java.util.ArrayList;
import java.util.List;
import org.layerlab.core.config.Config;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.NodeId;
import org.layerlab.core.layer.LayerRegistry;

/** Model graphs for the training tests, built as the editor would build them. */
final class Graphs {
    private Graphs() {
    }

    /** The installed layers, the test merge layer {@link Sum} and the faulty {@link Failing}. */
    static LayerRegistry registry() {
        LayerRegistry r = LayerRegistry.withInstalledLayers();
        r.register(Sum.TYPE);
        r.register(Failing.TYPE);
        return r;
    }

    static Config input(long width) {
        List<Long> shape = new ArrayList<>();
        shape.add(null);
        shape.add(width);
        return Config.builder().put("batch_shape", shape).build();
    }

    static Config dense(long units, String activation) {
        return Config.builder().put("units", units).put("activation", activation).build();
    }

    /** One layer of a chain: its class and config. */
    record Link(String className, Config config) {
    }

    static Link link(String className, Config config) {
        return new Link(className, config);
    }

    /** An InputLayer of {@code width} features followed by the given layers, each feeding the next. */
    static ModelGraph chain(long width, Link... links) {
        ModelGraph g = new ModelGraph(registry());
        NodeId previous = g.addNode("InputLayer", input(width));
        for (Link l : links) {
            NodeId next = g.addNode(l.className(), l.config());
            g.connect(previous, next, 0);
            previous = next;
        }
        return g;
    }

    /** A multilayer perceptron: Dense layers of the given units, the last one with {@code outputActivation}. */
    static ModelGraph mlp(long width, String hiddenActivation, String outputActivation, long... units) {
        Link[] links = new Link[units.length];
        for (int i = 0; i < units.length; i++) {
            links[i] = link("Dense", dense(units[i], i == units.length - 1 ? outputActivation : hiddenActivation));
        }
        return chain(width, links);
    }
}
