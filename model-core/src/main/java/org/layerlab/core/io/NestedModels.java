package org.layerlab.core.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Replaces each model nested as a layer (a Sequential inside a functional model, say) by its own layers:
 * the nested model's inputs become the tensors it was called with, and references to its outputs become
 * references to the layers that produce them. A nested model may be called only once.
 */
final class NestedModels {
    private NestedModels() {
    }

    static RawModel flatten(Where where, RawModel model) throws GraphStructureException {
        List<RawLayer> flat = new ArrayList<>();
        Map<String, List<TensorRef>> nestedOutputs = new HashMap<>();
        for (RawLayer layer : model.layers()) {
            if (layer.nested() == null) {
                flat.add(layer);
                continue;
            }
            Where w = where.layer(layer.name());
            RawModel inner = flatten(w, layer.nested());
            if (layer.calls().size() != 1) {
                throw w.structure("the nested model is called " + layer.calls().size()
                        + " times; shared layers and models are not supported");
            }
            List<TensorRef> args = layer.calls().get(0);
            if (args.size() != inner.inputs().size()) {
                throw w.structure("the nested model has " + inner.inputs().size() + " input(s) but is called with "
                        + args.size() + " tensor(s)");
            }
            Map<String, TensorRef> fed = new HashMap<>();
            for (int i = 0; i < args.size(); i++) {
                fed.put(inner.inputs().get(i).layer(), args.get(i));
            }
            for (RawLayer innerLayer : inner.layers()) {
                if (!innerLayer.isInputLayer()) {
                    flat.add(innerLayer.withCalls(rewrite(innerLayer.calls(), ref -> fed.getOrDefault(ref.layer(), ref))));
                }
            }
            nestedOutputs.put(layer.name(), inner.outputs());
        }
        if (nestedOutputs.isEmpty()) {
            return model;
        }
        RefMapper toProducer = ref -> {
            List<TensorRef> outs = nestedOutputs.get(ref.layer());
            if (outs == null) {
                return ref;
            }
            if (ref.tensorIndex() >= outs.size()) {
                throw where.layer(ref.layer()).structure("output " + ref.tensorIndex() + " is used but the nested"
                        + " model has " + outs.size() + " output(s)");
            }
            return outs.get(ref.tensorIndex());
        };
        List<RawLayer> rewired = new ArrayList<>();
        for (RawLayer layer : flat) {
            rewired.add(layer.withCalls(rewrite(layer.calls(), toProducer)));
        }
        List<TensorRef> inputs = new ArrayList<>();
        for (TensorRef r : model.inputs()) {
            inputs.add(toProducer.map(r));
        }
        List<TensorRef> outputs = new ArrayList<>();
        for (TensorRef r : model.outputs()) {
            outputs.add(toProducer.map(r));
        }
        return new RawModel(model.name(), model.sequential(), rewired, inputs, outputs);
    }

    private interface RefMapper {
        TensorRef map(TensorRef ref) throws GraphStructureException;
    }

    private static List<List<TensorRef>> rewrite(List<List<TensorRef>> calls, RefMapper mapper)
            throws GraphStructureException {
        List<List<TensorRef>> out = new ArrayList<>();
        for (List<TensorRef> call : calls) {
            List<TensorRef> refs = new ArrayList<>();
            for (TensorRef r : call) {
                refs.add(mapper.map(r));
            }
            out.add(refs);
        }
        return out;
    }
}
