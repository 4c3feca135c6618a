package org.gansim.api;

/**
 * The rectangle of data space worth drawing for a target: the real samples and some margin.
 * For a 1-D target, x is the data axis and y the density axis.
 *
 * @param minX left edge
 * @param maxX right edge, greater than {@code minX}
 * @param minY bottom edge
 * @param maxY top edge, greater than {@code minY}
 * @since 1
 */
public record PlotBounds(double minX, double maxX, double minY, double maxY) {

    public PlotBounds {
        if (!(maxX > minX) || !(maxY > minY) || !Double.isFinite(minX + maxX + minY + maxY)) {
            throw new IllegalArgumentException("Plot bounds must be finite with max > min, got x "
                    + minX + ".." + maxX + ", y " + minY + ".." + maxY);
        }
    }

    /** A square centred on the origin, from -halfWidth to halfWidth on both axes. */
    public static PlotBounds square(double halfWidth) {
        return new PlotBounds(-halfWidth, halfWidth, -halfWidth, halfWidth);
    }

    public double width() {
        return maxX - minX;
    }

    public double height() {
        return maxY - minY;
    }
}
