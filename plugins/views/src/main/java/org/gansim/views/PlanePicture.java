package org.gansim.views;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.gansim.api.PlotBounds;

/**
 * The layers of the data space that change once per computed {@link PlaneLayers}, drawn once into
 * two images the size of the plot: {@code under} (the heat map and the latent manifold, on white)
 * and {@code over} (the generator's gradient arrows, on transparent). A frame then only copies the
 * two images around the sample points, instead of redrawing thousands of shapes 30 times a second.
 *
 * <p>Drawing happens on the data space's worker thread (or on the Swing thread after a resize or a
 * layer switch, until the worker catches up); the result is not changed afterwards.
 *
 * @param layers      what was drawn
 * @param colourRange the half-width of the critic's colour scale (1 for probabilities)
 * @param frame       the data-to-pixel mapping the images were drawn for
 * @param shown       the layers that were switched on
 * @param under       heat map and manifold, opaque, {@code frame.area()} sized
 * @param over        arrows, transparent elsewhere, {@code frame.area()} sized
 */
record PlanePicture(PlaneLayers layers, double colourRange, PlotFrame frame, Set<PlaneLayer> shown,
                    BufferedImage under, BufferedImage over) {

    static final Color ARROW = new Color(0x33, 0x33, 0x33);
    static final Color MESH_LINE = new Color(0x44, 0x44, 0x66, 150);
    /** The longest arrow, in pixels. */
    static final double ARROW_CAP = 22;

    /** Whether this picture was drawn for these layers, this frame and these switched-on layers. */
    boolean fits(PlaneLayers l, PlotFrame f, Set<PlaneLayer> on) {
        return layers == l && frame.sameAs(f) && shown.equals(on);
    }

    /** Draws the heat map, manifold and arrows of {@code l} as switched on in {@code on}. */
    static PlanePicture draw(PlaneLayers l, double colourRange, PlotFrame frame, Set<PlaneLayer> on) {
        Rectangle area = frame.area();
        int w = Math.max(1, area.width);
        int h = Math.max(1, area.height);
        BufferedImage under = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = under.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        // Pixel coordinates of the images start at the plot's corner.
        g.translate(-area.x, -area.y);
        if (on.contains(PlaneLayer.HEAT_MAP)) {
            drawHeat(g, frame, l, colourRange);
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        if (on.contains(PlaneLayer.MESH)) {
            drawMesh(g, frame, l);
        }
        g.dispose();
        BufferedImage over = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        if (on.contains(PlaneLayer.ARROWS)) {
            Graphics2D a = over.createGraphics();
            a.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            a.translate(-area.x, -area.y);
            drawArrows(a, frame, l);
            a.dispose();
        }
        return new PlanePicture(l, colourRange, frame, EnumSet.copyOf(on), under, over);
    }

    /** One pixel per grid cell, row 0 of the grid at the bottom of the image. */
    static BufferedImage heatImage(PlaneLayers l, double range) {
        int n = l.gridSize();
        BufferedImage image = new BufferedImage(n, n, BufferedImage.TYPE_INT_RGB);
        for (int row = 0; row < n; row++) {
            for (int col = 0; col < n; col++) {
                double t = Palette.position(l.grid()[row * n + col], l.probability(), range);
                image.setRGB(col, n - 1 - row, Palette.heat(t));
            }
        }
        return image;
    }

    static void drawHeat(Graphics2D g, PlotFrame frame, PlaneLayers l, double range) {
        PlotBounds v = l.view();
        int x0 = (int) Math.round(frame.px(v.minX()));
        int x1 = (int) Math.round(frame.px(v.maxX()));
        int y0 = (int) Math.round(frame.py(v.maxY()));
        int y1 = (int) Math.round(frame.py(v.minY()));
        Graphics2D h = (Graphics2D) g.create();
        h.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        h.drawImage(heatImage(l, range), x0, y0, x1 - x0, y1 - y0, null);
        h.dispose();
    }

    static void drawArrows(Graphics2D g, PlotFrame frame, PlaneLayers l) {
        double[] from = l.arrowFrom();
        double[] push = l.arrowPush();
        double pixelsPerUnit = arrowScale(push);
        g.setColor(ARROW);
        g.setStroke(new BasicStroke(ViewScale.now()));
        Line2D.Double shaft = new Line2D.Double();
        Path2D.Double tip = new Path2D.Double();
        for (int i = 0; i + 1 < from.length; i += 2) {
            double x = frame.px(from[i]);
            double y = frame.py(from[i + 1]);
            double dx = push[i] * pixelsPerUnit;
            double dy = -push[i + 1] * pixelsPerUnit;
            double length = Math.hypot(dx, dy);
            if (!(length >= 1)) {
                continue;
            }
            if (length > ARROW_CAP) {
                dx *= ARROW_CAP / length;
                dy *= ARROW_CAP / length;
                length = ARROW_CAP;
            }
            shaft.setLine(x, y, x + dx, y + dy);
            g.draw(shaft);
            double head = Math.min(5, length / 2.5);
            double ux = dx / length;
            double uy = dy / length;
            tip.reset();
            tip.moveTo(x + dx, y + dy);
            tip.lineTo(x + dx - head * (ux + 0.5 * uy), y + dy - head * (uy - 0.5 * ux));
            tip.lineTo(x + dx - head * (ux - 0.5 * uy), y + dy - head * (uy + 0.5 * ux));
            tip.closePath();
            g.fill(tip);
        }
    }

    /**
     * Pixels per unit of gradient: the 90th percentile of the gradient norms becomes an arrow of
     * the full cap, so most arrows are readable and a few outliers are capped rather than huge.
     */
    static double arrowScale(double[] push) {
        int n = push.length / 2;
        if (n == 0) {
            return 0;
        }
        double[] norms = new double[n];
        for (int i = 0; i < n; i++) {
            norms[i] = Math.hypot(push[2 * i], push[2 * i + 1]);
        }
        Arrays.sort(norms);
        double typical = norms[Math.min(n - 1, (int) Math.floor(0.9 * n))];
        return typical > 0 && Double.isFinite(typical) ? ARROW_CAP / typical : 0;
    }

    /**
     * The manifold: cells shaded by how much G squeezes them (darker where samples pack densely),
     * then the grid lines of the warped latent grid.
     */
    static void drawMesh(Graphics2D g, PlotFrame frame, PlaneLayers l) {
        double[] m = l.mesh();
        int size = l.meshSize();
        int rows = l.meshRows();
        Path2D.Double path = new Path2D.Double();
        if (rows > 1) {
            double[] areas = new double[(size - 1) * (rows - 1)];
            for (int row = 0; row < rows - 1; row++) {
                for (int col = 0; col < size - 1; col++) {
                    areas[row * (size - 1) + col] = l.cellArea(col, row);
                }
            }
            double[] sorted = areas.clone();
            Arrays.sort(sorted);
            double median = sorted[sorted.length / 2];
            for (int row = 0; row < rows - 1; row++) {
                for (int col = 0; col < size - 1; col++) {
                    double ratio = median / Math.max(areas[row * (size - 1) + col], 1e-300);
                    double shade = Math.max(0, Math.min(1, Math.log(ratio) / Math.log(16)));
                    if (shade <= 0.02) {
                        continue;
                    }
                    g.setColor(new Color(0x30, 0x30, 0x50, (int) Math.round(110 * shade)));
                    path.reset();
                    cell(path, frame, m, size, col, row);
                    g.fill(path);
                }
            }
        }
        g.setColor(MESH_LINE);
        g.setStroke(new BasicStroke(0.8f));
        // All grid lines as one path: one pass of the rasteriser instead of 42.
        path.reset();
        for (int row = 0; row < rows; row++) {
            for (int col = 0; col < size; col++) {
                int v = row * size + col;
                if (col == 0) {
                    path.moveTo(frame.px(m[2 * v]), frame.py(m[2 * v + 1]));
                } else {
                    path.lineTo(frame.px(m[2 * v]), frame.py(m[2 * v + 1]));
                }
            }
        }
        for (int col = 0; rows > 1 && col < size; col++) {
            for (int row = 0; row < rows; row++) {
                int v = row * size + col;
                if (row == 0) {
                    path.moveTo(frame.px(m[2 * v]), frame.py(m[2 * v + 1]));
                } else {
                    path.lineTo(frame.px(m[2 * v]), frame.py(m[2 * v + 1]));
                }
            }
        }
        g.draw(path);
    }

    private static void cell(Path2D.Double quad, PlotFrame frame, double[] m, int size, int col, int row) {
        int[] corners = {row * size + col, row * size + col + 1, (row + 1) * size + col + 1, (row + 1) * size + col};
        for (int k = 0; k < 4; k++) {
            double x = frame.px(m[2 * corners[k]]);
            double y = frame.py(m[2 * corners[k] + 1]);
            if (k == 0) {
                quad.moveTo(x, y);
            } else {
                quad.lineTo(x, y);
            }
        }
        quad.closePath();
    }
}
