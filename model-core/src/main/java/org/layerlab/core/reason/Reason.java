package org.layerlab.core.reason;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One line saying why, in any language: a key of the {@code Reasons} bundle and its arguments (layer names,
 * indices, shapes, dtypes), which are kept as the text Keras would print, so {@code ndim}, {@code (None, 64)}
 * and layer names read the same in every language. An argument may be a reason itself (a layer's name
 * before why its parameter is wrong), said in the same language. A reason without a key is a layer's own
 * words, which have no translation and read the same in every language.
 *
 * @param key the bundle key, or {@code null} for a layer's own words, then the only argument
 * @param args each a {@link String} or a {@link Reason}
 */
public record Reason(String key, List<Object> args) {
    private static final TextBundle TEXTS = new TextBundle("org.layerlab.core.reason.Reasons");

    public Reason {
        args = List.copyOf(args);
        if (key == null && !(args.size() == 1 && args.get(0) instanceof String)) {
            throw new IllegalArgumentException("words without a key are one text, got " + args);
        }
        if (args.stream().anyMatch(a -> !(a instanceof String || a instanceof Reason))) {
            throw new IllegalArgumentException("a reason's arguments are texts or reasons, got " + args);
        }
    }

    /**
     * The reason under {@code key}; each argument but a reason is shown as its {@code toString}, never as a
     * formatted number.
     */
    public static Reason of(String key, Object... args) {
        Objects.requireNonNull(key, "key");
        return new Reason(key, Arrays.stream(args).map(a -> a instanceof Reason ? a : String.valueOf(a)).toList());
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
            return (String) args.get(0);
        }
        return TEXTS.format(locale, key, args.stream().map(a -> a instanceof Reason r ? r.text(locale) : a).toArray());
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
