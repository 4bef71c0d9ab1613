package org.layerlab.core.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks how the layers connect and orders them: names are unique, every connection names an existing
 * layer's only output, only InputLayers have no inputs, the model's inputs are InputLayers, and the
 * connections have no cycle. Writers run it too, since TensorFlow.js hangs on a dangling layer name.
 *
 * <p>A project may hold a model still being drawn: there a layer may wait for its inputs and the model
 * need not have inputs or outputs yet, but names, connections and cycles are checked as for any model.
 */
final class GraphCheck {
    private GraphCheck() {
    }

    /** The layers in an order where each comes after the layers it reads, keeping the given order where possible. */
    static List<LayerEntry> ordered(Where where, List<LayerEntry> layers, List<TensorRef> inputs,
            List<TensorRef> outputs) throws GraphStructureException {
        return ordered(where, layers, inputs, outputs, false);
    }

    /** @param draft whether the model may be unfinished, as a project's model may be */
    static List<LayerEntry> ordered(Where where, List<LayerEntry> layers, List<TensorRef> inputs,
            List<TensorRef> outputs, boolean draft) throws GraphStructureException {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < layers.size(); i++) {
            if (index.putIfAbsent(layers.get(i).name(), i) != null) {
                throw where.layer(layers.get(i).name()).structure("two layers have this name");
            }
        }
        List<Set<Integer>> readers = new ArrayList<>();
        int[] pending = new int[layers.size()];
        for (int i = 0; i < layers.size(); i++) {
            readers.add(new LinkedHashSet<>());
        }
        for (int i = 0; i < layers.size(); i++) {
            LayerEntry layer = layers.get(i);
            Where w = where.layer(layer.name());
            boolean waiting = draft && !layer.isInputLayer() && layer.inbound().isEmpty();
            if (layer.isInputLayer() != layer.inbound().isEmpty() && !waiting) {
                throw w.structure(layer.isInputLayer() ? "an InputLayer cannot have inputs"
                        : "the layer has no inputs");
            }
            Set<Integer> sources = new LinkedHashSet<>();
            for (TensorRef ref : layer.inbound()) {
                sources.add(resolve(w, index, ref));
            }
            for (int s : sources) {
                readers.get(s).add(i);
            }
            pending[i] = sources.size();
        }
        if (!draft) {
            checkEndpoints(where, layers, index, inputs, outputs);
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int i = 0; i < layers.size(); i++) {
            if (pending[i] == 0) {
                ready.add(i);
            }
        }
        List<LayerEntry> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            int i = ready.poll();
            order.add(layers.get(i));
            for (int r : readers.get(i)) {
                if (--pending[r] == 0) {
                    ready.add(r);
                }
            }
        }
        if (order.size() < layers.size()) {
            throw where.structure("the connections form a cycle: " + cycle(layers, index, pending));
        }
        return order;
    }

    private static int resolve(Where w, Map<String, Integer> index, TensorRef ref) throws GraphStructureException {
        Integer source = index.get(ref.layer());
        if (source == null) {
            throw w.structure("reads from unknown layer " + MessageText.quote(ref.layer()));
        }
        if (ref.nodeIndex() != 0) {
            throw w.structure("reads call " + ref.nodeIndex() + " of layer " + MessageText.quote(ref.layer())
                    + ", which is called once");
        }
        if (ref.tensorIndex() != 0) {
            throw w.structure("reads output " + ref.tensorIndex() + " of layer " + MessageText.quote(ref.layer())
                    + ", which has one output");
        }
        return source;
    }

    private static void checkEndpoints(Where where, List<LayerEntry> layers, Map<String, Integer> index,
            List<TensorRef> inputs, List<TensorRef> outputs) throws GraphStructureException {
        if (inputs.isEmpty() || outputs.isEmpty()) {
            throw where.structure("the model needs at least one input and one output");
        }
        Where model = where.layer(null);
        for (TensorRef in : inputs) {
            int i = resolve(model, index, in);
            if (!layers.get(i).isInputLayer()) {
                throw where.layer(in.layer()).structure("is listed as a model input but is not an InputLayer");
            }
        }
        for (TensorRef out : outputs) {
            resolve(model, index, out);
        }
    }

    /** One cycle among the layers left over, as {@code a -> b -> a}. */
    private static String cycle(List<LayerEntry> layers, Map<String, Integer> index, int[] pending) {
        int start = 0;
        while (pending[start] == 0) {
            start++;
        }
        List<Integer> path = new ArrayList<>();
        Map<Integer, Integer> seenAt = new HashMap<>();
        int current = start;
        while (!seenAt.containsKey(current)) {
            seenAt.put(current, path.size());
            path.add(current);
            current = unfinishedSource(layers.get(current), index, pending);
        }
        List<Integer> loop = new ArrayList<>(path.subList(seenAt.get(current), path.size()));
        Collections.reverse(loop);
        loop.add(loop.get(0));
        return loop.stream().map(i -> MessageText.quote(layers.get(i).name())).collect(Collectors.joining(" -> "));
    }

    private static int unfinishedSource(LayerEntry layer, Map<String, Integer> index, int[] pending) {
        for (TensorRef ref : layer.inbound()) {
            int s = index.get(ref.layer());
            if (pending[s] > 0) {
                return s;
            }
        }
        throw new IllegalStateException("layer " + layer.name() + " is blocked but all its sources are done");
    }
}
