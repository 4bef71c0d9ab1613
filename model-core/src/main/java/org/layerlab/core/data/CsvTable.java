package org.layerlab.core.data;

import java.util.List;
import java.util.Objects;

/**
 * A CSV file as read: its name, the header's column names and the data records as strings, each
 * with the line it starts on so that later errors can point at it.
 */
public record CsvTable(String source, List<String> header, List<Record> records) {
    public CsvTable {
        Objects.requireNonNull(source, "source");
        header = List.copyOf(header);
        records = List.copyOf(records);
    }

    /** One data record: the 1-based line it starts on and one value per header column. */
    public record Record(int line, List<String> values) {
        public Record {
            values = List.copyOf(values);
        }

        public String value(int column) {
            return values.get(column);
        }
    }

    /** The 0-based position of a header column, or -1. */
    public int columnIndex(String name) {
        return header.indexOf(name);
    }

    /** Number of data records. */
    public int size() {
        return records.size();
    }
}
