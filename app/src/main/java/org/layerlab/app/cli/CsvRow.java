package org.layerlab.app.cli;

import java.util.List;
import java.util.stream.Collectors;

/** One CSV line (RFC 4180): a value with a comma, quote or line break is quoted, its quotes doubled. */
final class CsvRow {
    private CsvRow() {
    }

    static String of(List<String> values) {
        return values.stream().map(CsvRow::cell).collect(Collectors.joining(",")) + "\n";
    }

    private static String cell(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
