package org.gansim.api;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.JComponent;
import javax.swing.JMenu;

/**
 * One live panel of the window, created by a {@link org.gansim.api.Visualization}.
 *
 * <p>Every method is called on the Swing event thread only. {@link #show} receives immutable
 * snapshots, at most about 60 per second (GanSim's window sends about 40); a view may skip work for snapshots it cannot keep up with,
 * and must do heavy work (evaluating D on a fine grid) off the event thread or cache it per snapshot.
 *
 * @since 1
 */
public interface View {

    /** The component to place in the window; the same one every time. */
    JComponent component();

    /** Shows the state of training in {@code snapshot}; never null. */
    void show(Snapshot snapshot);

    /** The network a step is about to update or has just updated, for views that point it out. */
    enum Player { NONE, DISCRIMINATOR, GENERATOR }

    /**
     * Which network the window is walking through now (the slow-motion mode), so a view can
     * highlight it; {@code NONE} when no walk is under way. Ignored by default.
     *
     * <p>Added in API 2 (default method: older views keep working) so the architecture diagram can
     * follow the player being updated stage by stage.
     */
    default void showUpdating(Player player) {
    }

    /**
     * The part of the data plane this view shows now, for a view with data-space axes the user can
     * zoom and pan; empty by default (a chart, a diagram).
     *
     * <p>Added in API 2 with {@link #showViewport} and {@link #onViewportChanged} (default methods:
     * older views keep working) so that the compare window can keep the data spaces of two runs on
     * the same axes.
     *
     * @return the rectangle of data space shown, or empty when this view has none
     * @since 2
     */
    default Optional<PlotBounds> viewport() {
        return Optional.empty();
    }

    /**
     * Shows {@code bounds} of the data plane, as if the user had zoomed and panned there. A view
     * without data-space axes ignores it (the default). A view does not report this change to its
     * {@link #onViewportChanged} listener: the listener hears only the user's own moves, so two
     * linked views do not echo each other.
     *
     * @param bounds the rectangle of data space to show; never null
     * @since 2
     */
    default void showViewport(PlotBounds bounds) {
    }

    /**
     * Asks to be told each time the user moves this view's part of the data plane (zooms, pans, or
     * goes back to the target's own bounds). One listener at a time: a later call replaces it. Never
     * called by default.
     *
     * @param listener receives the new rectangle on the Swing thread; never null
     * @since 2
     */
    default void onViewportChanged(Consumer<PlotBounds> listener) {
    }

    /**
     * The view's own settings (which layers are on, how many points are drawn), as text, so the
     * window can save them with an experiment and give them back to the next view it creates for
     * another target. Empty by default.
     *
     * <p>Added in API 2 (default method: older views keep working) so a class reopens an experiment
     * looking as it was saved.
     */
    default Map<String, String> settings() {
        return Map.of();
    }

    /**
     * Takes back settings that {@link #settings()} gave, e.g. from a saved experiment. Keys the view
     * does not know are ignored (they may come from a newer version of it). Ignored by default.
     *
     * <p>Added in API 2, with {@link #settings()}.
     *
     * @throws IllegalArgumentException with one sentence naming the setting and what is valid, for a
     *                                  value the view refuses; the view keeps its other settings
     */
    default void applySettings(Map<String, String> settings) {
    }

    /**
     * Adds the view's own menu items (layers to switch, its settings) to {@code menu}, a submenu the
     * window's View menu holds for this view. Called each time the views are rebuilt, with a fresh
     * menu; items should show the current state when the menu opens. Adds nothing by default.
     *
     * <p>Added in API 2 so a view's layers can be switched from the menu bar, where a class looks for
     * them, and not only on the canvas.
     */
    default void addMenuItems(JMenu menu) {
    }

    /** Called once when the view is removed: stop timers, release resources. */
    default void dispose() {
    }
}
