package org.layerlab.core.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads comma-separated values as RFC 4180 describes them: fields may be quoted, a quoted field may
 * hold commas, line breaks and doubled quotes; lines end in LF or CRLF. The first record must be a
 * header of distinct, non-empty column names and every record must have as many fields as the
 * header. Blank lines are skipped. Values are kept exactly as written; errors name the file, line
 * and column.
 */
public final class CsvReader {
    private static final int BOM = '\uFEFF';

    private CsvReader() {
    }

    /** Reads a UTF-8 file; errors name the file as given. */
    public static CsvTable read(Path file) {
        String source = file.toString();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(source, in);
        } catch (IOException e) {
            throw DataException.in(source, "cannot be read: " + e.getMessage());
        }
    }

    /** Reads a table from a stream; {@code source} names it in errors. */
    public static CsvTable parse(String source, Reader reader) {
        List<CsvTable.Record> raw = new RecordScanner(source, reader).readAll();
        if (raw.isEmpty()) {
            throw DataException.in(source, "the file is empty; a header row with column names is required");
        }
        CsvTable.Record headerRecord = raw.get(0);
        List<String> header = headerRecord.values();
        checkHeader(source, headerRecord.line(), header);
        for (CsvTable.Record r : raw.subList(1, raw.size())) {
            checkWidth(source, r, header);
        }
        return new CsvTable(source, header, raw.subList(1, raw.size()));
    }

    static void checkHeader(String source, int line, List<String> header) {
        if (header.stream().allMatch(NumberText::isNumber)) {
            throw DataException.atLine(source, line, "the first row must be a header with column names, but it holds only numbers");
        }
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c);
            if (name.isBlank()) {
                throw DataException.atCell(source, line, c + 1, null, "the header has an empty column name");
            }
            if (!seen.add(name)) {
                throw DataException.atCell(source, line, c + 1, name, "the header names this column twice");
            }
        }
    }

    static void checkWidth(String source, CsvTable.Record r, List<String> header) {
        int n = r.values().size();
        if (n < header.size()) {
            throw DataException.atCell(source, r.line(), n + 1, header.get(n),
                    "missing value; the row has " + n + " fields but the header has " + header.size());
        }
        if (n > header.size()) {
            throw DataException.atCell(source, r.line(), header.size() + 1, null,
                    "extra value; the row has " + n + " fields but the header has " + header.size());
        }
    }

    /** Splits the character stream into records, following quotes across lines. */
    static final class RecordScanner {
        private final String source;
        private final BufferedReader in;
        private int line = 1;
        private int pushedBack = -2;
        private boolean atStart = true;

        RecordScanner(String source, Reader reader) {
            this.source = source;
            this.in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        }

        List<CsvTable.Record> readAll() {
            List<CsvTable.Record> records = new ArrayList<>();
            for (CsvTable.Record r = next(); r != null; r = next()) {
                records.add(r);
            }
            return records;
        }

        /** The next record, blank lines skipped, or {@code null} at the end. */
        CsvTable.Record next() {
            int c = nextChar();
            if (atStart) {
                atStart = false;
                if (c == BOM) {
                    c = nextChar();
                }
            }
            while (c != -1) {
                if (c == '\n') {
                    line++;
                    c = nextChar();
                    continue;
                }
                if (c == '\r') {
                    if (!peekIs('\n')) {
                        throw DataException.atLine(source, line, "a carriage return without a line feed");
                    }
                    line++;
                    c = nextChar();
                    continue;
                }
                pushBack(c);
                int start = line;
                return new CsvTable.Record(start, readRecord());
            }
            return null;
        }

        /** Reads fields up to and including the end of the record's last line. */
        private List<String> readRecord() {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            while (true) {
                int c = nextChar();
                if (c == '"' && field.isEmpty()) {
                    readQuoted(field, fields.size() + 1);
                    c = nextChar();
                    if (c != ',' && c != '\n' && c != '\r' && c != -1) {
                        throw DataException.atCell(source, line, fields.size() + 1, null,
                                "unexpected '" + (char) c + "' after a closing quote; a quoted field must end at a comma or line end");
                    }
                } else {
                    while (c != ',' && c != '\n' && c != '\r' && c != -1) {
                        if (c == '"') {
                            throw DataException.atCell(source, line, fields.size() + 1, null,
                                    "a quote inside an unquoted field; quote the whole field and double the inner quotes");
                        }
                        field.append((char) c);
                        c = nextChar();
                    }
                }
                fields.add(field.toString());
                field.setLength(0);
                if (c == ',') {
                    continue;
                }
                if (c == '\r' && !peekIs('\n')) {
                    throw DataException.atLine(source, line, "a carriage return without a line feed");
                }
                if (c != -1) {
                    line++;
                }
                return fields;
            }
        }

        private void readQuoted(StringBuilder field, int column) {
            int opened = line;
            while (true) {
                int c = nextChar();
                if (c == -1) {
                    throw DataException.atCell(source, opened, column, null, "a quoted field is not closed before the end of the file");
                }
                if (c == '"') {
                    if (!peekIs('"')) {
                        return;
                    }
                } else if (c == '\n') {
                    line++;
                }
                field.append((char) c);
            }
        }

        /** True, consuming it, when the next character is {@code expected}. */
        private boolean peekIs(char expected) {
            int c = nextChar();
            if (c == expected) {
                return true;
            }
            pushBack(c);
            return false;
        }

        private void pushBack(int c) {
            pushedBack = c;
        }

        private int nextChar() {
            if (pushedBack != -2) {
                int c = pushedBack;
                pushedBack = -2;
                return c;
            }
            try {
                return in.read();
            } catch (IOException e) {
                DataException unreadable = DataException.atLine(source, line, "cannot be read: " + e.getMessage());
                unreadable.initCause(e);
                throw unreadable;
            }
        }
    }
}
