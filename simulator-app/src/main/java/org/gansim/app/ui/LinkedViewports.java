package org.gansim.app.ui;

import java.util.List;
import org.gansim.api.PlotBounds;
import org.gansim.api.ViewContext;

/**
 * Keeps the data-space views of two view grids on the same axes: when the user zooms or pans the data
 * plane on one side, the other side shows the same rectangle. Views talk through
 * {@link org.gansim.api.View#onViewportChanged} and {@link org.gansim.api.View#showViewport}; a view
 * that has no data plane (a chart) ignores both.
 *
 * <p>The last rectangle chosen is remembered with the target bounds it was chosen in, and shown again
 * in views built later for the same bounds (a side whose views were rebuilt after a reset or another
 * variant), so the two sides never drift apart. Views built for other bounds (the target changed)
 * start from their own.
 *
 * <p>Swing thread only.
 */
final class LinkedViewports {

    private final List<ViewGrid> grids;
    /** The target bounds the last rectangle was chosen in; null before the first move. */
    private PlotBounds chosenIn;
    private PlotBounds chosen;
    /** Whether a move is being shown on the other side, so a view that echoes it is not heard. */
    private boolean showing;

    private LinkedViewports(List<ViewGrid> grids) {
        this.grids = grids;
    }

    /** Links the data-space views of {@code a} and {@code b}, those there now and those built later. */
    static void link(ViewGrid a, ViewGrid b) {
        LinkedViewports link = new LinkedViewports(List.of(a, b));
        a.linkViewports(link);
        b.linkViewports(link);
    }

    /** Called by {@code grid} for each view it builds for {@code context}. */
    void attach(ViewGrid grid, SafeViewContainer view, ViewContext context) {
        PlotBounds home = context.bounds();
        view.onViewportChanged(bounds -> moved(grid, home, bounds));
        if (chosen != null && home.equals(chosenIn)) {
            view.showViewport(chosen);
        }
    }

    private void moved(ViewGrid from, PlotBounds home, PlotBounds bounds) {
        if (bounds == null || showing) {
            // Nothing to show, or a view that reports the rectangle it was just shown as a move of
            // its own: passing that on would bounce between the two sides for ever.
            return;
        }
        chosenIn = home;
        chosen = bounds;
        showing = true;
        try {
            for (ViewGrid grid : grids) {
                if (grid != from) {
                    grid.showViewport(bounds);
                }
            }
        } finally {
            showing = false;
        }
    }
}
