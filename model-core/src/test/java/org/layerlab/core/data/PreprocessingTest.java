package org.layerlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;
import static org.layerlab.core.data.DatasetFiles.csv;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.layerlab.core.config.Config;

class PreprocessingTest {
    private static final String PETS = """
            weight,colour,legs,kind
            4.0,red,4,cat
            30,blue,4,dog
            0.1,green,2,bird
            5.5,blue,4,cat
            12,red,4,dog
            0.3,blue,2,bird
            """;

    private static PreparedData iris() {
        EncodedData e = BundledDatasets.load(BundledDatasets.find("iris"), DatasetFiles.opener());
        return e.prepare(new TrainValidationSplit(0.2, 5), true);
    }

    @Test
    void standardisationIsFittedOnTheTrainingRowsOnly() {
        EncodedData raw = BundledDatasets.load(BundledDatasets.find("wine"), DatasetFiles.opener());
        TrainValidationSplit split = new TrainValidationSplit(0.25, 3);
        PreparedData p = raw.prepare(split, true);
        Dataset rawTrain = split.split(raw.dataset()).train();
        double[] mean = p.preprocessing().standardization().mean();
        double[] std = p.preprocessing().standardization().std();
        for (int j = 0; j < raw.dataset().width(); j++) {
            double m = 0;
            for (int r = 0; r < rawTrain.size(); r++) {
                m += rawTrain.feature(r, j) / rawTrain.size();
            }
            double v = 0;
            for (int r = 0; r < rawTrain.size(); r++) {
                v += Math.pow(rawTrain.feature(r, j) - m, 2) / rawTrain.size();
            }
            assertThat(mean[j]).isCloseTo(m, within(1e-9 * Math.max(1, Math.abs(m))));
            assertThat(std[j]).isCloseTo(Math.sqrt(v), within(1e-9 * Math.max(1, Math.sqrt(v))));
            assertThat(columnMean(p.train(), j)).isCloseTo(0, within(1e-9));
            assertThat(columnStd(p.train(), j)).isCloseTo(1, within(1e-9));
        }
        double validationMeanSpread = 0;
        for (int j = 0; j < p.validation().width(); j++) {
            validationMeanSpread += Math.abs(columnMean(p.validation(), j));
        }
        assertThat(validationMeanSpread).as("validation rows are scaled with the training statistics").isGreaterThan(1e-3);
    }

    @Test
    void oneHotColumnsAndConstantColumnsAreNotStretched() {
        EncodedData e = TableEncoder.encode(csv("pets.csv", PETS), TableOptions.defaults().withTarget("kind"));
        PreparedData p = e.prepare(new TrainValidationSplit(0, 1), true);
        assertThat(p.preprocessing().numericFeatures()).containsExactly(true, false, false, false, true);
        double[] mean = p.preprocessing().standardization().mean();
        assertThat(mean[1]).isZero();
        assertThat(p.preprocessing().standardization().std()[2]).isEqualTo(1);
        Dataset digits = BundledDatasets.load(BundledDatasets.find("digits8x8"), DatasetFiles.opener()).dataset();
        Standardization s = Standardization.fit(digits, new boolean[64]);
        assertThat(s.isIdentity()).isTrue();
        boolean[] all = new boolean[64];
        java.util.Arrays.fill(all, true);
        assertThat(Standardization.fit(digits, all).std()[0]).as("pixel 0 is always blank").isEqualTo(1);
    }

    @Test
    void transformsRawValuesByNameIgnoringTheTarget() {
        PreparedData p = iris();
        Preprocessing pre = p.preprocessing();
        double[] mean = pre.standardization().mean();
        double[] std = pre.standardization().std();
        Map<String, String> row = Map.of("species", "setosa", "petal_width", "0.2", "petal_length", "1.4",
                "sepal_width", " 3.5 ", "sepal_length", "5.1", "notes", "ignored");
        double[] x = pre.transform(row, "new.csv", 2);
        double[] raw = {5.1, 3.5, 1.4, 0.2};
        for (int j = 0; j < 4; j++) {
            assertThat(x[j]).isCloseTo((raw[j] - mean[j]) / std[j], within(1e-12));
        }
    }

