package org.layerlab.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.layer.Weight;
import org.nd4j.linalg.factory.Nd4j;

class PredictorTest {

    @Test
    void predictsWhatTheFormulaGivesWithDropoutOff() {
        ModelGraph graph = Graphs.chain(2, Graphs.link("Dense", Graphs.dense(2, "relu")),
                Graphs.link("Dropout", Graphs.registry().require("Dropout").defaultConfig("drop").with("rate", 0.5)));
        GraphModel model = GraphModel.of(graph);
        Weight kernel = model.weights().get(0);
        Weight bias = model.weights().get(1);
        kernel.assign(Nd4j.create(new double[] {1, -2, 3, 0.5}, new long[] {2, 2}).castTo(kernel.value().dataType()));
        bias.assign(Nd4j.create(new double[] {0.25, -1}, new long[] {2}).castTo(bias.value().dataType()));

        double[][] out = new Predictor(model).predict(new double[][] {{1, 1}, {2, -1}});
        // relu([1, 1]·K + b) = relu([4.25, -2.5]); relu([2, -1]·K + b) = relu([-0.75, -5.5])
        assertThat(out[0]).containsExactly(new double[] {4.25, 0}, within(1e-6));
        assertThat(out[1]).containsExactly(new double[] {0, 0}, within(1e-6));
    }

    @Test
    void refusesWeightsWithoutValuesAndRowsOfTheWrongWidth() {
        GraphModel model = GraphModel.of(Graphs.mlp(3, "relu", "softmax", 4, 2));
        assertThatThrownBy(() -> new Predictor(model)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has no values");
        model.initializeMissing(1);
        assertThatThrownBy(() -> new Predictor(model).predict(new double[][] {{1, 2, 3}, {1, 2}}))
                .hasMessageContaining("row 2 has 2 values").hasMessageContaining("takes 3");
    }
}
