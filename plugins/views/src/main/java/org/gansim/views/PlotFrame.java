package org.gansim.views;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.gansim.api.PlotBounds;

/**
 * The rectangle a plot is drawn in and the mapping from data to pixels, with tick marks at round
 * numbers (1, 2 or 5 times a power of ten) and their labels.
 *
 * <p>Immutable, so a worker thread may draw with one the Swing thread made.
 */
final class PlotFrame {

    static final Color AXIS = new Color(0x606060);
    static final Color GRID = new Color(0xE6E6E6);

    private final Rectangle area;
    private final double minX;
    private final double maxX;
    private final double minY;
    private final double maxY;

    private PlotFrame(Rectangle area, double minX, double maxX, double minY, double maxY) {
        this.area = area;
        this.minX = minX;
        this.maxX = maxX;
        this.minY = minY;
        this.maxY = maxY;
    }

    /**
     * Fits {@code bounds} into {@code available}; with {@code equalScale} one unit is as long on both
     * axes (so a circle stays round) and the unused width or height is shared out evenly.
     */
    static PlotFrame fit(Rectangle available, PlotBounds bounds, boolean equalScale) {
        Rectangle area = new Rectangle(available);
        if (equalScale) {
            double scale = Math.min(available.width / bounds.width(), available.height / bounds.height());
            int w = (int) Math.round(bounds.width() * scale);
            int h = (int) Math.round(bounds.height() * scale);
            area = new Rectangle(available.x + (available.width - w) / 2, available.y + (available.height - h) / 2, w, h);
        }
        return new PlotFrame(area, bounds.minX(), bounds.maxX(), bounds.minY(), bounds.maxY());
    }

    /** Whether {@code other} maps the same data rectangle onto the same pixels. */
    boolean sameAs(PlotFrame other) {
        return other != null && area.equals(other.area) && minX == other.minX && maxX == other.maxX
                && minY == other.minY && maxY == other.maxY;
    }

    Rectangle area() {
        return area;
    }

    double px(double x) {
        return area.x + (x - minX) / (maxX - minX) * area.width;
    }

    double py(double y) {
        return area.y + area.height - (y - minY) / (maxY - minY) * area.height;
    }

    /** The data x at pixel column {@code px}: the inverse of {@link #px}. */
    double x(double px) {
        return minX + (px - area.x) / area.width * (maxX - minX);
    }

    /** The data y at pixel row {@code py}: the inverse of {@link #py}. */
    double y(double py) {
        return minY + (area.y + area.height - py) / area.height * (maxY - minY);
    }

    /** Grid lines, the frame and tick labels on the left and bottom. */
    void drawAxes(Graphics2D g) {
        FontMetrics fm = g.getFontMetrics();
        double xStep = niceStep((maxX - minX) / 5);
        double yStep = niceStep((maxY - minY) / 5);
        for (double x = Math.ceil(minX / xStep) * xStep; x <= maxX + 1e-9 * xStep; x += xStep) {
            int px = (int) Math.round(px(x));
            g.setColor(GRID);
            g.drawLine(px, area.y, px, area.y + area.height);
            g.setColor(AXIS);
            String label = format(x, xStep);
            g.drawString(label, px - fm.stringWidth(label) / 2, area.y + area.height + fm.getAscent() + 3);
        }
        for (double y = Math.ceil(minY / yStep) * yStep; y <= maxY + 1e-9 * yStep; y += yStep) {
            int py = (int) Math.round(py(y));
            g.setColor(GRID);
            g.drawLine(area.x, py, area.x + area.width, py);
            g.setColor(AXIS);
            String label = format(y, yStep);
            g.drawString(label, area.x - fm.stringWidth(label) - 4, py + fm.getAscent() / 2 - 1);
        }
        g.setColor(AXIS);
        g.drawRect(area.x, area.y, area.width, area.height);
    }

    /** The round number (1, 2 or 5 times a power of ten) nearest above {@code rough}. */
    static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double m = rough / power;
        double nice = m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10;
        return nice * power;
    }

    /** A tick label with as many decimals as the step needs: 0.5, 2, 0.02. */
    static String format(double value, double step) {
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        if (Math.abs(value) < step * 1e-6) {
            value = 0;
        }
        return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }
}
