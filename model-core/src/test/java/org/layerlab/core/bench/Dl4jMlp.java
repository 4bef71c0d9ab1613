package org.layerlab.core.bench;

import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.layerlab.core.train.Batch;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * The benchmark's MLP in DL4J's MultiLayerNetwork: ReLU hidden layers, softmax output with
 * multi-class cross-entropy, Adam 0.001, float32, starting from the benchmark's weights.
 */
final class Dl4jMlp {
    private Dl4jMlp() {
    }

    /** The worker process of DL4J. Argument: the model. */
    public static void main(String[] args) {
        StepTimer.run(args, Dl4jMlp::trainer);
    }

    static StepTimer.Trainer trainer(BenchModel model) {
        MultiLayerNetwork net = network(model);
        List<DataSet> data = dataSets(model.batches());
        return i -> net.fit(data.get(i % data.size()));
    }

    static MultiLayerNetwork network(BenchModel model) {
        int[] sizes = model.sizes;
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder()
                .seed(42).dataType(DataType.FLOAT).updater(new Adam(1e-3)).weightInit(WeightInit.XAVIER_UNIFORM).list();
        for (int i = 1; i < sizes.length - 1; i++) {
            list.layer(new DenseLayer.Builder().nIn(sizes[i - 1]).nOut(sizes[i]).activation(Activation.RELU).build());
        }
        int last = sizes.length - 1;
        list.layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(sizes[last - 1]).nOut(sizes[last])
                .activation(Activation.SOFTMAX).build());
        MultiLayerConfiguration conf = list.build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        for (int l = 0; l < model.layers(); l++) {
            net.getLayer(l).setParam("W", floats(model.kernel(l), sizes[l], sizes[l + 1]));
            net.getLayer(l).setParam("b", floats(model.bias(l), 1, sizes[l + 1]));
        }
        return net;
    }

    static List<DataSet> dataSets(List<Batch> batches) {
        List<DataSet> data = new ArrayList<>();
        for (Batch b : batches) {
            data.add(new DataSet(Nd4j.create(b.features(), b.featureShape(), DataType.FLOAT),
                    Nd4j.create(b.labels(), b.labelShape(), DataType.FLOAT)));
        }
        return data;
    }

    static INDArray floats(double[] values, long rows, long cols) {
        return Nd4j.create(values, new long[] {rows, cols}, DataType.FLOAT);
    }
}
