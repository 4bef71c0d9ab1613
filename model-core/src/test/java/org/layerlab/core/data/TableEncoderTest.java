package org.layerlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.layerlab.core.data.DatasetFiles.csv;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TableEncoderTest {
    private static final String PETS = """
            weight,colour,legs,kind
            4.0,red,4,cat
            30,blue,4,dog
            0.1,green,2,bird
            5.5,blue,4,cat
            """;

    @Test
    void lastColumnIsTheTargetAndTextMakesItClassification() {
        EncodedData e = TableEncoder.encode(csv("pets.csv", PETS), TableOptions.defaults());
        Dataset d = e.dataset();
        assertThat(d.name()).isEqualTo("pets");
        assertThat(d.target().name()).isEqualTo("kind");
        assertThat(d.target().kind()).isEqualTo(TargetKind.MULTICLASS);
        assertThat(d.target().classNames()).containsExactly("bird", "cat", "dog");
        assertThat(d.targets()).containsExactly(1, 2, 0, 1);
    }

    @Test
    void textFeaturesAreOneHotInSortedOrder() {
        Dataset d = TableEncoder.encode(csv("pets.csv", PETS), TableOptions.defaults()).dataset();
        assertThat(d.featureNames()).containsExactly("weight", "colour=blue", "colour=green", "colour=red", "legs");
        assertThat(d.row(0)).containsExactly(4.0, 0, 0, 1, 4);
        // Features are float32, as the model computes.
        assertThat(d.row(2)).containsExactly((float) 0.1, 0, 1, 0, 2);
    }

    @Test
    void oneHotOrderDoesNotDependOnRowOrder() {
        String reversed = "weight,colour,legs,kind\n5.5,blue,4,cat\n0.1,green,2,bird\n30,blue,4,dog\n4.0,red,4,cat\n";
        Preprocessing a = TableEncoder.encode(csv("a.csv", PETS), TableOptions.defaults()).preprocessing();
        Preprocessing b = TableEncoder.encode(csv("b.csv", reversed), TableOptions.defaults()).preprocessing();
        assertThat(b).isEqualTo(a);
    }

    @Test
    void numericCategoriesSortByValue() {
        String text = "size,y\n10,a\n9,b\n100,a\n";
        Preprocessing p = TableEncoder.encode(csv("s.csv", text), TableOptions.defaults().withCategorical(Set.of("size")))
                .preprocessing();
        assertThat(p.featureNames()).containsExactly("size=9", "size=10", "size=100");
    }

    @Test
    void aNumericTargetIsRegressionUnlessToldOtherwise() {
        String text = "x,score\n1,0\n2,1\n3,2\n4,1\n";
        assertThat(TableEncoder.encode(csv("r.csv", text), TableOptions.defaults()).dataset().target().kind())
                .isEqualTo(TargetKind.REGRESSION);
        Dataset c = TableEncoder.encode(csv("r.csv", text),
                TableOptions.defaults().withTargetMode(TableOptions.TargetMode.CLASSIFICATION)).dataset();
        assertThat(c.target().classNames()).containsExactly("0", "1", "2");
        assertThat(c.targets()).containsExactly(0, 1, 2, 1);
    }

    @Test
    void twoClassesMakeABinaryTargetAndTheTargetCanBeAnyColumn() {
        Dataset d = TableEncoder.encode(csv("pets.csv", PETS), TableOptions.defaults().withTarget("legs")).dataset();
        assertThat(d.target().kind()).isEqualTo(TargetKind.REGRESSION);
        Dataset b = TableEncoder.encode(csv("pets.csv", PETS),
                TableOptions.defaults().withTarget("legs").withTargetMode(TableOptions.TargetMode.CLASSIFICATION)).dataset();
        assertThat(b.target().kind()).isEqualTo(TargetKind.BINARY);
        assertThat(b.targets()).containsExactly(1, 1, 0, 1);
        assertThat(b.featureNames()).contains("kind=bird", "kind=cat", "kind=dog").doesNotContain("legs");
    }

    @Test
    void unknownTargetColumnIsNamedWithTheHeader() {
        DataException e = catchThrowableOfType(DataException.class,
                () -> TableEncoder.encode(csv("pets.csv", PETS), TableOptions.defaults().withTarget("species")));
        assertThat(e).hasMessage("pets.csv: the target column \"species\" is not in the header (weight, colour, legs, kind)");
    }

    @Test
    void aWordInANumericColumnNamesFileLineAndColumn() {
        String text = "a,b,y\n1,2,x\n3,4,y\n5,five,x\n";
        DataException e = catchThrowableOfType(DataException.class, () -> TableEncoder.encode(csv("bad.csv", text), TableOptions.defaults()));
        assertThat(e).hasMessage("bad.csv line 4, column 2 (\"b\"): \"five\" is not a number");
    }

    @Test
    void missingFeatureAndTargetValuesAreNamed() {
        DataException feature = catchThrowableOfType(DataException.class,
                () -> TableEncoder.encode(csv("m.csv", "a,b,y\n1,2,x\n3,,y\n"), TableOptions.defaults()));
        assertThat(feature).hasMessage("m.csv line 3, column 2 (\"b\"): missing value; this column needs a number");
        DataException target = catchThrowableOfType(DataException.class,
                () -> TableEncoder.encode(csv("m.csv", "a,y\n1,x\n3,\n"), TableOptions.defaults()));
        assertThat(target).hasMessage("m.csv line 3, column 2 (\"y\"): missing value");
        DataException regression = catchThrowableOfType(DataException.class, () -> TableEncoder.encode(csv("m.csv", "a,y\n1,2\n3,n/a\n"),
                TableOptions.defaults().withTargetMode(TableOptions.TargetMode.REGRESSION)));
        assertThat(regression).hasMessage("m.csv line 3, column 2 (\"y\"): \"n/a\" is not a number");
    }

    @Test
    void refusesTablesThatCannotTrain() {
        assertThat(catchThrowableOfType(DataException.class,
                () -> TableEncoder.encode(csv("h.csv", "a,y\n"), TableOptions.defaults())))
                .hasMessage("h.csv: has a header but no data rows");
        assertThat(catchThrowableOfType(DataException.class,
                () -> TableEncoder.encode(csv("one.csv", "y\n1\n"), TableOptions.defaults())).getMessage())
                .startsWith("one.csv: needs at least two columns");
        assertThat(catchThrowableOfType(DataException.class,
                () -> TableEncoder.encode(csv("c.csv", "a,y\n1,cat\n2,cat\n"), TableOptions.defaults())).getMessage())
                .contains("only one class");
    }
}
