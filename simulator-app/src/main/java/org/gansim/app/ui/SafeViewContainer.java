package org.gansim.app.ui;

import java.awt.BorderLayout;
import java.awt.Graphics;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import org.gansim.api.PlotBounds;
import org.gansim.api.Visualization;
import org.gansim.api.Snapshot;
import org.gansim.api.View;
import org.gansim.api.ViewContext;
import org.gansim.api.training.Faults;

/**
 * The host boundary around one plugin view: creating it, handing it a snapshot and painting it are
 * all guarded, and the first exception replaces the view with a notice naming the plugin and the
 * exception's message, while the rest of the window goes on.
 *
 * <p>Painting of the view always starts here ({@link #isPaintingOrigin()}), even when the view
 * repaints itself, so an exception thrown while painting is caught in {@link #paint}. Every call into
 * the view is marked ({@link SwingPluginCall}), so that a view that never returns is named by the
 * {@link SwingWatchdog}.
 *
 * <p>Swing thread only.
 */
final class SafeViewContainer extends JPanel {

    private final String pluginId;
    private View view;
    private String failure;
    private boolean failing;

    SafeViewContainer(Visualization visualization, ViewContext context) {
        super(new BorderLayout());
        this.pluginId = visualization.id();
        setName("view:" + pluginId);
        try {
            View created;
            JComponent component;
            SwingPluginCall.Call outer = SwingPluginCall.enter(pluginId, "creating its view");
            try {
                created = visualization.create(context);
                component = created.component();
            } finally {
                SwingPluginCall.exit(outer);
            }
            if (component == null) {
                throw new IllegalStateException("the view has no component");
            }
            view = created;
            add(component, BorderLayout.CENTER);
        } catch (Throwable t) {
            fail("could not be created", t);
        }
    }

    /** The id of the view's plugin. */
    String pluginId() {
        return pluginId;
    }

    /** The failure notice shown instead of the view, or null while the view works. */
    String failure() {
        return failure;
    }

    /** Hands the view a snapshot, unless it has failed. */
    void show(Snapshot snapshot) {
        call("showing a snapshot", "failed to show a snapshot", v -> v.show(snapshot));
    }

    /** Tells the view which network the slow-motion walk is on, unless it has failed. */
    void showUpdating(View.Player player) {
        call("highlighting the player being updated", "failed to highlight the player being updated",
                v -> v.showUpdating(player));
    }

    /** The view's own settings, or none when it has failed or cannot say. */
    java.util.Map<String, String> settings() {
        if (view == null) {
            return java.util.Map.of();
        }
        SwingPluginCall.Call outer = SwingPluginCall.enter(pluginId, "giving its settings");
        try {
            java.util.Map<String, String> settings = view.settings();
            return settings == null ? java.util.Map.of() : java.util.Map.copyOf(settings);
        } catch (Throwable t) {
            return java.util.Map.of(); // settings are a comfort: a view that cannot give them still works
        } finally {
            SwingPluginCall.exit(outer);
        }
    }

    /**
     * Gives the view back its settings.
     *
     * @return the view's sentence when it refused a value, else empty
     */
    java.util.Optional<String> applySettings(java.util.Map<String, String> settings) {
        if (view == null || settings.isEmpty()) {
            return java.util.Optional.empty();
        }
        SwingPluginCall.Call outer = SwingPluginCall.enter(pluginId, "taking its settings");
        try {
            view.applySettings(settings);
            return java.util.Optional.empty();
        } catch (IllegalArgumentException refused) {
            return java.util.Optional.of(String.valueOf(refused.getMessage()));
        } catch (Throwable t) {
            fail("failed to take its settings", t);
            return java.util.Optional.empty();
        } finally {
            SwingPluginCall.exit(outer);
        }
    }

