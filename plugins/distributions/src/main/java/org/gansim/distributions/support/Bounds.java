package org.gansim.distributions.support;

import java.util.function.DoubleUnaryOperator;
import org.gansim.api.PlotBounds;

/**
 * Plot bounds with a margin, so the samples never touch the edge of a view. Pure functions; any thread.
 */
public final class Bounds {

    /** The share of the shape's extent added on every side. */
    private static final double MARGIN = 0.2;

    private Bounds() {
    }

    /**
     * A square centred on the origin around a shape that reaches {@code extent} from the origin on
     * either axis, widened by the noise ({@code std}, three standard deviations) and a margin; a
     * shape with no reach at all gets half a unit.
     */
    public static PlotBounds square(double extent, double std) {
        double reach = extent + 3 * std;
        return PlotBounds.square(reach > 0 ? reach * (1 + MARGIN) : 0.5);
    }

    /**
     * A rectangle around {@code [minX, maxX] x [minY, maxY]} with a margin of the larger side; a
     * single point (no extent at all) gets half a unit on every side.
     */
    public static PlotBounds around(double minX, double maxX, double minY, double maxY) {
        double span = Math.max(maxX - minX, maxY - minY);
        double pad = span > 0 ? MARGIN * span : 0.5;
        return new PlotBounds(minX - pad, maxX + pad, minY - pad, maxY + pad);
    }

    /**
     * Bounds for a 1-D target: x spans {@code [minX, maxX]} with a margin; y runs from 0 to a little
     * above the highest density found on a fine grid, so the density curve fits.
     */
    public static PlotBounds oneDimensional(double minX, double maxX, DoubleUnaryOperator density) {
        double pad = maxX > minX ? MARGIN * (maxX - minX) : 0.5;
        double peak = 0;
        int steps = 2000;
        for (int i = 0; i <= steps; i++) {
            double x = minX + (maxX - minX) * i / steps;
            peak = Math.max(peak, density.applyAsDouble(x));
        }
        return new PlotBounds(minX - pad, maxX + pad, 0, peak > 0 ? 1.2 * peak : 1);
    }
}
