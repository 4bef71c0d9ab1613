package org.layerlab.core.bench;

import java.util.List;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.TrainingConfig;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.learning.config.Adam;

/**
 * The benchmark's MLP as a hand-built SameDiff graph: {@code relu(x W + b)} per hidden layer,
 * softmax cross-entropy on the last layer's logits (softmax and categorical cross-entropy fused, as
 * DL4J's output layer computes them too), Adam 0.001, float32, from the benchmark's weights.
 */
final class SameDiffMlp {
    private SameDiffMlp() {
    }

    /** The worker process of SameDiff. Argument: the model. */
    public static void main(String[] args) {
        StepTimer.run(args, SameDiffMlp::trainer);
    }

    static StepTimer.Trainer trainer(BenchModel model) {
        SameDiff sd = graph(model);
        List<DataSet> data = Dl4jMlp.dataSets(model.batches());
        return i -> sd.fit(data.get(i % data.size()));
    }

    static SameDiff graph(BenchModel model) {
        int[] sizes = model.sizes;
        SameDiff sd = SameDiff.create();
        SDVariable x = sd.placeHolder("in", DataType.FLOAT, -1, sizes[0]);
        SDVariable label = sd.placeHolder("label", DataType.FLOAT, -1, sizes[sizes.length - 1]);
        for (int l = 0; l < model.layers(); l++) {
            SDVariable w = sd.var("w" + l, Dl4jMlp.floats(model.kernel(l), sizes[l], sizes[l + 1]));
            SDVariable b = sd.var("b" + l, Dl4jMlp.floats(model.bias(l), 1, sizes[l + 1]));
            SDVariable z = x.mmul(w).add(b);
            x = l < model.layers() - 1 ? sd.nn.relu(z, 0) : z;
        }
        sd.loss.softmaxCrossEntropy("loss", label, x, null);
        sd.setTrainingConfig(new TrainingConfig.Builder().updater(new Adam(1e-3))
                .dataSetFeatureMapping("in").dataSetLabelMapping("label").build());
        return sd;
    }
}
