package org.gansim.app.ui;

import java.awt.Dimension;
import java.awt.GridLayout;
import java.awt.Insets;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JViewport;
import javax.swing.Scrollable;
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
 * <p>In a scroll pane the grid fills the pane while each row can have {@link #MIN_ROW_HEIGHT}, and
 * scrolls beyond that instead of squeezing its views: six views in a window of 1280 x 800 left the
 * sample-quality chart no room for its plots.
 *
 * <p>Swing thread only.
 */
final class ViewGrid extends JPanel implements Scrollable {

    /** The height a row of views keeps before the grid scrolls: enough for a chart of three plots and a legend. */
    static final int MIN_ROW_HEIGHT = 240;
    private static final int GAP = 6;

    private final List<SafeViewContainer> containers = new ArrayList<>();
    /** Settings waiting for the views of the next rebuild, by plugin id. */
    private final Map<String, Map<String, String>> settings = new LinkedHashMap<>();
    /** Whether the next rebuild takes only the settings given, not those of the views it replaces. */
    private boolean replaced;
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

    /**
     * Replaces the views with new ones for {@code context}. Each new view takes the settings of the
     * view of the same plugin it replaces (layers stay as the user chose them when the target
     * changes), or those given by {@link #useSettings} since.
     *
     * @return the sentences of views that refused a setting, each starting with the view's id in
     *         brackets (the end of a JSON path)
     */
    List<String> rebuild(List<Visualization> visualizations, ViewContext context) {
        if (!replaced) {
            for (SafeViewContainer container : containers) {
                settings.putIfAbsent(container.pluginId(), container.settings());
            }
        }
        replaced = false;
        List<String> refused = new ArrayList<>();
        disposeAll();
        removeAll();
        int columns = Math.max(1, Math.min(maxColumns, visualizations.size()));
        setLayout(new GridLayout(0, columns, GAP, GAP));
        for (Visualization visualization : visualizations) {
            SafeViewContainer container = new SafeViewContainer(visualization, context);
            Map<String, String> own = settings.remove(visualization.id());
            container.applySettings(own == null ? Map.of() : own)
                    .ifPresent(sentence -> refused.add("[\"" + visualization.id() + "\"]: " + sentence));
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
        // Settings of views not open now stay, for when the user opens them again.
        revalidate();
        repaint();
        return refused;
    }

    /** Settings for the views the next {@link #rebuild} creates, by plugin id (from an experiment file); replaces any kept. */
    void useSettings(Map<String, Map<String, String>> byView) {
        settings.clear();
        settings.putAll(byView);
        replaced = true;
    }

    /** Every open view's own settings, by plugin id; views without any are left out. */
    Map<String, Map<String, String>> settings() {
        Map<String, Map<String, String>> all = new LinkedHashMap<>();
        for (SafeViewContainer container : containers) {
            Map<String, String> own = container.settings();
            if (!own.isEmpty()) {
                all.put(container.pluginId(), own);
            }
        }
        return all;
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

    /** The height at which every row has {@link #MIN_ROW_HEIGHT}. */
    private int scrollingHeight() {
        int columns = Math.max(1, ((GridLayout) getLayout()).getColumns());
        int rows = Math.max(1, (getComponentCount() + columns - 1) / columns);
        Insets insets = getInsets();
        return rows * MIN_ROW_HEIGHT + (rows - 1) * GAP + insets.top + insets.bottom;
    }

    /** In a scroll pane, as tall as the rows need when they would otherwise be squeezed. */
    @Override
    public Dimension getPreferredSize() {
        Dimension natural = super.getPreferredSize();
        if (getParent() instanceof JViewport && getLayout() instanceof GridLayout) {
            return new Dimension(natural.width, scrollingHeight());
        }
        return natural;
    }

    /** The size the window is laid out for: what the views would like, as without the scroll pane. */
    @Override
    public Dimension getPreferredScrollableViewportSize() {
        return super.getPreferredSize();
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return true;
    }

    /** Fills the pane while every row fits; scrolls otherwise. */
    @Override
    public boolean getScrollableTracksViewportHeight() {
        return !(getLayout() instanceof GridLayout) || getParent() == null || getParent().getHeight() >= scrollingHeight();
    }

    @Override
    public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
        return MIN_ROW_HEIGHT / 8;
    }

    @Override
    public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
        return Math.max(MIN_ROW_HEIGHT / 8, visible.height - MIN_ROW_HEIGHT / 8);
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
