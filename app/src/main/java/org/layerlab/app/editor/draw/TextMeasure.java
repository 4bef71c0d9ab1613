package org.layerlab.app.editor.draw;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.util.HashMap;
import java.util.Map;

/**
 * Measures text with Java2D's logical fonts (SansSerif and Monospaced, which are DejaVu Sans and DejaVu
 * Sans Mono on Linux, with Noto CJK for Chinese): the same fonts the PNG is drawn with and the SVG names
 * first, so that the boxes the layout keeps apart are the boxes a viewer shows. Needs no display.
 */
public final class TextMeasure {
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private final Map<TextStyle, Font> fonts = new HashMap<>();

    public Font font(TextStyle style) {
        return fonts.computeIfAbsent(new TextStyle(style.size(), style.bold(), style.mono(), ""),
                s -> new Font(s.mono() ? Font.MONOSPACED : Font.SANS_SERIF, s.bold() ? Font.BOLD : Font.PLAIN, 1)
                        .deriveFont((float) s.size()));
    }

    public double width(String text, TextStyle style) {
        return font(style).getStringBounds(text, CONTEXT).getWidth();
    }

    public double ascent(TextStyle style) {
        return metrics(style).getAscent();
    }

    public double descent(TextStyle style) {
        return metrics(style).getDescent();
    }

    /** The box a line of text covers, its baseline's left end at {@code (x, baseline)}. */
    public Box box(String text, double x, double baseline, TextStyle style) {
        return new Box(x, baseline - ascent(style), x + width(text, style), baseline + descent(style));
    }

    /** The text, cut short with an ellipsis when it is wider than {@code maxWidth}. */
    public String fit(String text, double maxWidth, TextStyle style) {
        if (width(text, style) <= maxWidth) {
            return text;
        }
        int end = text.length();
        while (end > 1 && width(text.substring(0, end) + "…", style) > maxWidth) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    private LineMetrics metrics(TextStyle style) {
        return font(style).getLineMetrics("Hg", CONTEXT);
    }
}
