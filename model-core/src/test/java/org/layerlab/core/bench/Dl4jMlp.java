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
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/** The same MLP in DL4J: ReLU hidden layers, softmax output with multi-class cross-entropy, Adam 0.001, float32. */
final class Dl4jMlp {
    private Dl4jMlp() {
    }

    static TrainingBenchmark.Trainer trainer(int[] sizes, List<Batch> batches) {
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
        List<DataSet> data = new ArrayList<>();
        for (Batch b : batches) {
            data.add(new DataSet(Nd4j.create(b.features(), b.featureShape(), DataType.FLOAT),
                    Nd4j.create(b.labels(), b.labelShape(), DataType.FLOAT)));
        }
        return i -> net.fit(data.get(i % data.size()));
    }
}
