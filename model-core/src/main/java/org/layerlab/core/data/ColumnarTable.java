package org.layerlab.core.data;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A CSV table held by columns of float32 numbers, read as a stream: memory grows with the number of
 * values (4 to 8 bytes each), never with a string object per cell, so a table of millions of values
 * trains in a few times its file size. Errors name the file, line and column as {@link CsvReader}'s do.
 */
public final class ColumnarTable {
    private final String source;
    private final List<String> header;
    private final TableColumn[] columns;
    private final int[] lines;
    private final int rows;

    private ColumnarTable(String source, List<String> header, TableColumn[] columns, int[] lines, int rows) {
        this.source = source;
        this.header = List.copyOf(header);
        this.columns = columns;
        this.lines = lines;
        this.rows = rows;
    }

    /** Reads a table from a stream; {@code source} names it in errors. */
    public static ColumnarTable read(String source, Reader reader) {
        Objects.requireNonNull(source, "source");
        CsvReader.RecordScanner scanner = new CsvReader.RecordScanner(source, reader);
        CsvTable.Record headerRecord = scanner.next();
        if (headerRecord == null) {
            throw DataException.in(source, "the file is empty; a header row with column names is required");
        }
        List<String> header = headerRecord.values();
        CsvReader.checkHeader(source, headerRecord.line(), header);
        TableColumn[] columns = new TableColumn[header.size()];
        Arrays.setAll(columns, c -> new TableColumn());
        int[] lines = new int[1024];
        int rows = 0;
        for (CsvTable.Record r = scanner.next(); r != null; r = scanner.next()) {
            CsvReader.checkWidth(source, r, header);
            if (rows == lines.length) {
                lines = Arrays.copyOf(lines, rows * 2);
            }
            lines[rows++] = r.line();
            for (int c = 0; c < columns.length; c++) {
                columns[c].add(r.value(c));
            }
        }
        for (TableColumn c : columns) {
            c.trim();
        }
        return new ColumnarTable(source, header, columns, Arrays.copyOf(lines, rows), rows);
    }

    public String source() {
        return source;
    }

    public List<String> header() {
        return header;
    }

    /** Number of data rows. */
    public int size() {
        return rows;
    }

    /** The 0-based position of a header column, or -1. */
    public int columnIndex(String name) {
        return header.indexOf(name);
    }

    /** The 1-based line a data row starts on. */
    int line(int row) {
        return lines[row];
    }

    TableColumn column(int index) {
        return columns[index];
    }

    /** The names of the columns, for messages. */
    List<String> names() {
        return new ArrayList<>(header);
    }
}
