package org.gansim.api;

import javax.swing.JComponent;

/**
 * One live panel of the window, created by a {@link org.gansim.api.Visualization}.
 *
 * <p>Every method is called on the Swing event thread only. {@link #show} receives immutable
 * snapshots, at most about 60 per second; a view may skip work for snapshots it cannot keep up with,
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

    /** Called once when the view is removed: stop timers, release resources. */
    default void dispose() {
    }
}
