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

    /** Called once when the view is removed: stop timers, release resources. */
    default void dispose() {
    }
}
