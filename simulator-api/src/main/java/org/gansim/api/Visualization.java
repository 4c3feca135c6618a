package org.gansim.api;

import org.gansim.api.view.View;
import org.gansim.api.view.ViewContext;

/**
 * A plugin that provides a view of training: a scatter of real and generated points, a heat map of
 * D, a loss chart, a diagram.
 *
 * <p>Example: a view that shows the current step.
 * <pre>{@code
 * public final class StepView implements Visualization {
 *     public String id() { return "step-counter"; }
 *     public int apiVersion() { return ApiVersion.CURRENT; }
 *     public View create(ViewContext context) {
 *         JLabel label = new JLabel();
 *         return new View() {
 *             public JComponent component() { return label; }
 *             public void show(Snapshot s) { label.setText("Step " + s.step()); }
 *         };
 *     }
 * }
 * }</pre>
 * List the class in {@code META-INF/services/org.gansim.api.Visualization}.
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
