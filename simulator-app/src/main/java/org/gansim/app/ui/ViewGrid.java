package org.gansim.app.ui;

import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import org.gansim.api.PlotBounds;
import org.gansim.api.Visualization;
import org.gansim.api.Snapshot;
import org.gansim.api.ViewContext;
import org.gansim.api.View;

/**
 * The views of a window, side by side in a grid (two columns from two views on, unless fewer are
 * asked for), each inside its
 * {@link SafeViewContainer}.
 *
 * <p>Swing thread only.
 */
final class ViewGrid extends JPanel {

    private final List<SafeViewContainer> containers = new ArrayList<>();
    private final int maxColumns;
    /** The network the slow-motion walk is on, kept so views opened during the walk highlight it too. */
    private View.Player updating = View.Player.NONE;
    /** The grid whose data-space axes this one shares; null when it has its own. */
    private LinkedViewports link;

    ViewGrid() {
        this(2);
    }

    /** @param maxColumns how many views at most stand side by side (1: one above the other) */
    ViewGrid(int maxColumns) {
        this.maxColumns = maxColumns;
        setName("viewGrid");
    }

    /** Replaces the views with new ones for {@code context}. */
    void rebuild(List<Visualization> visualizations, ViewContext context) {
        disposeAll();
        removeAll();
        int columns = Math.max(1, Math.min(maxColumns, visualizations.size()));
        setLayout(new GridLayout(0, columns, 6, 6));
        for (Visualization visualization : visualizations) {
            SafeViewContainer container = new SafeViewContainer(visualization, context);
            container.showUpdating(updating);
            if (link != null) {
                link.attach(this, container, context);
            }
            containers.add(container);
            add(container);
        }
        if (visualizations.isEmpty()) {
            add(new JLabel("No view is open: choose one from the View menu.", SwingConstants.CENTER));
        }
        revalidate();
        repaint();
    }

    /** Hands every view the snapshot. */
    void show(Snapshot snapshot) {
        for (SafeViewContainer container : containers) {
            container.show(snapshot);
        }
    }

    /** Tells every view which network the slow-motion walk is on. */
    void showUpdating(View.Player player) {
        updating = player;
        for (SafeViewContainer container : containers) {
            container.showUpdating(player);
        }
    }

    /** Shares this grid's data-space axes through {@code shared} (see {@link LinkedViewports#link}). */
    void linkViewports(LinkedViewports shared) {
        this.link = shared;
    }

    /** Shows {@code bounds} of the data plane in every view that has one. */
    void showViewport(PlotBounds bounds) {
        for (SafeViewContainer container : containers) {
            container.showViewport(bounds);
        }
    }

    /** The views, for tests. */
    List<SafeViewContainer> containers() {
        return List.copyOf(containers);
    }

    /** Lets every view release what it holds. */
    void disposeAll() {
        containers.forEach(SafeViewContainer::dispose);
        containers.clear();
    }
}
