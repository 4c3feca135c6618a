package org.gansim.views;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import javax.swing.JComponent;
import org.gansim.api.PlotBounds;
import org.gansim.api.Batch;
import org.gansim.api.Snapshot;
import org.gansim.api.ViewContext;

/**
 * Paints real and generated samples in data space: a scatter for 2-D data (equal scale, so a ring
 * stays round), and for 1-D data the two densities as histograms with the discriminator's D(x) as a
 * curve on a 0-to-1 scale.
 *
 * <p>Swing thread only. The 1-D densities and D(x) are computed once per snapshot.
 */
final class DataSpaceCanvas extends JComponent {

    static final Color REAL = new Color(31, 119, 180);
    static final Color GENERATED = new Color(255, 127, 14);
    static final Color DISCRIMINATOR = new Color(44, 160, 44);
    static final Color BACKGROUND = Color.WHITE;
    /** The target's exact density. */
    static final Color EXACT = new Color(0x0B, 0x3C, 0x6E);
    /** The optimal discriminator D*, dashed beside the learned D. */
    static final Color OPTIMAL = new Color(0x00, 0x5A, 0x32);

    private static final int BINS = 60;
    private static final int CURVE_POINTS = 200;

    private final ViewContext context;
    private Snapshot snapshot;
    private Snapshot densitiesOf;
    private double[] realDensity;
    private double[] generatedDensity;
    private double[] discriminatorCurve;
    private double[] exactCurve;
    private double[] kdeCurve;
    private double[] optimalCurve;

    DataSpaceCanvas(ViewContext context) {
        this.context = context;
        setName("dataSpaceCanvas");
        setOpaque(true);
        setPreferredSize(new Dimension(420, 420));
        setMinimumSize(new Dimension(160, 160));
        setToolTipText(DataSpaceVisualization.EXPLANATION);
        ViewExport.installMenu(this);
    }

