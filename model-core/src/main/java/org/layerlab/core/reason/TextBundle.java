package org.layerlab.core.reason;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A properties bundle of {@link MessageFormat} patterns, English in the base file and a translation per
 * language beside it, read without falling back to the machine's language, so English is English on a
 * Chinese system.
 */
public final class TextBundle {
    private final String baseName;

    public TextBundle(String baseName) {
        this.baseName = baseName;
    }

    /** The text under {@code key} in {@code locale}, English when the locale has no translation. */
    public String format(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(baseName, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text \"" + key + "\" in " + baseName, e);
        }
        return new MessageFormat(pattern, locale).format(args);
    }
}
