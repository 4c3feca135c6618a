package org.gansim.app.ui;

import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import org.gansim.api.Visualization;
import org.gansim.api.Snapshot;
import org.gansim.api.ViewContext;
import org.gansim.api.View;

/**
 * The views of the window, side by side in a grid (two columns from two views on), each inside its
 * {@link SafeViewContainer}.
 *
 * <p>Used by the main window and the compare window. Swing thread only.
 */
public final class ViewGrid extends JPanel {

    private final List<SafeViewContainer> containers = new ArrayList<>();
    /** The network the slow-motion walk is on, kept so views opened during the walk highlight it too. */
    private View.Player updating = View.Player.NONE;

    public ViewGrid() {
        setName("viewGrid");
    }

    /** Replaces the views with new ones for {@code context}. */
    public void rebuild(List<Visualization> visualizations, ViewContext context) {
        disposeAll();
        removeAll();
        int columns = visualizations.size() >= 2 ? 2 : 1;
        setLayout(new GridLayout(0, columns, 6, 6));
        for (Visualization visualization : visualizations) {
            SafeViewContainer container = new SafeViewContainer(visualization, context);
            container.showUpdating(updating);
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
    public void show(Snapshot snapshot) {
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

    /** The views, for tests. */
    List<SafeViewContainer> containers() {
        return List.copyOf(containers);
    }

    /** Lets every view release what it holds. */
    public void disposeAll() {
        containers.forEach(SafeViewContainer::dispose);
        containers.clear();
    }
}