    /** Lets the view add its own items to {@code menu}; a view that fails there is replaced by its notice. */
    void addMenuItems(javax.swing.JMenu menu) {
        if (view == null) {
            return;
        }
        SwingPluginCall.Call outer = SwingPluginCall.enter(pluginId, "adding its menu items");
        try {
            view.addMenuItems(menu);
        } catch (Throwable t) {
            menu.removeAll();
            fail("failed to add its menu items", t);
        } finally {
            SwingPluginCall.exit(outer);
        }
    }

    /** The part of the data plane the view shows, when it has one and has not failed. */
    Optional<PlotBounds> viewport() {
        if (view == null) {
            return Optional.empty();
        }
        SwingPluginCall.Call outer = SwingPluginCall.enter(pluginId, "telling its viewport");
        try {
            Optional<PlotBounds> bounds = view.viewport();
            return bounds == null ? Optional.empty() : bounds;
        } catch (Throwable t) {
            fail("failed to tell its viewport", t);
            return Optional.empty();
        } finally {
            SwingPluginCall.exit(outer);
        }
    }

    /** Shows {@code bounds} of the data plane in the view, unless it has failed. */
    void showViewport(PlotBounds bounds) {
        call("showing a viewport", "failed to show a viewport", v -> v.showViewport(bounds));
    }

    /** Asks the view to tell {@code listener} of the user's moves of its viewport, unless it has failed. */
    void onViewportChanged(Consumer<PlotBounds> listener) {
        call("taking a viewport listener", "failed to accept a viewport listener", v -> v.onViewportChanged(listener));
    }

    /** Lets the view release what it holds. */
    void dispose() {
        View v = view;
        view = null;
        if (v != null) {
            SwingPluginCall.Call outer = SwingPluginCall.enter(pluginId, "letting go of what it holds");
            try {
                v.dispose();
            } catch (Throwable t) {
                // A view that fails to let go is dropped all the same.
            } finally {
                SwingPluginCall.exit(outer);
            }
        }
    }

    /**
     * Runs one call into the view, marked for the {@link SwingWatchdog}; the first exception replaces
     * the view with its notice. Nothing happens once the view has failed.
     *
     * @param doing  what the view is asked, as the watchdog says it ("showing a snapshot")
     * @param failed what a failure says the view did ("failed to show a snapshot")
     */
    private void call(String doing, String failed, Consumer<View> call) {
        if (view == null) {
            return;
        }
        SwingPluginCall.Call outer = SwingPluginCall.enter(pluginId, doing);
        try {
            call.accept(view);
        } catch (Throwable t) {
            fail(failed, t);
        } finally {
            SwingPluginCall.exit(outer);
        }
    }

    @Override
    public void paint(Graphics g) {
        boolean marked = view != null; // a notice in its place is the host's own painting
        SwingPluginCall.Call outer = marked ? SwingPluginCall.enter(pluginId, "painting") : null;
        try {
            super.paint(g);
        } catch (Throwable t) {
            if (view != null && !failing) {
                // Not while painting: the component tree is changed once this paint is over.
                failing = true;
                SwingUtilities.invokeLater(() -> fail("failed while painting", t));
            }
        } finally {
            if (marked) {
                SwingPluginCall.exit(outer);
            }
        }
    }

    @Override
    protected boolean isPaintingOrigin() {
        return true;
    }

    private void fail(String what, Throwable t) {
        dispose();
        failure = "View '" + pluginId + "' " + what + ": " + Faults.describe(t);
        removeAll();
        JTextArea notice = new JTextArea(failure + "\n\nThe rest of GanSim goes on; close this view from the"
                + " View menu.");
        notice.setName("viewError:" + pluginId);
        notice.setEditable(false);
        notice.setLineWrap(true);
        notice.setWrapStyleWord(true);
        notice.setForeground(UIManager.getColor("Component.error.focusedBorderColor"));
        notice.setBorder(BorderFactory.createEmptyBorder(12, 12, 12, 12));
        add(notice, BorderLayout.CENTER);
        revalidate();
        repaint();
    }
}
