package org.layerlab.core.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * How one raw CSV column becomes model features: a number as is, or a category one-hot encoded
 * over a fixed category list. Values are compared after stripping surrounding spaces.
 */
public sealed interface FeatureColumn {
    /** The CSV header name. */
    String name();

    /** Number of features this column becomes. */
    int width();

    /** The names of the features this column becomes. */
    List<String> featureNames();

    /**
     * Writes the encoding of {@code raw} into {@code out} at {@code offset}.
     *
     * @param column the 1-based CSV column for error messages, or 0 when unknown
     * @throws DataException for a missing, unparseable or unknown value
     */
    void encode(String raw, double[] out, int offset, String source, int line, int column);

    /** A numeric column: one feature, the number itself. */
    record Numeric(String name) implements FeatureColumn {
        public Numeric {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public int width() {
            return 1;
        }

        @Override
        public List<String> featureNames() {
            return List.of(name);
        }

        @Override
        public void encode(String raw, double[] out, int offset, String source, int line, int column) {
            if (raw == null || raw.isBlank()) {
                throw DataException.atCell(source, line, column, name, "missing value; this column needs a number");
            }
            if (!NumberText.isNumber(raw)) {
                throw DataException.atCell(source, line, column, name, "\"" + raw + "\" is not a number");
            }
            out[offset] = NumberText.parse(raw);
        }
    }

    /**
     * A categorical column: one 0/1 feature per category, named {@code column=category}, in the
     * order of {@code categories}.
     */
    record Categorical(String name, List<String> categories) implements FeatureColumn {
        public Categorical {
            Objects.requireNonNull(name, "name");
            categories = List.copyOf(categories);
            if (categories.isEmpty()) {
                throw new IllegalArgumentException("categorical column " + name + " has no categories");
            }
            if (new HashSet<>(categories).size() != categories.size()) {
                throw new IllegalArgumentException("categorical column " + name + " repeats a category: " + categories);
            }
        }

        @Override
        public int width() {
            return categories.size();
        }

        @Override
        public List<String> featureNames() {
            List<String> names = new ArrayList<>(categories.size());
            for (String c : categories) {
                names.add(name + "=" + c);
            }
            return names;
        }

        @Override
        public void encode(String raw, double[] out, int offset, String source, int line, int column) {
            if (raw == null || raw.isBlank()) {
                throw DataException.atCell(source, line, column, name, "missing value; this column needs one of "
                        + String.join(", ", categories));
            }
            int index = categories.indexOf(raw.strip());
            if (index < 0) {
                throw DataException.atCell(source, line, column, name, "unknown category \"" + raw.strip()
                        + "\"; known: " + String.join(", ", categories));
            }
            for (int i = 0; i < categories.size(); i++) {
                out[offset + i] = i == index ? 1 : 0;
            }
        }
    }
}
