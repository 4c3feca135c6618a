package org.gansim.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.util.List;
import javax.swing.JFrame;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;
import org.gansim.api.ViewContext;
import org.gansim.api.Visualization;
import org.gansim.api.training.TrainingSettings;
import org.gansim.app.plugins.PluginRegistry;
import org.gansim.app.session.Simulation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The grid of views in a real window, in a scroll pane as the main window holds it: a few views fill
 * the pane; many views keep rows of {@link ViewGrid#MIN_ROW_HEIGHT} and the pane scrolls, where they
 * used to be squeezed until the sample-quality chart had no room for its plots.
 */
@NeedsADisplay
class ViewGridScrollingGuiTest {

    private static PluginRegistry registry;
    private static ViewContext ring;
    private JFrame frame;
    private JScrollPane pane;
    private ViewGrid grid;

    @BeforeAll
    static void load() {
        registry = PluginRegistry.load(List.of());
        ring = new Simulation(TrainingSettings.defaults(registry.target("ring8").orElseThrow(),
                registry.variant("vanilla").orElseThrow()), 1, 10).context();
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    @BeforeEach
    void openWindow() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            grid = new ViewGrid();
            pane = new JScrollPane(grid);
            frame = new JFrame("view grid");
            frame.add(pane);
            frame.setSize(new Dimension(900, 620));
            frame.setVisible(true);
        });
    }

    @AfterEach
    void closeWindow() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            grid.disposeAll();
            frame.dispose();
        });
    }

    @Test
    void twoViewsFillThePane() throws Exception {
        show(registry.visualizations().subList(0, 2));
        int[] heights = onEdt(() -> new int[] {grid.getHeight(), pane.getViewport().getHeight(),
                pane.getVerticalScrollBar().isVisible() ? 1 : 0});
        assertThat(heights[0]).as("the grid's height").isEqualTo(heights[1]);
        assertThat(heights[2]).as("a scroll bar").isZero();
    }

    @Test
    void sixViewsKeepTheirRowHeightAndThePaneScrolls() throws Exception {
        List<Visualization> six = registry.visualizations().subList(0, 6);
        show(six);
        int[] layout = onEdt(() -> {
            int lowest = Integer.MAX_VALUE;
            for (SafeViewContainer container : grid.containers()) {
                lowest = Math.min(lowest, container.getHeight());
            }
            return new int[] {lowest, pane.getVerticalScrollBar().isVisible() ? 1 : 0, grid.getHeight(),
                    pane.getViewport().getHeight()};
        });
        assertThat(layout[0]).as("the lowest view").isGreaterThanOrEqualTo(ViewGrid.MIN_ROW_HEIGHT);
        assertThat(layout[1]).as("a scroll bar").isOne();
        assertThat(layout[2]).as("the grid, taller than the pane").isGreaterThan(layout[3]);
    }

    private void show(List<Visualization> views) throws Exception {
        assertThat(views).as("built-in views").hasSizeGreaterThanOrEqualTo(2);
        SwingUtilities.invokeAndWait(() -> {
            grid.rebuild(views, ring);
            frame.validate();
        });
        SwingUtilities.invokeAndWait(() -> { }); // let the layout settle
    }

    private static int[] onEdt(java.util.function.Supplier<int[]> read) throws Exception {
        int[][] result = new int[1][];
        SwingUtilities.invokeAndWait(() -> result[0] = read.get());
        return result[0];
    }
}
