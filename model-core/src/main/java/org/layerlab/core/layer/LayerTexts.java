package org.layerlab.core.layer;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A layer type's texts, read from the resource bundle named after its layer class and loaded by that
 * class's loader, so a plugin jar ships its own ({@code Dense.properties}, {@code Dense_zh_CN.properties}
 * beside {@code Dense.class}). Keys: {@code description} and {@code param.<name>}. The parameters every
 * layer has are described once, beside {@link Layer}. A locale without texts falls back to English
 * (the bundle without a suffix), never to the machine's default locale.
 */
final class LayerTexts {
    private static final ResourceBundle.Control ENGLISH_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Class<?> layerClass;

    LayerTexts(Class<?> layerClass) {
        this.layerClass = layerClass;
    }

    String description(Locale locale) {
        return text(layerClass, "description", locale);
    }

    String paramHelp(String param, Locale locale) {
        String own = text(layerClass, "param." + param, locale);
        return own.isEmpty() ? text(Layer.class, "param." + param, locale) : own;
    }

    /** The text, or empty when the bundle or the key is missing (the layer test kit reports those). */
    private static String text(Class<?> owner, String key, Locale locale) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(owner.getName(), locale, owner.getClassLoader(),
                    ENGLISH_FALLBACK);
            return bundle.containsKey(key) ? bundle.getString(key) : "";
        } catch (MissingResourceException e) {
            return "";
        }
    }
}
