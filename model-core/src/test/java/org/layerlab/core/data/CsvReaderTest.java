package org.layerlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.layerlab.core.data.DatasetFiles.csv;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {

    @Test
    void readsHeaderAndRecordsWithTheirLines() {
        CsvTable t = csv("a.csv", "x,y,label\n1,2,a\n\n3,4,b\n");
        assertThat(t.header()).containsExactly("x", "y", "label");
        assertThat(t.records()).extracting(CsvTable.Record::line).containsExactly(2, 4);
        assertThat(t.records().get(1).values()).containsExactly("3", "4", "b");
    }

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() {
        CsvTable t = csv("q.csv", "name,note\r\n\"Smith, J\",\"said \"\"hi\"\"\"\r\n\"two\nlines\",x\r\nlast,\"\"\r\n");
        assertThat(t.records().get(0).values()).containsExactly("Smith, J", "said \"hi\"");
        assertThat(t.records().get(1).values()).containsExactly("two\nlines", "x");
        assertThat(t.records().get(2).values()).containsExactly("last", "");
        assertThat(t.records()).extracting(CsvTable.Record::line).containsExactly(2, 3, 5);
    }

    @Test
    void skipsAByteOrderMarkAndAcceptsNoFinalNewline() {
        CsvTable t = csv("bom.csv", "\uFEFFx,y\n1,2");
        assertThat(t.header()).containsExactly("x", "y");
        assertThat(t.records()).hasSize(1);
    }

    @Test
    void emptyFileNamesTheFile() {
        DataException e = catchThrowableOfType(DataException.class, () -> csv("empty.csv", ""));
        assertThat(e).hasMessage("empty.csv: the file is empty; a header row with column names is required");
        assertThat(catchThrowableOfType(DataException.class, () -> csv("blank.csv", "\n\r\n")).getMessage())
                .startsWith("blank.csv: the file is empty");
    }

    @Test
    void numbersInTheFirstRowMeanTheHeaderIsMissing() {
        DataException e = catchThrowableOfType(DataException.class, () -> csv("nohead.csv", "5.1,3.5,1\n4.9,3.0,0\n"));
        assertThat(e.getMessage()).startsWith("nohead.csv line 1: ").contains("header");
        assertThat(e.line()).isEqualTo(1);
    }

    @Test
    void emptyAndDuplicateColumnNamesAreNamed() {
        assertThat(catchThrowableOfType(DataException.class, () -> csv("h.csv", "x,,y\n1,2,3\n")))
                .hasMessage("h.csv line 1, column 2: the header has an empty column name");
        assertThat(catchThrowableOfType(DataException.class, () -> csv("h.csv", "x,y,x\n1,2,3\n")))
                .hasMessage("h.csv line 1, column 3 (\"x\"): the header names this column twice");
    }

    @Test
    void shortRowNamesTheFirstMissingColumn() {
        DataException e = catchThrowableOfType(DataException.class, () -> csv("ragged.csv", "a,b,c\n1,2,3\n4,5\n"));
        assertThat(e).hasMessage("ragged.csv line 3, column 3 (\"c\"): missing value; the row has 2 fields but the header has 3");
        assertThat(e.source()).isEqualTo("ragged.csv");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(3);
        assertThat(e.columnName()).isEqualTo("c");
    }

    @Test
    void longRowNamesTheExtraColumn() {
        assertThat(catchThrowableOfType(DataException.class, () -> csv("ragged.csv", "a,b\n1,2\n3,4,5\n")))
                .hasMessage("ragged.csv line 3, column 3: extra value; the row has 3 fields but the header has 2");
    }

    @Test
    void anUnquotedCommaInsideAValueShowsAsAnExtraField() {
        DataException e = catchThrowableOfType(DataException.class, () -> csv("people.csv", "name,age\nSmith, J,40\n"));
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage()).contains("extra value");
    }

    @Test
    void unclosedQuoteNamesTheLineItOpensOn() {
        DataException e = catchThrowableOfType(DataException.class, () -> csv("q.csv", "a,b\n1,2\n3,\"four\n5,6\n"));
        assertThat(e).hasMessage("q.csv line 3, column 2: a quoted field is not closed before the end of the file");
    }

    @Test
    void strayQuotesAreRefusedWithTheirPlace() {
        assertThat(catchThrowableOfType(DataException.class, () -> csv("q.csv", "a,b\n1,ab\"c\n")).getMessage())
                .startsWith("q.csv line 2, column 2: a quote inside an unquoted field");
        assertThat(catchThrowableOfType(DataException.class, () -> csv("q.csv", "a,b\n\"x\"y,2\n")).getMessage())
                .startsWith("q.csv line 2, column 1: unexpected 'y' after a closing quote");
    }

    @Test
    void readsAFileAndNamesItInErrors(@TempDir Path dir) throws Exception {
        Path ok = dir.resolve("ok.csv");
        Files.writeString(ok, "é,b\n1,2\n");
        assertThat(CsvReader.read(ok).header()).isEqualTo(List.of("é", "b"));
        Path missing = dir.resolve("missing.csv");
        assertThat(catchThrowableOfType(DataException.class, () -> CsvReader.read(missing)).getMessage())
                .startsWith(missing + ": cannot be read");
    }
}
