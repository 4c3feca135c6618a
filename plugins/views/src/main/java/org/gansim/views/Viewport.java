package org.gansim.views;

import org.gansim.api.PlotBounds;

/**
 * The part of the data plane the canvas shows, moved by zooming (around a fixed point) and panning,
 * and reset to the target's own bounds.
 *
 * <p>Mutable; Swing thread only.
 */
final class Viewport {

    /** Zooming stops at a thousandth and a thousand times the target's bounds. */
    private static final double MAX_ZOOM = 1000;

    private final PlotBounds home;
    private PlotBounds current;

    Viewport(PlotBounds home) {
        this.home = home;
        this.current = home;
    }

    PlotBounds bounds() {
        return current;
    }

    /** Scales the view by {@code factor} (below 1 zooms in) keeping data point (x, y) where it is. */
    void zoom(double factor, double x, double y) {
        double width = current.width() * factor;
        if (width < home.width() / MAX_ZOOM || width > home.width() * MAX_ZOOM) {
            return;
        }
        current = new PlotBounds(x - (x - current.minX()) * factor, x + (current.maxX() - x) * factor,
                y - (y - current.minY()) * factor, y + (current.maxY() - y) * factor);
    }

    /** Moves the view by (dx, dy) in data units. */
    void pan(double dx, double dy) {
        current = new PlotBounds(current.minX() + dx, current.maxX() + dx, current.minY() + dy, current.maxY() + dy);
    }

    void reset() {
        current = home;
    }

    boolean atHome() {
        return current.equals(home);
    }
}
