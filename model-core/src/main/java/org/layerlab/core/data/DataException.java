package org.layerlab.core.data;

/**
 * Data that cannot be read or used: a malformed CSV file, a missing or unparseable value, an
 * unknown category. The message is one line that names the file, line and column when known, so
 * that the app can show it as is and the command line can print it.
 */
public class DataException extends RuntimeException {
    private final String source;
    private final int line;
    private final int column;
    private final String columnName;

    private DataException(String source, int line, int column, String columnName, String detail) {
        super(format(source, line, column, columnName, detail));
        this.source = source;
        this.line = line;
        this.column = column;
        this.columnName = columnName;
    }

    /** A problem with the whole source (for example an empty file). */
    public static DataException in(String source, String detail) {
        return new DataException(source, 0, 0, null, detail);
    }

    /** A problem with one line of the source. */
    public static DataException atLine(String source, int line, String detail) {
        return new DataException(source, line, 0, null, detail);
    }

    /**
     * A problem with one value.
     *
     * @param column 1-based column number, or 0 when only the name is known
     * @param columnName the header name, or {@code null} when the column has none
     */
    public static DataException atCell(String source, int line, int column, String columnName, String detail) {
        return new DataException(source, line, column, columnName, detail);
    }

    private static String format(String source, int line, int column, String columnName, String detail) {
        StringBuilder sb = new StringBuilder(source == null ? "data" : source);
        if (line > 0) {
            sb.append(" line ").append(line);
        }
        if (column > 0 || columnName != null) {
            sb.append(line > 0 ? ", column" : " column");
            if (column > 0) {
                sb.append(' ').append(column);
            }
            if (columnName != null) {
                sb.append(column > 0 ? " (\"" : " \"").append(columnName).append(column > 0 ? "\")" : "\"");
            }
        }
        return sb.append(": ").append(detail).toString();
    }

    /** The file or resource name, or {@code null}. */
    public String source() {
        return source;
    }

    /** The 1-based line, or 0 when the problem is not on one line. */
    public int line() {
        return line;
    }

    /** The 1-based column, or 0 when unknown. */
    public int column() {
        return column;
    }

    /** The column's header name, or {@code null}. */
    public String columnName() {
        return columnName;
    }
}
