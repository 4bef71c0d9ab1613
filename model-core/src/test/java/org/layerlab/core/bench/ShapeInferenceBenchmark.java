package org.layerlab.core.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.layerlab.core.config.Config;
import org.layerlab.core.graph.InferenceUpdate;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.NodeId;
import org.layerlab.core.graph.ShapeInference;
import org.layerlab.core.layer.LayerRegistry;

/**
 * Time from one parameter edit to up-to-date inference results, on a 1,000-layer chain and on a
 * 1,000-node wide graph (one input feeding 333 branches of Dense, Dropout, Dense). Each edit
 * changes the units of a Dense in the middle, so the next layer must be rebuilt too. The goal is
 * under 1 ms per edit. Run with {@code mvn -o -q -pl model-core -Pbench test-compile exec:java
 * -Dbench=ShapeInferenceBenchmark}.
 */
public final class ShapeInferenceBenchmark {
    private static final int NODES = 1_000;
    private static final int WARM_UP_EDITS = 5_000;
    private static final int MEASURED_EDITS = 10_000;

    private record Scenario(String name, ModelGraph graph, NodeId edited, long unitsA, long unitsB) {
    }

    private ShapeInferenceBenchmark() {
    }

    public static void main(String[] args) {
        LayerRegistry registry = LayerRegistry.withInstalledLayers();
        System.out.println("Re-inference after one parameter edit (edit + inference, ms per edit)");
        for (Scenario s : List.of(chain(registry), wide(registry))) {
            run(s);
        }
    }

    private static Scenario chain(LayerRegistry registry) {
        ModelGraph g = new ModelGraph(registry);
        NodeId previous = g.addNode("InputLayer", input(64));
        NodeId middle = null;
        for (int i = 1; i < NODES; i++) {
            NodeId d = g.addNode("Dense", dense(null, 64));
            g.connect(previous, d, 0);
            if (i == NODES / 2) {
                middle = d;
            }
            previous = d;
        }
        return new Scenario("chain of " + g.size() + " layers", g, middle, 64, 32);
    }

    private static Scenario wide(LayerRegistry registry) {
        ModelGraph g = new ModelGraph(registry);
        NodeId in = g.addNode("InputLayer", input(64));
        NodeId middle = null;
        int branches = (NODES - 1) / 3;
        for (int b = 0; b < branches; b++) {
            NodeId first = g.addNode("Dense", dense(null, 16));
            NodeId drop = g.addNode("Dropout", Config.builder().put("rate", 0.5).build());
            NodeId last = g.addNode("Dense", dense(null, 8));
            g.connect(in, first, 0);
            g.connect(first, drop, 0);
            g.connect(drop, last, 0);
            if (b == branches / 2) {
                middle = first;
            }
        }
        return new Scenario("wide graph of " + g.size() + " nodes", g, middle, 16, 24);
    }

    private static void run(Scenario s) {
        long start = System.nanoTime();
        ShapeInference inference = new ShapeInference(s.graph());
        double fullMs = (System.nanoTime() - start) / 1e6;
        List<InferenceUpdate> last = new ArrayList<>(1);
        inference.addListener(u -> {
            last.clear();
            last.add(u);
        });
        String name = s.graph().node(s.edited()).name();
        for (int i = 0; i < WARM_UP_EDITS; i++) {
            s.graph().setConfig(s.edited(), dense(name, i % 2 == 0 ? s.unitsB() : s.unitsA()));
        }
        long[] nanos = new long[MEASURED_EDITS];
        for (int i = 0; i < MEASURED_EDITS; i++) {
            Config edit = dense(name, i % 2 == 0 ? s.unitsB() : s.unitsA());
            long t0 = System.nanoTime();
            s.graph().setConfig(s.edited(), edit);
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "  %-28s median %.4f ms  p90 %.4f ms  p99 %.4f ms  (%d nodes recomputed per edit;"
                + " first full inference %.1f ms)%n", s.name(), ms(nanos, 0.5), ms(nanos, 0.9), ms(nanos, 0.99),
                last.get(0).recomputed().size(), fullMs);
        inference.close();
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] / 1e6;
    }

    private static Config input(long features) {
        return Config.builder().put("batch_shape", Arrays.asList(null, features)).build();
    }

    private static Config dense(String name, long units) {
        Config.Builder b = Config.builder().put("units", units);
        if (name != null) {
            b.put("name", name);
        }
        return b.build();
    }
}
