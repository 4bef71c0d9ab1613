package org.layerlab.app.about;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the credits of the shipped datasets from the table in {@code layerlab/datasets/SOURCES.md}, so
 * that the file beside the data stays the one place that says where it comes from.
 */
public final class DatasetCredits {
    public static final String RESOURCE = "layerlab/datasets/SOURCES.md";

    private DatasetCredits() {
    }

    public static List<DatasetCredit> fromClassPath() {
        try (InputStream in = DatasetCredits.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * The rows of the first Markdown table in {@code lines}, whose header must have the columns
     * {@code file}, {@code origin} and {@code licence} in any order.
     */
    public static List<DatasetCredit> parse(List<String> lines) {
        List<List<String>> rows = lines.stream().filter(l -> l.strip().startsWith("|")).map(DatasetCredits::cells)
                .toList();
        if (rows.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " has no table of datasets");
        }
        List<String> header = rows.get(0);
        int file = column(header, "file");
        int origin = column(header, "origin");
        int licence = column(header, "licence");
        List<DatasetCredit> credits = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (isSeparator(row)) {
                continue;
            }
            if (row.size() != header.size()) {
                throw new IllegalStateException(RESOURCE + ": row " + row + " has " + row.size()
                        + " cells, the header has " + header.size());
            }
            credits.add(new DatasetCredit(row.get(file), row.get(origin), row.get(licence)));
        }
        return List.copyOf(credits);
    }

    private static List<String> cells(String line) {
        String inner = line.strip();
        inner = inner.substring(1, inner.endsWith("|") && inner.length() > 1 ? inner.length() - 1 : inner.length());
        return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
    }

    private static int column(List<String> header, String name) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IllegalStateException(RESOURCE + ": the table has no \"" + name + "\" column");
        }
        return index;
    }

    private static boolean isSeparator(List<String> row) {
        return row.stream().allMatch(c -> c.matches(":?-+:?"));
    }
}
