package org.gansim.views;

import java.util.function.Consumer;
import org.gansim.api.PlotBounds;

/**
 * The part of the data plane the canvas shows, moved by zooming (around a fixed point) and panning,
 * and reset to the target's own bounds. Each of those moves is told to the listener, if any; a
 * rectangle shown from outside ({@link #show}) is not, so two linked views do not echo each other.
 *
 * <p>Mutable; Swing thread only.
 */
final class Viewport {

    /** Zooming stops at a thousandth and a thousand times the target's bounds. */
    private static final double MAX_ZOOM = 1000;

    private final PlotBounds home;
    private PlotBounds current;
    private Consumer<PlotBounds> listener = bounds -> { };

    Viewport(PlotBounds home) {
        this.home = home;
        this.current = home;
    }

    PlotBounds bounds() {
        return current;
    }

    /** Tells {@code onMove} of every move made by zooming, panning or resetting; replaces the previous listener. */
    void onMove(Consumer<PlotBounds> onMove) {
        listener = onMove;
    }

    /** Shows {@code bounds}, chosen elsewhere (a linked view); the listener is not told. */
    void show(PlotBounds bounds) {
        current = bounds;
    }

    /** Scales the view by {@code factor} (below 1 zooms in) keeping data point (x, y) where it is. */
    void zoom(double factor, double x, double y) {
        double width = current.width() * factor;
        if (width < home.width() / MAX_ZOOM || width > home.width() * MAX_ZOOM) {
            return;
        }
        moveTo(new PlotBounds(x - (x - current.minX()) * factor, x + (current.maxX() - x) * factor,
                y - (y - current.minY()) * factor, y + (current.maxY() - y) * factor));
    }

    /** Moves the view by (dx, dy) in data units. */
    void pan(double dx, double dy) {
        moveTo(new PlotBounds(current.minX() + dx, current.maxX() + dx, current.minY() + dy, current.maxY() + dy));
    }

    void reset() {
        moveTo(home);
    }

    private void moveTo(PlotBounds bounds) {
        boolean moved = !bounds.equals(current);
        current = bounds;
        if (moved) {
            listener.accept(bounds);
        }
    }

    boolean atHome() {
        return current.equals(home);
    }
}
