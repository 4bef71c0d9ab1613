package org.layerlab.app.editor.draw;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

/** Draws with Java2D onto an image, for PNG files; works without a display. */
public final class Java2dDrawing implements Drawing {
    private final Graphics2D g;
    private final TextMeasure measure;

    public Java2dDrawing(Graphics2D g, TextMeasure measure) {
        this.g = g;
        this.measure = measure;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    /** The picture on a white image, {@code scale} pixels per picture unit. */
    public static BufferedImage of(ModelPicture picture, double scale) {
        BufferedImage image = new BufferedImage((int) Math.ceil(picture.width() * scale),
                (int) Math.ceil(picture.height() * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(scale, scale);
            picture.draw(new Java2dDrawing(g, picture.measure()));
        } finally {
            g.dispose();
        }
        return image;
    }

    @Override
    public void box(Box box, double radius, String fill, String stroke, double strokeWidth) {
        var shape = new RoundRectangle2D.Double(box.left(), box.top(), box.width(), box.height(), 2 * radius,
                2 * radius);
        paint(shape, fill, stroke, strokeWidth);
    }

    @Override
    public void curve(List<WireGeometry.Cubic> segments, String stroke, double width, boolean dashed) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(segments.get(0).start().x(), segments.get(0).start().y());
        for (WireGeometry.Cubic c : segments) {
            path.curveTo(c.control1().x(), c.control1().y(), c.control2().x(), c.control2().y(), c.end().x(),
                    c.end().y());
        }
        g.setColor(Color.decode(stroke));
        g.setStroke(dashed ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                new float[] {6, 4}, 0) : new BasicStroke((float) width));
        g.draw(path);
    }

    @Override
    public void circle(Point centre, double radius, String fill, String stroke, double strokeWidth) {
        paint(new Ellipse2D.Double(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius), fill,
                stroke, strokeWidth);
    }

    @Override
    public void text(String text, double x, double baseline, TextStyle style) {
        g.setFont(measure.font(style));
        g.setColor(Color.decode(style.colour()));
        g.drawString(text, (float) x, (float) baseline);
    }

    private void paint(java.awt.Shape shape, String fill, String stroke, double strokeWidth) {
        if (fill != null) {
            g.setColor(Color.decode(fill));
            g.fill(shape);
        }
        if (stroke != null) {
            g.setColor(Color.decode(stroke));
            g.setStroke(new BasicStroke((float) strokeWidth));
            g.draw(shape);
        }
    }
}
