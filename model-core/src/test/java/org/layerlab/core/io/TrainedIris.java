package org.layerlab.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.layerlab.core.config.Config;
import org.layerlab.core.data.BundledDataset;
import org.layerlab.core.data.BundledDatasets;
import org.layerlab.core.data.CsvTable;
import org.layerlab.core.data.DatasetFiles;
import org.layerlab.core.data.PreparedData;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.project.GraphImport;
import org.layerlab.core.project.KerasWeights;
import org.layerlab.core.train.GraphModel;
import org.layerlab.core.train.SessionOptions;
import org.layerlab.core.train.TrainingEvent;
import org.layerlab.core.train.TrainingExecutor;
import org.layerlab.core.train.TrainingSession;
import org.layerlab.core.train.TrainingSettings;

/**
 * A 4-16-3 softmax MLP trained on the bundled iris table with standardised features, as the app trains it,
 * saved as a project with its preprocessing; and the table's raw feature rows, as a user would feed them.
 *
 * @param project the trained model and the preprocessing learned from the training rows
 * @param rawRows every iris row's four measurements as written in the CSV file
 * @param table the CSV table the rows come from
 */
record TrainedIris(Project project, double[][] rawRows, CsvTable table) {

    static TrainedIris train() throws ModelFormatException {
        TrainingSettings settings = TrainingSettings.defaults().withSeed(3).withEpochs(30).withBatchSize(16)
                .withOptimizer("adam", 0.01, Config.empty()).withLoss("categorical_crossentropy", Config.empty())
                .withValidationSplit(0.2);
        BundledDataset iris = BundledDatasets.find("iris");
        PreparedData data = BundledDatasets.load(iris, DatasetFiles.opener()).prepare(settings.split(), true);
        ModelDescription mlp = ModelDescription.chain("iris", List.of(Models.input("measurements", null, 4L),
                Models.layer("Dense", "hidden").with("units", 16L).with("activation", "relu"),
                Models.layer("Dense", "species").with("units", 3L).with("activation", "softmax")),
                Models.types("InputLayer", "Dense", "Dense"));
        GraphModel model = GraphModel.of(GraphImport.toGraph("iris", mlp, LayerRegistry.withInstalledLayers(),
                new ParameterBudget(1_000)));
        List<TrainingEvent> events = new ArrayList<>();
        TrainingSession session = new TrainingSession(model, data.train(), data.validation(), settings,
                SessionOptions.defaults().withExecutor(TrainingExecutor.callingThread()));
        session.addListener(events::add);
        session.start();
        assertThat(events.get(events.size() - 1)).as("iris training ends normally").isInstanceOf(TrainingEvent.Finished.class);
        Project project = new Project(mlp.withWeights(KerasWeights.of(model.currentWeights())), Map.of(), settings,
                Optional.of(data.preprocessing()));

        CsvTable table = BundledDatasets.read(iris, DatasetFiles.opener());
        List<String> features = data.preprocessing().columnNames();
        double[][] raw = new double[table.size()][features.size()];
        for (int r = 0; r < raw.length; r++) {
            for (int c = 0; c < features.size(); c++) {
                raw[r][c] = Double.parseDouble(table.records().get(r).value(table.columnIndex(features.get(c))));
            }
        }
        return new TrainedIris(project, raw, table);
    }

    /** What {@code layerlab predict} computes from the table: its preprocessing, then the trained model. */
    LayerLabOutputs layerLabPredictions() throws ModelFormatException {
        double[] flat = project.preprocessing().orElseThrow().transform(table);
        int width = flat.length / table.size();
        double[][] rows = new double[table.size()][];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = Arrays.copyOfRange(flat, r * width, (r + 1) * width);
        }
        return LayerLabOutputs.of(project.model(), rows);
    }
}
