package org.layerlab.app.editor.draw;

import java.util.List;
import java.util.Locale;

/** Draws into SVG text. Text keeps its font family and size, so a viewer lays it out as it was measured. */
public final class SvgDrawing implements Drawing {
    static final String SANS = "DejaVu Sans, Noto Sans CJK SC, sans-serif";
    static final String MONO = "DejaVu Sans Mono, Noto Sans Mono CJK SC, monospace";
    private final StringBuilder svg = new StringBuilder();

    public SvgDrawing(double width, double height) {
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(n(width))
                .append("\" height=\"").append(n(height)).append("\" viewBox=\"0 0 ").append(n(width)).append(' ')
                .append(n(height)).append("\">\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    }

    /** The picture of the model as an SVG document. */
    public static String of(ModelPicture picture) {
        SvgDrawing d = new SvgDrawing(picture.width(), picture.height());
        picture.draw(d);
        return d.document();
    }

    @Override
    public void box(Box box, double radius, String fill, String stroke, double strokeWidth) {
        svg.append("<rect x=\"").append(n(box.left())).append("\" y=\"").append(n(box.top()))
                .append("\" width=\"").append(n(box.width())).append("\" height=\"").append(n(box.height()))
                .append("\" rx=\"").append(n(radius)).append('"');
        paint(fill, stroke, strokeWidth);
        svg.append("/>\n");
    }

    @Override
    public void curve(List<WireGeometry.Cubic> segments, String stroke, double width, boolean dashed) {
        svg.append("<path d=\"M").append(n(segments.get(0).start().x())).append(' ')
                .append(n(segments.get(0).start().y()));
        for (WireGeometry.Cubic c : segments) {
            svg.append(" C").append(n(c.control1().x())).append(' ').append(n(c.control1().y())).append(' ')
                    .append(n(c.control2().x())).append(' ').append(n(c.control2().y())).append(' ')
                    .append(n(c.end().x())).append(' ').append(n(c.end().y()));
        }
        svg.append('"');
        paint(null, stroke, width);
        if (dashed) {
            svg.append(" stroke-dasharray=\"6 4\"");
        }
        svg.append("/>\n");
    }

    @Override
    public void circle(Point centre, double radius, String fill, String stroke, double strokeWidth) {
        svg.append("<circle cx=\"").append(n(centre.x())).append("\" cy=\"").append(n(centre.y()))
                .append("\" r=\"").append(n(radius)).append('"');
        paint(fill, stroke, strokeWidth);
        svg.append("/>\n");
    }

    @Override
    public void text(String text, double x, double baseline, TextStyle style) {
        svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(baseline))
                .append("\" font-family=\"").append(style.mono() ? MONO : SANS).append("\" font-size=\"")
                .append(n(style.size())).append("\" font-weight=\"").append(style.bold() ? "bold" : "normal")
                .append("\" fill=\"").append(style.colour()).append("\" stroke=\"none\">").append(escape(text)).append("</text>\n");
    }

    public String document() {
        return svg + "</svg>\n";
    }

    private void paint(String fill, String stroke, double strokeWidth) {
        svg.append(" fill=\"").append(fill == null ? "none" : fill).append('"');
        svg.append(" stroke=\"").append(stroke == null ? "none" : stroke).append('"');
        if (stroke != null) {
            svg.append(" stroke-width=\"").append(n(strokeWidth)).append('"');
        }
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.2f", value).replaceAll("\\.?0+$", "");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
