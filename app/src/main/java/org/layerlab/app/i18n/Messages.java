package org.layerlab.app.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * User-visible text in the user's language. A text with arguments is a {@link MessageFormat} pattern
 * (so a literal apostrophe is written {@code ''} there); a text without arguments is used as written.
 */
public final class Messages {
    /** The window's text: menus, palette, dialogs, status bar. */
    public static final String UI_BUNDLE = "org.layerlab.app.i18n.messages";
    /** The command line's help and error text, read by picocli too. */
    public static final String CLI_BUNDLE = "org.layerlab.app.i18n.cli";

    private volatile ResourceBundle bundle;

    public Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /**
     * From now on the texts are in {@code locale}'s language (English for a language without a bundle),
     * for a language switched while the window is open: what is shown must be built again to follow.
     */
    public void switchTo(Locale locale) {
        // Without the fallback to the machine's locale, so English is English on a Chinese system.
        bundle = ResourceBundle.getBundle(bundle.getBaseBundleName(), locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    }

    /** The bundle for the default locale, which Java takes from {@code LANG}. */
    public static Messages load(String bundleName) {
        return new Messages(ResourceBundle.getBundle(bundleName));
    }

    /** The bundle in the given locale, falling back as Java's resource bundles do. */
    public static Messages load(String bundleName, Locale locale) {
        return new Messages(ResourceBundle.getBundle(bundleName, locale));
    }

    /** The language the texts are in; the root locale for the English default. */
    public Locale locale() {
        return bundle.getLocale();
    }

    public String text(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }
}
