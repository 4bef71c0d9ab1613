package org.layerlab.core.bench;

import java.util.Arrays;
import java.util.List;
import org.layerlab.core.config.Config;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.NodeId;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.layer.Weight;
import org.layerlab.core.train.Batch;
import org.layerlab.core.train.GraphModel;
import org.layerlab.core.train.Losses;
import org.layerlab.core.train.Optimizers;
import org.layerlab.core.train.TrainingStep;
import org.layerlab.core.train.TrainingThreads;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The benchmark's MLP in LayerLab, on the path the app and the command line take: a model graph as
 * the editor builds it, a {@link GraphModel} made from it and trained by {@link TrainingStep}.
 */
final class LayerLabMlp {
    private LayerLabMlp() {
    }

    /**
     * The worker process of LayerLab. Arguments: the model, and optionally a thread count that
     * overrides {@link TrainingThreads}'s choice (to check the choice).
     */
    public static void main(String[] args) {
        int forced = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        StepTimer.run(args, model -> trainer(model, forced));
    }

    static StepTimer.Trainer trainer(BenchModel model, int forcedThreads) {
        GraphModel net = GraphModel.of(graph(model.sizes));
        TrainingThreads.use(forcedThreads > 0 ? forcedThreads
                : TrainingThreads.choose(TrainingThreads.macsPerStep(net, model.batchSize), TrainingThreads.available()));
        List<Weight> weights = net.weights();
        for (int l = 0; l < model.layers(); l++) {
            weights.get(2 * l).assign(Nd4j.create(model.kernel(l), new long[] {model.sizes[l], model.sizes[l + 1]},
                    DataType.FLOAT));
            weights.get(2 * l + 1).assign(Nd4j.create(model.bias(l), new long[] {model.sizes[l + 1]}, DataType.FLOAT));
        }
        TrainingStep step = new TrainingStep(net, Losses.deserialize("categorical_crossentropy"),
                Optimizers.deserialize("adam"), 1);
        List<Batch> batches = model.batches();
        return i -> step.run(batches.get(i % batches.size()));
    }

    /** The MLP as a user builds it in the editor: an InputLayer, then Dense layers each feeding the next. */
    static ModelGraph graph(int[] sizes) {
        ModelGraph g = new ModelGraph(LayerRegistry.withInstalledLayers());
        NodeId previous = g.addNode("InputLayer", Config.builder()
                .put("batch_shape", Arrays.asList(null, (long) sizes[0])).build());
        for (int i = 1; i < sizes.length; i++) {
            String activation = i == sizes.length - 1 ? "softmax" : "relu";
            NodeId next = g.addNode("Dense", Config.builder().put("units", (long) sizes[i])
                    .put("activation", activation).build());
            g.connect(previous, next, 0);
            previous = next;
        }
        return g;
    }
}