    @Test
    void badRawValuesNameFileLineAndColumn() {
        Preprocessing pre = iris().preprocessing();
        DataException missing = catchThrowableOfType(DataException.class, () -> pre.transform(
                Map.of("sepal_length", "5.1", "sepal_width", "3.5", "petal_length", "1.4"), "new.csv", 7));
        assertThat(missing).hasMessage("new.csv line 7, column \"petal_width\": the column is missing; the model needs it");
        CsvTable table = csv("new.csv", "petal_width,sepal_length,sepal_width,petal_length\n0.2,5.1,3.5,1.4\n0.2,5.1,,1.4\n");
        assertThat(catchThrowableOfType(DataException.class, () -> pre.transform(table)))
                .hasMessage("new.csv line 3, column 3 (\"sepal_width\"): missing value; this column needs a number");
        CsvTable noColumn = csv("new.csv", "sepal_length,sepal_width\n1,2\n");
        assertThat(catchThrowableOfType(DataException.class, () -> pre.transform(noColumn)))
                .hasMessage("new.csv: has no column \"petal_length\"; the model needs sepal_length, sepal_width, petal_length, petal_width");
    }

    @Test
    void unseenCategoryIsRefusedWithTheKnownOnes() {
        Preprocessing pre = TableEncoder.encode(csv("pets.csv", PETS), TableOptions.defaults()).preprocessing();
        CsvTable table = csv("new.csv", "legs,weight,colour\n4,3,red\n2,1,purple\n");
        assertThat(catchThrowableOfType(DataException.class, () -> pre.transform(table)))
                .hasMessage("new.csv line 3, column 3 (\"colour\"): unknown category \"purple\"; known: blue, green, red");
    }

    @Test
    void tableTransformMatchesTheTrainingEncodingWhateverTheColumnOrder() {
        EncodedData e = TableEncoder.encode(csv("pets.csv", PETS), TableOptions.defaults());
        PreparedData p = e.prepare(new TrainValidationSplit(0, 2), true);
        CsvTable shuffledColumns = csv("new.csv", "kind,legs,colour,weight\ncat,4,red,4.0\nbird,2,green,0.1\n");
        double[] x = p.preprocessing().transform(shuffledColumns);
        double[] expected = e.dataset().select(new int[] {0, 2}).features();
        p.preprocessing().standardization().applyInPlace(expected);
        assertThat(x).containsExactly(expected, within(1e-12));
    }

    @Test
    void configRoundTripThroughJsonGivesEqualTransforms() throws Exception {
        EncodedData e = TableEncoder.encode(csv("pets.csv", PETS), TableOptions.defaults());
        Preprocessing original = e.prepare(new TrainValidationSplit(0.3, 9), true).preprocessing();
        ObjectMapper json = new ObjectMapper();
        String text = json.writeValueAsString(original.toConfig().toMap());
        @SuppressWarnings("unchecked")
        Map<String, Object> map = json.readValue(text, Map.class);
        Preprocessing restored = Preprocessing.fromConfig(Config.of(map));
        assertThat(restored).isEqualTo(original);
        CsvTable fresh = csv("fresh.csv", "weight,colour,legs\n7,green,3\n0.5,red,2\n");
        assertThat(restored.transform(fresh)).containsExactly(original.transform(fresh));
        assertThat(restored.decode(new double[] {0.1, 0.7, 0.2}).text()).isEqualTo("cat");
    }

    @Test
    void regressionTargetsSurviveTheRoundTripToo() {
        Preprocessing p = EncodedData.of(SyntheticSet.SINE.generate(50, 0.1, 1)).prepare(new TrainValidationSplit(0.2, 1), true)
                .preprocessing();
        assertThat(Preprocessing.fromConfig(p.toConfig())).isEqualTo(p);
        assertThat(p.decode(new double[] {0.25})).isEqualTo(new Prediction.ValuePrediction(0.25));
    }

    @Test
    void brokenConfigNamesTheField() {
        Config good = iris().preprocessing().toConfig();
        Config noTarget = good.without("target");
        assertThat(catchThrowableOfType(org.layerlab.core.config.ConfigException.class, () -> Preprocessing.fromConfig(noTarget)))
                .hasMessage("field \"target\" is missing");
        Config badKind = good.with("target", good.getConfig("target").with("kind", "ordinal"));
        assertThat(catchThrowableOfType(org.layerlab.core.config.ConfigException.class, () -> Preprocessing.fromConfig(badKind)).field())
                .isEqualTo("target.kind");
        Config shortStd = good.with("standardization", good.getConfig("standardization").with("std", java.util.List.of(1.0)));
        assertThat(catchThrowableOfType(org.layerlab.core.config.ConfigException.class, () -> Preprocessing.fromConfig(shortStd)).getMessage())
                .contains("4 means but 1 standard deviations");
    }

    private static double columnMean(Dataset d, int j) {
        double s = 0;
        for (int r = 0; r < d.size(); r++) {
            s += d.feature(r, j);
        }
        return s / d.size();
    }

    private static double columnStd(Dataset d, int j) {
        double m = columnMean(d, j);
        double s = 0;
        for (int r = 0; r < d.size(); r++) {
            s += Math.pow(d.feature(r, j) - m, 2);
        }
        return Math.sqrt(s / d.size());
    }
}
