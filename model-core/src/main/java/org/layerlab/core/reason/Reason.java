package org.layerlab.core.reason;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One line saying why, in any language: a key of the {@code Reasons} bundle and its arguments (layer names,
 * indices, shapes, dtypes), which are kept as the text Keras would print, so {@code ndim}, {@code (None, 64)}
 * and layer names read the same in every language. A reason without a key is a layer's own words, which
 * have no translation and read the same in every language.
 *
 * @param key the bundle key, or {@code null} for a layer's own words, then the only argument
 */
public record Reason(String key, List<String> args) {
    private static final TextBundle TEXTS = new TextBundle("org.layerlab.core.reason.Reasons");

    public Reason {
        args = List.copyOf(args);
        if (key == null && args.size() != 1) {
            throw new IllegalArgumentException("words without a key are one text, got " + args.size());
        }
    }

    /** The reason under {@code key}; each argument is shown as its {@code toString}, never as a formatted number. */
    public static Reason of(String key, Object... args) {
        Objects.requireNonNull(key, "key");
        return new Reason(key, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** Words with no translation, such as a plugin layer's own message. */
    public static Reason untranslated(String text) {
        return new Reason(null, List.of(Objects.requireNonNull(text, "text")));
    }

    public boolean translated() {
        return key != null;
    }

    /** The text in {@code locale}, English when the locale has no translation. */
    public String text(Locale locale) {
        if (key == null) {
            return args.get(0);
        }
        return TEXTS.format(locale, key, args.toArray());
    }

    /** The English text, as the command line, files and exceptions give it. */
    public String english() {
        return text(Locale.ROOT);
    }

    @Override
    public String toString() {
        return english();
    }
}
