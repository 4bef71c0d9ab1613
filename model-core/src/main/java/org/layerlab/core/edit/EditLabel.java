package org.layerlab.core.edit;

import java.util.List;
import java.util.Locale;
import org.layerlab.core.reason.TextBundle;

/**
 * The name of an edit, for the Undo and Redo menu items: a key of the {@code EditLabels} bundle (English
 * and Simplified Chinese) and its arguments, usually layer names.
 */
public record EditLabel(String key, List<Object> args) {
    private static final TextBundle TEXTS = new TextBundle("org.layerlab.core.edit.EditLabels");

    public EditLabel {
        args = List.copyOf(args);
    }

    public static EditLabel of(String key, Object... args) {
        return new EditLabel(key, List.of(args));
    }

    /** The label for one node by name, or for several by count: {@code key.one} or {@code key.many}. */
    static EditLabel forNodes(String key, List<String> names) {
        return names.size() == 1 ? of(key + ".one", names.get(0)) : of(key + ".many", (long) names.size());
    }

    /** The text in {@code locale} ("Move dense_2"), English when the locale has no translation. */
    public String text(Locale locale) {
        return TEXTS.format(locale, key, args.toArray());
    }

    @Override
    public String toString() {
        return text(Locale.ROOT);
    }
}