    void show(Snapshot newSnapshot) {
        this.snapshot = newSnapshot;
        repaint();
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
            FontMetrics fm = g.getFontMetrics();
            Rectangle available = new Rectangle(48, 30, Math.max(10, getWidth() - 48 - 40),
                    Math.max(10, getHeight() - 30 - fm.getHeight() - 12));
            drawTitle(g, fm);
            if (context.dataDim() == 2) {
                paint2d(g, available);
            } else {
                paint1d(g, available);
            }
        } finally {
            g.dispose();
        }
    }

    private void drawTitle(Graphics2D g, FontMetrics fm) {
        g.setColor(PlotFrame.AXIS);
        String title = "Data space" + (snapshot == null ? "" : ", step " + snapshot.step());
        g.drawString(title, 48, 18);
        int x = getWidth() - 12;
        String generated = "generated";
        String real = "real";
        x -= fm.stringWidth(generated);
        g.drawString(generated, x, 18);
        x -= 14;
        dot(g, GENERATED, x + 4, 14);
        x -= fm.stringWidth(real) + 16;
        g.setColor(PlotFrame.AXIS);
        g.drawString(real, x, 18);
        dot(g, REAL, x - 10, 14);
    }

    private static void dot(Graphics2D g, Color colour, int cx, int cy) {
        g.setColor(colour);
        g.fill(new Ellipse2D.Double(cx - 4, cy - 4, 8, 8));
    }

    private void paint2d(Graphics2D g, Rectangle available) {
        PlotFrame frame = PlotFrame.fit(available, context.bounds(), true);
        g.setColor(BACKGROUND);
        g.fill(frame.area());
        frame.drawAxes(g);
        if (snapshot == null) {
            return;
        }
        Shape clip = g.getClip();
        g.clip(frame.area());
        double size = Math.max(2.5, Math.min(5, frame.area().width / 110.0));
        drawPoints(g, frame, snapshot.real(), new Color(REAL.getRed(), REAL.getGreen(), REAL.getBlue(), 110), size);
        drawPoints(g, frame, snapshot.generated(),
                new Color(GENERATED.getRed(), GENERATED.getGreen(), GENERATED.getBlue(), 170), size);
        g.setClip(clip);
    }

    private static void drawPoints(Graphics2D g, PlotFrame frame, Batch batch, Color colour, double size) {
        g.setColor(colour);
        Ellipse2D.Double dot = new Ellipse2D.Double();
        double[] points = batch.points();
        for (int i = 0; i + 1 < points.length; i += 2) {
            dot.setFrame(frame.px(points[i]) - size / 2, frame.py(points[i + 1]) - size / 2, size, size);
            g.fill(dot);
        }
    }

    private void paint1d(Graphics2D g, Rectangle available) {
        PlotBounds bounds = context.bounds();
        if (snapshot != null && snapshot != densitiesOf) {
            computeDensities(bounds);
        }
        double top = bounds.maxY();
        if (realDensity != null) {
            for (double d : realDensity) {
                top = Math.max(top, d * 1.15);
            }
            for (double d : exactCurve == null ? new double[0] : exactCurve) {
                top = Math.max(top, d * 1.15);
            }
        }
        PlotFrame frame = PlotFrame.fit(available,
                new PlotBounds(bounds.minX(), bounds.maxX(), Math.min(0, bounds.minY()), top), false);
        g.setColor(BACKGROUND);
        g.fill(frame.area());
        frame.drawAxes(g);
        if (snapshot == null) {
            return;
        }
        Shape clip = g.getClip();
        g.clip(frame.area());
        drawHistogram(g, frame, bounds, realDensity, REAL);
        drawHistogram(g, frame, bounds, generatedDensity, GENERATED);
        drawDensityCurve(g, frame, bounds, kdeCurve, GENERATED.darker(), new BasicStroke(2f));
        drawDensityCurve(g, frame, bounds, exactCurve, EXACT, new BasicStroke(2f));
        if (optimalCurve != null) {
            Rectangle a = frame.area();
            g.setColor(OPTIMAL);
            g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {7, 5}, 0));
            g.draw(unitCurve(a, optimalCurve));
        }
        if (discriminatorCurve != null) {
            Rectangle a = frame.area();
            Path2D.Double curve = new Path2D.Double();
            for (int i = 0; i < CURVE_POINTS; i++) {
                double x = a.x + a.width * i / (CURVE_POINTS - 1.0);
                double y = a.y + a.height * (1 - discriminatorCurve[i]);
                if (i == 0) {
                    curve.moveTo(x, y);
                } else {
                    curve.lineTo(x, y);
                }
            }
            g.setColor(DISCRIMINATOR);
            g.setStroke(new BasicStroke(2f));
            g.draw(curve);
            g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {4, 4}, 0));
            g.drawLine(a.x, a.y + a.height / 2, a.x + a.width, a.y + a.height / 2);
        }
        g.setClip(clip);
        if (discriminatorCurve != null) {
            Rectangle a = frame.area();
            g.setColor(DISCRIMINATOR);
            g.drawString("D(x)", a.x + a.width + 4, a.y + a.height / 4 + 4);
            g.drawString("1", a.x + a.width + 4, a.y + 4);
            g.drawString("\u00bd", a.x + a.width + 4, a.y + a.height / 2 + 4);
            g.drawString("0", a.x + a.width + 4, a.y + a.height);
        }
        drawCurveLegend(g, frame.area());
    }

    /** Names the curves in the plot's top-left corner. */
    private void drawCurveLegend(Graphics2D g, Rectangle a) {
        FontMetrics fm = g.getFontMetrics();
        int y = a.y + fm.getAscent() + 4;
        String[][] rows = {
            {exactCurve != null ? "exact p_data(x)" : null, "e"},
            {kdeCurve != null ? "KDE of generated" : null, "k"},
            {discriminatorCurve != null ? "learned D(x)" : null, "d"},
            {optimalCurve != null ? "optimal D*(x) = p_data / (p_data + p_g)" : null, "o"}};
        for (String[] row : rows) {
            if (row[0] == null) {
                continue;
            }
            Color c = switch (row[1]) {
                case "e" -> EXACT;
                case "k" -> GENERATED.darker();
                case "d" -> DISCRIMINATOR;
                default -> OPTIMAL;
            };
            g.setColor(c);
            g.setStroke(row[1].equals("o")
                    ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {4, 3}, 0)
                    : new BasicStroke(2f));
            g.drawLine(a.x + 6, y - fm.getAscent() / 2 + 1, a.x + 24, y - fm.getAscent() / 2 + 1);
            g.drawString(row[0], a.x + 28, y);
            y += fm.getHeight();
        }
    }

    private static Path2D.Double unitCurve(Rectangle a, double[] values) {
        Path2D.Double curve = new Path2D.Double();
        boolean open = false;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                open = false;
                continue;
            }
            double x = a.x + a.width * i / (values.length - 1.0);
            double y = a.y + a.height * (1 - values[i]);
            if (open) {
                curve.lineTo(x, y);
            } else {
                curve.moveTo(x, y);
                open = true;
            }
        }
        return curve;
    }

    private static void drawDensityCurve(Graphics2D g, PlotFrame frame, PlotBounds bounds, double[] density,
                                         Color colour, BasicStroke stroke) {
        if (density == null) {
            return;
        }
        Path2D.Double curve = new Path2D.Double();
        for (int i = 0; i < density.length; i++) {
            double x = frame.px(bounds.minX() + bounds.width() * i / (density.length - 1.0));
            double y = frame.py(density[i]);
            if (i == 0) {
                curve.moveTo(x, y);
            } else {
                curve.lineTo(x, y);
            }
        }
        g.setColor(colour);
        g.setStroke(stroke);
        g.draw(curve);
    }

    private static void drawHistogram(Graphics2D g, PlotFrame frame, PlotBounds bounds, double[] density,
                                      Color colour) {
        if (density == null) {
            return;
        }
        Path2D.Double outline = new Path2D.Double();
        double width = bounds.width() / BINS;
        outline.moveTo(frame.px(bounds.minX()), frame.py(0));
        for (int b = 0; b < BINS; b++) {
            double x0 = bounds.minX() + b * width;
            outline.lineTo(frame.px(x0), frame.py(density[b]));
            outline.lineTo(frame.px(x0 + width), frame.py(density[b]));
        }
        outline.lineTo(frame.px(bounds.maxX()), frame.py(0));
        outline.closePath();
        g.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 70));
        g.fill(outline);
        g.setColor(colour);
        g.setStroke(new BasicStroke(1.5f));
        g.draw(outline);
    }

    private void computeDensities(PlotBounds bounds) {
        densitiesOf = snapshot;
        realDensity = density(snapshot.real(), bounds);
        generatedDensity = density(snapshot.generated(), bounds);
        discriminatorCurve = null;
        double[] xs = new double[CURVE_POINTS];
        for (int i = 0; i < CURVE_POINTS; i++) {
            xs[i] = bounds.minX() + bounds.width() * i / (CURVE_POINTS - 1.0);
        }
        double[] generated = snapshot.generated().points();
        kdeCurve = Kde.at(generated, Kde.bandwidth(generated), xs);
        exactCurve = context.density().map(p -> {
            double[] values = new double[CURVE_POINTS];
            for (int i = 0; i < CURVE_POINTS; i++) {
                values[i] = p.at(xs[i]);
            }
            return values;
        }).orElse(null);
        optimalCurve = exactCurve == null || snapshot.gan().classes() > 0 ? null
                : Kde.optimalDiscriminator(exactCurve, kdeCurve);
        if (snapshot.gan() != null && snapshot.gan().discriminatorIsProbability() && snapshot.gan().classes() == 0) {
            discriminatorCurve = snapshot.gan().discriminate(Batch.of(1, xs));
        }
    }

    /** A histogram normalised to a density (area 1 over the points inside the bounds' x range). */
    static double[] density(Batch batch, PlotBounds bounds) {
        double[] density = new double[BINS];
        double width = bounds.width() / BINS;
        int n = batch.size();
        for (int i = 0; i < n; i++) {
            int bin = (int) Math.floor((batch.get(i, 0) - bounds.minX()) / width);
            if (bin >= 0 && bin < BINS) {
                density[bin]++;
            }
        }
        for (int b = 0; b < BINS; b++) {
            density[b] /= n * width;
        }
        return density;
    }
}
