package org.layerlab.app.cli;

import java.util.List;
import java.util.Optional;
import org.layerlab.app.i18n.Messages;
import org.layerlab.core.data.FeatureColumn;
import org.layerlab.core.data.Preprocessing;
import org.layerlab.core.data.Target;

/**
 * The first way new training data is encoded differently from the data a project was trained on: its
 * feature columns in order, each column's kind and categories, the target and its classes. The
 * standardisation is left out, since training goes on with the project's.
 */
final class EncodingDifference {
    private EncodingDifference() {
    }

    /** @return the difference in words, empty when the data fits the project's preprocessing */
    static Optional<String> first(Preprocessing project, Preprocessing data, Messages messages) {
        List<FeatureColumn> trained = project.columns();
        List<FeatureColumn> given = data.columns();
        for (int i = 0; i < Math.max(trained.size(), given.size()); i++) {
            if (i >= given.size()) {
                return Optional.of(messages.text("train.diff.missingColumn", trained.get(i).name()));
            }
            if (i >= trained.size()) {
                return Optional.of(messages.text("train.diff.extraColumn", given.get(i).name()));
            }
            Optional<String> column = column(trained.get(i), given.get(i), i + 1, messages);
            if (column.isPresent()) {
                return column;
            }
        }
        return target(project.target(), data.target(), messages);
    }

    private static Optional<String> column(FeatureColumn trained, FeatureColumn given, int position,
            Messages messages) {
        if (!trained.name().equals(given.name())) {
            return Optional.of(messages.text("train.diff.columnName", Integer.toString(position), given.name(),
                    trained.name()));
        }
        if (trained instanceof FeatureColumn.Categorical t && given instanceof FeatureColumn.Categorical g) {
            return t.categories().equals(g.categories()) ? Optional.empty()
                    : Optional.of(messages.text("train.diff.categories", t.name(), String.join(", ", g.categories()),
                            String.join(", ", t.categories())));
        }
        if (trained.getClass() == given.getClass()) {
            return Optional.empty();
        }
        String change = trained instanceof FeatureColumn.Numeric ? "train.diff.nowText" : "train.diff.nowNumbers";
        return Optional.of(messages.text(change, trained.name()));
    }

    private static Optional<String> target(Target trained, Target given, Messages messages) {
        if (!trained.name().equals(given.name())) {
            return Optional.of(messages.text("train.diff.target", given.name(), trained.name()));
        }
        if (trained.kind() != given.kind()) {
            return Optional.of(messages.text("train.diff.targetKind", given.name(), given.kind().id(),
                    trained.kind().id()));
        }
        if (!trained.classNames().equals(given.classNames())) {
            return Optional.of(messages.text("train.diff.classes", given.name(), String.join(", ", given.classNames()),
                    String.join(", ", trained.classNames())));
        }
        return Optional.empty();
    }
}
