package org.gansim.app.ui.drawing;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gansim.api.PlotBounds;

/**
 * The mapping between a drawing canvas's pixels and data space: one unit is as long on both axes
 * (so a drawn circle stays round), and the plot fills the canvas, so the bounds asked for are the
 * least that is shown: the longer side of the canvas shows more. Pixel y grows downwards, data y
 * upwards.
 *
 * <p>Immutable; any thread.
 */
public final class PlotMapping {

    private final Rectangle2D area;
    private final PlotBounds shown;
    private final double scale;

    private PlotMapping(Rectangle2D area, PlotBounds shown, double scale) {
        this.area = area;
        this.shown = shown;
        this.scale = scale;
    }

    /**
     * Fits {@code least} into the pixel rectangle {@code area}, centred, widening the bounds along the
     * axis that has room to spare.
     *
     * @param area  where the plot goes, in pixels; not empty
     * @param least the part of data space that must be shown
     */
    public static PlotMapping fit(Rectangle2D area, PlotBounds least) {
        if (!(area.getWidth() > 0 && area.getHeight() > 0)) {
            throw new IllegalArgumentException("A plot needs a non-empty area, got " + area);
        }
        double scale = Math.min(area.getWidth() / least.width(), area.getHeight() / least.height());
        double halfWidth = area.getWidth() / scale / 2;
        double halfHeight = area.getHeight() / scale / 2;
        double centreX = (least.minX() + least.maxX()) / 2;
        double centreY = (least.minY() + least.maxY()) / 2;
        PlotBounds shown = new PlotBounds(centreX - halfWidth, centreX + halfWidth,
                centreY - halfHeight, centreY + halfHeight);
        return new PlotMapping((Rectangle2D) area.clone(), shown, scale);
    }

    /** The pixel rectangle of the plot. */
    public Rectangle2D area() {
        return (Rectangle2D) area.clone();
    }

    /** The part of data space shown: at least the bounds asked for. */
    public PlotBounds shown() {
        return shown;
    }

    /** Pixels per data unit, the same on both axes. */
    public double pixelsPerUnit() {
        return scale;
    }

    /** The data point at pixel ({@code px}, {@code py}). */
    public Point2D toData(double px, double py) {
        return new Point2D.Double(shown.minX() + (px - area.getMinX()) / scale,
                shown.minY() + (area.getMaxY() - py) / scale);
    }

    /** The pixel where data point ({@code x}, {@code y}) is drawn. */
    public Point2D toPixel(double x, double y) {
        return new Point2D.Double(area.getMinX() + (x - shown.minX()) * scale,
                area.getMaxY() - (y - shown.minY()) * scale);
    }

    /** Whether a pixel lies on the plot (edges included). */
    public boolean contains(double px, double py) {
        return px >= area.getMinX() && px <= area.getMaxX() && py >= area.getMinY() && py <= area.getMaxY();
    }

    /** The nearest pixel on the plot, for a stroke dragged past its edge. */
    public Point2D clamp(double px, double py) {
        return new Point2D.Double(Math.max(area.getMinX(), Math.min(area.getMaxX(), px)),
                Math.max(area.getMinY(), Math.min(area.getMaxY(), py)));
    }

    /**
     * The spacing of the grid, the same on both axes so its cells are square: a round number (1, 2
     * or 5 times a power of ten) giving five to ten lines across the shorter side.
     */
    public double tickSpacing() {
        return niceStep(Math.min(shown.width(), shown.height()) / 10);
    }

    /** The multiples of {@code step} from {@code min} to {@code max}. */
    public static List<Double> ticks(double min, double max, double step) {
        List<Double> ticks = new ArrayList<>();
        for (long i = (long) Math.ceil(min / step - 1e-9); i * step <= max + 1e-9 * step; i++) {
            ticks.add(i == 0 ? 0.0 : i * step);
        }
        return ticks;
    }

    /** A tick label with as many decimals as the tick spacing needs: 0.5, 2, 0.02. */
    public static String label(double value, double spacing) {
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(spacing) + 1e-9));
        return String.format(Locale.ROOT, "%." + decimals + "f", Math.abs(value) < spacing * 1e-6 ? 0 : value);
    }

    /** The round number (1, 2 or 5 times a power of ten) nearest above {@code rough}. */
    static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double m = rough / power;
        double nice = m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10;
        return nice * power;
    }
}
