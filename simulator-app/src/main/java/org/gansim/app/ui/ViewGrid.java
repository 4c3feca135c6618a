package org.gansim.app.ui;

import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        setLayout(new GridLayout(0, columns, 6, 6));
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
