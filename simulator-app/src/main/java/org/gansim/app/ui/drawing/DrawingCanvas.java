package org.gansim.app.ui.drawing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Cursor;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.RenderingHints;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import org.gansim.api.PlotBounds;

/**
 * The canvas of the drawing dialog: data space with a grid and axes, the points drawn so far in the
 * colour of their class, and the mouse to add more. A click adds one point; a drag draws a stroke,
 * sampled into points every {@link StrokeSampler#spacingFor spacing} along the way. The pointer's
 * data coordinates are shown in the corner, so a teacher can place points exactly.
 *
 * <p>Swing thread only.
 */
public final class DrawingCanvas extends JComponent {

    /** Unlabelled points: the colour of real data in the data-space view. */
    static final Color UNLABELLED = new Color(31, 119, 180);
    /** One colour per class (the Tableau 10 palette, readable on a projector). */
    static final Color[] CLASS_COLOURS = {
        new Color(31, 119, 180), new Color(255, 127, 14), new Color(44, 160, 44), new Color(214, 39, 40),
        new Color(148, 103, 189), new Color(140, 86, 75), new Color(227, 119, 194), new Color(127, 127, 127),
        new Color(188, 189, 34), new Color(23, 190, 207)};

    private static final Color BACKGROUND = Color.WHITE;
    private static final Color GRID = new Color(0xE6E6E6);
    private static final Color ZERO = new Color(0xC4C4C4);
    private static final Color AXIS = new Color(0x606060);
    private static final int LEFT = 52;
    private static final int TOP = 26;
    private static final int RIGHT = 18;
    private static final int BOTTOM = 30;
    private static final double DOT = 7;

    private final DrawingModel model;
    private final PlotBounds least;
    private final double spacing;
    /** The stroke being dragged, in data coordinates; null between strokes. */
    private List<Point2D> path;
    private Point pointer;

    /**
     * @param model what is drawn
     * @param least the part of data space to show at least
     */
    public DrawingCanvas(DrawingModel model, PlotBounds least) {
        this.model = model;
        this.least = least;
        this.spacing = StrokeSampler.spacingFor(least);
        setName("drawingCanvas");
        setOpaque(true);
        setFocusable(true);
        setPreferredSize(new Dimension(620, 540));
        setMinimumSize(new Dimension(240, 200));
        setCursor(Cursor.getPredefinedCursor(Cursor.CROSSHAIR_CURSOR));
        model.onChange(this::repaint);
        MouseAdapter mouse = new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                requestFocusInWindow();
                PlotMapping mapping = mapping();
                if (isEnabled() && SwingUtilities.isLeftMouseButton(e) && mapping.contains(e.getX(), e.getY())) {
                    path = new ArrayList<>();
                    path.add(mapping.toData(e.getX(), e.getY()));
                    repaint();
                }
            }

            @Override
            public void mouseDragged(MouseEvent e) {
                pointer = e.getPoint();
                if (path != null) {
                    PlotMapping mapping = mapping();
                    Point2D pixel = mapping.clamp(e.getX(), e.getY());
                    path.add(mapping.toData(pixel.getX(), pixel.getY()));
                }
                repaint();
            }

            @Override
            public void mouseReleased(MouseEvent e) {
                if (path != null && SwingUtilities.isLeftMouseButton(e)) {
                    List<Point2D> finished = path;
                    path = null;
                    model.add(StrokeSampler.sample(finished, spacing));
                }
            }

            @Override
            public void mouseMoved(MouseEvent e) {
                pointer = e.getPoint();
                repaint();
            }

