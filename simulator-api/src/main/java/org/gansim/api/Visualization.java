package org.gansim.api;


/**
 * A plugin that provides a view of training: a scatter of real and generated points, a heat map of
 * D, a loss chart, a diagram.
 *
 * <p>Example: {@code org.gansim.examples.StepVisualization}, a view that shows the current step in
 * a label, in the API's test sources ({@code simulator-api/src/test/java/org/gansim/examples}),
 * compiled and contract-tested with every build.
 * List the class in {@code META-INF/services/org.gansim.api.Visualization}; test it with
 * {@link org.gansim.api.testkit.VisualizationContract}.
 *
 * <p><b>Threads.</b> The host makes one instance; its {@link Plugin} methods may be called from any
 * thread, so it holds no mutable state. {@link #create}, {@link #supports} and every method of the
 * {@link View} it creates are called on the Swing event thread only. A view receives immutable
 * snapshots and does heavy work (D on a fine grid) off the event thread or once per snapshot.
 *
 * <p><b>Nullness.</b> No argument is ever null and no method may return null. A view that throws
 * while being created, shown a snapshot or painted is replaced by a notice naming the plugin's id;
 * the rest of the window goes on.
 *
 * @since 1
 */
public interface Visualization extends Plugin {

    /**
     * Creates a view. Called on the Swing event thread.
     *
     * @param context the simulation's fixed facts; never null
     * @return a new view; never null
     */
    View create(ViewContext context);

    /** Whether this view can show a simulation like {@code context} (for instance only 2-D data). */
    default boolean supports(ViewContext context) {
        return true;
    }
}
