package org.layerlab.core.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.layerlab.core.config.Config;
import org.layerlab.core.edit.LayeredLayout;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.NodeId;
import org.layerlab.core.graph.ShapeInference;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.project.ProjectLayout;

/**
 * Time to lay out a model opened without positions: a 1,000-layer chain and a 1,000-node graph of 333
 * three-layer branches from one input, then the whole placing on open (layout and one move event per node,
 * heard by shape inference). The goal is well under 100 ms. Run with {@code mvn -o -q -pl
 * model-core -Pbench test-compile exec:java -Dbench=LayoutBenchmark}.
 */
public final class LayoutBenchmark {
    private static final int NODES = 1_000;
    private static final int RUNS = 50;

    private LayoutBenchmark() {
    }

    public static void main(String[] args) {
        LayerRegistry registry = LayerRegistry.withInstalledLayers();
        System.out.println("Layered layout of every node (ms per layout, median and worst of " + RUNS + ")");
        run("chain of 1,000 layers", chain(registry));
        run("333 branches, 1,000 nodes", branches(registry));
        System.out.println("Placing every node of a model opened without positions, inference attached"
                + " (ms, median and worst of " + RUNS + ")");
        place("chain of 1,000 layers", () -> chain(registry));
        place("333 branches, 1,000 nodes", () -> branches(registry));
    }

    private static void place(String name, Supplier<ModelGraph> opened) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < RUNS + 10; i++) {
            ModelGraph graph = opened.get();
            try (ShapeInference inference = new ShapeInference(graph)) {
                long start = System.nanoTime();
                ProjectLayout.place(graph, Map.of());
                if (i >= 10) {
                    times.add((System.nanoTime() - start) / 1e6);
                }
            }
        }
        times.sort(null);
        System.out.println(String.format(Locale.ROOT, "  %-28s median %.2f ms, worst %.2f ms", name,
                times.get(RUNS / 2), times.get(RUNS - 1)));
    }

    private static void run(String name, ModelGraph graph) {
        LayeredLayout layout = new LayeredLayout();
        for (int i = 0; i < 20; i++) {
            layout.positionsForUnplaced(graph);
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            int placed = layout.positionsForUnplaced(graph).size();
            times.add((System.nanoTime() - start) / 1e6);
            if (placed != graph.size()) {
                throw new IllegalStateException("placed " + placed + " of " + graph.size());
            }
        }
        times.sort(null);
        System.out.println(String.format(Locale.ROOT, "  %-28s median %.2f ms, worst %.2f ms", name,
                times.get(RUNS / 2), times.get(RUNS - 1)));
    }

    private static ModelGraph chain(LayerRegistry registry) {
        ModelGraph g = new ModelGraph(registry);
        NodeId previous = g.addNode("InputLayer", input());
        for (int i = 1; i < NODES; i++) {
            NodeId d = g.addNode("Dense", Config.builder().put("units", 8L).build());
            g.connect(previous, d, 0);
            previous = d;
        }
        return g;
    }

    private static ModelGraph branches(LayerRegistry registry) {
        ModelGraph g = new ModelGraph(registry);
        NodeId in = g.addNode("InputLayer", input());
        for (int b = 0; b < (NODES - 1) / 3; b++) {
            NodeId previous = in;
            for (int i = 0; i < 3; i++) {
                NodeId d = g.addNode("Dense", Config.builder().put("units", 8L).build());
                g.connect(previous, d, 0);
                previous = d;
            }
        }
        return g;
    }

    private static Config input() {
        List<Long> shape = new ArrayList<>();
        shape.add(null);
        shape.add(8L);
        return Config.builder().put("batch_shape", shape).build();
    }
}