            @Override
            public void mouseExited(MouseEvent e) {
                pointer = null;
                repaint();
            }
        };
        addMouseListener(mouse);
        addMouseMotionListener(mouse);
    }

    /** The mapping between this canvas's pixels and data space at its present size. */
    public PlotMapping mapping() {
        return PlotMapping.fit(new Rectangle2D.Double(LEFT, TOP, Math.max(1, getWidth() - LEFT - RIGHT),
                Math.max(1, getHeight() - TOP - BOTTOM)), least);
    }

    /** Where the pointer was last seen over the canvas, or null when it is elsewhere. */
    public Point pointer() {
        return pointer == null ? null : new Point(pointer);
    }

    /** The distance between two points of a stroke, in data units. */
    public double spacing() {
        return spacing;
    }

    /** The colour points of class {@code label} are drawn in. */
    static Color colour(int label) {
        return CLASS_COLOURS[label % CLASS_COLOURS.length];
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, getWidth(), getHeight());
            g.setFont(getFont() != null ? getFont().deriveFont(11f) : new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            PlotMapping mapping = mapping();
            drawAxes(g, mapping);
            Rectangle2D area = mapping.area();
            g.clip(new Rectangle2D.Double(area.getX() - DOT, area.getY() - DOT, area.getWidth() + 2 * DOT,
                    area.getHeight() + 2 * DOT));
            for (Stroke stroke : model.strokes()) {
                drawPoints(g, mapping, stroke.points(), model.labelled() ? colour(stroke.label()) : UNLABELLED);
            }
            if (path != null) {
                drawPath(g, mapping);
            }
            g.setClip(null);
            if (model.strokes().isEmpty() && path == null) {
                drawHint(g, area);
            }
            drawPointer(g, mapping);
        } finally {
            g.dispose();
        }
    }

    private void drawAxes(Graphics2D g, PlotMapping mapping) {
        FontMetrics fm = g.getFontMetrics();
        Rectangle2D area = mapping.area();
        PlotBounds shown = mapping.shown();
        double step = mapping.tickSpacing();
        List<Double> xs = PlotMapping.ticks(shown.minX(), shown.maxX(), step);
        List<Double> ys = PlotMapping.ticks(shown.minY(), shown.maxY(), step);
        for (double x : xs) {
            int px = (int) Math.round(mapping.toPixel(x, 0).getX());
            g.setColor(x == 0 ? ZERO : GRID);
            g.drawLine(px, (int) area.getMinY(), px, (int) area.getMaxY());
            String label = PlotMapping.label(x, step);
            g.setColor(AXIS);
            g.drawString(label, px - fm.stringWidth(label) / 2, (int) area.getMaxY() + fm.getAscent() + 4);
        }
        for (double y : ys) {
            int py = (int) Math.round(mapping.toPixel(0, y).getY());
            g.setColor(y == 0 ? ZERO : GRID);
            g.drawLine((int) area.getMinX(), py, (int) area.getMaxX(), py);
            String label = PlotMapping.label(y, step);
            g.setColor(AXIS);
            g.drawString(label, (int) area.getMinX() - fm.stringWidth(label) - 5, py + fm.getAscent() / 2 - 1);
        }
        g.setColor(AXIS);
        g.draw(area);
    }

    private static void drawPoints(Graphics2D g, PlotMapping mapping, double[] xy, Color colour) {
        g.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 210));
        for (int i = 0; i < xy.length; i += 2) {
            Point2D p = mapping.toPixel(xy[i], xy[i + 1]);
            g.fill(new Ellipse2D.Double(p.getX() - DOT / 2, p.getY() - DOT / 2, DOT, DOT));
        }
    }

    /** The stroke being dragged: the pointer's trail, and the points it will become. */
    private void drawPath(Graphics2D g, PlotMapping mapping) {
        Color colour = model.labelled() ? colour(model.currentClass()) : UNLABELLED;
        Path2D trail = new Path2D.Double();
        for (int i = 0; i < path.size(); i++) {
            Point2D p = mapping.toPixel(path.get(i).getX(), path.get(i).getY());
            if (i == 0) {
                trail.moveTo(p.getX(), p.getY());
            } else {
                trail.lineTo(p.getX(), p.getY());
            }
        }
        g.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 90));
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(trail);
        drawPoints(g, mapping, StrokeSampler.sample(path, spacing), colour);
    }

    private void drawHint(Graphics2D g, Rectangle2D area) {
        String hint = "Click to add points, drag to draw strokes";
        FontMetrics fm = g.getFontMetrics();
        g.setColor(AXIS);
        g.drawString(hint, (int) (area.getCenterX() - fm.stringWidth(hint) / 2.0), (int) area.getMinY() + 2 * fm.getHeight());
    }

    /** The pointer's data coordinates, above the plot's top right corner. */
    private void drawPointer(Graphics2D g, PlotMapping mapping) {
        if (pointer == null || !mapping.contains(pointer.x, pointer.y)) {
            return;
        }
        Point2D at = mapping.toData(pointer.x, pointer.y);
        String text = String.format(Locale.ROOT, "x %.2f   y %.2f", at.getX(), at.getY());
        FontMetrics fm = g.getFontMetrics();
        g.setColor(AXIS);
        g.drawString(text, (int) mapping.area().getMaxX() - fm.stringWidth(text), TOP - fm.getDescent() - 4);
    }
}
