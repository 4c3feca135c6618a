package org.gansim.api.testkit;

import java.awt.Component;
import java.awt.Container;
import java.awt.EventQueue;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JComponent;
import org.gansim.api.Visualization;
import org.gansim.api.View;
import org.gansim.api.ViewContext;

/**
 * The contract of a {@link Visualization}, as plain checks that need no test framework.
 *
 * <pre>{@code
 * ContractReport report = VisualizationChecks.report(new MyView());
 * System.out.print(report.toText());
 * }</pre>
 * Plugin authors with JUnit 5 use {@link VisualizationContract} instead. The checks try three
 * simulations: 1-D data, 2-D data, and 2-D data with three classes ({@link Snapshots#context}); each
 * one the view {@link Visualization#supports supports} is built, shown {@link Snapshots made-up
 * snapshots} and painted into an image, without a window, so they run on a machine without a
 * display. View methods are called on the Swing event thread, as the app does.
 *
 * <p>Each check method returns when the plugin passes and throws an {@link AssertionError} with one
 * sentence when it does not. Stateless; call from any thread but the Swing event thread.
 *
 * @since 1
 */
public final class VisualizationChecks {

    /** The size views are painted at. */
    public static final int WIDTH = 480;
    /** The size views are painted at. */
    public static final int HEIGHT = 320;

    private VisualizationChecks() {
    }

    /** Every check of the contract, the common plugin checks first. */
    public static List<Check<Visualization>> all() {
        List<Check<Visualization>> checks = new ArrayList<>(PluginChecks.all());
        checks.add(new Check<>("supports 1-D or 2-D data", VisualizationChecks::supportsSomeData));
        checks.add(new Check<>("builds a view with one component", VisualizationChecks::buildsAView));
        checks.add(new Check<>("shows snapshots", VisualizationChecks::showsSnapshots));
        checks.add(new Check<>("paints a snapshot into an image", VisualizationChecks::paintsIntoAnImage));
        checks.add(new Check<>("takes back its own settings", VisualizationChecks::takesBackItsSettings));
        return List.copyOf(checks);
    }

    /**
     * Runs every check, each with a time limit of two minutes.
     *
     * @param visualization the plugin; never null
     * @return one result per check; never null
     */
    public static ContractReport report(Visualization visualization) {
        return report(visualization, Reports.DEFAULT_LIMIT);
    }

    /**
     * Runs every check, each on its own thread: one that takes longer than {@code limit} fails.
     *
     * @param visualization the plugin; never null
     * @param limit         the most time one check may take; never null
     * @return one result per check; never null
     */
    public static ContractReport report(Visualization visualization, Duration limit) {
        return Reports.run("view", visualization, all(), limit);
    }

    /** {@code supports} answers for every checked context without throwing, and accepts at least one. */
    public static void supportsSomeData(Visualization visualization) {
        Expect.that(!supported(visualization).isEmpty(), "supports() is false for 1-D data, 2-D data and"
                + " labelled 2-D data: the view could never be shown");
    }

    /**
     * For each supported context, {@code create} returns a view whose {@code component()} is not null
     * and the same every time, and {@code dispose} returns.
     */
    public static void buildsAView(Visualization visualization) {
        for (ViewContext context : supported(visualization)) {
            String where = " for " + describe(context);
            onEdt("create()" + where, () -> {
                View view = Expect.notNull(visualization.create(context), "create()" + where);
                JComponent component = Expect.notNull(view.component(), "component()" + where);
                Expect.that(view.component() == component, "component() returned a different component on"
                        + " the second call" + where + ": create it once, in create()");
                view.dispose();
                return null;
            });
        }
    }

    /** For each supported context, the view shows a fresh snapshot (empty history) and a later one. */
    public static void showsSnapshots(Visualization visualization) {
        for (ViewContext context : supported(visualization)) {
            String where = describe(context);
            View view = onEdt("create() for " + where, () -> visualization.create(context));
            onEdt("show() of a fresh " + where + " simulation (step 0, empty history)", () -> {
                view.show(Snapshots.at(context, 0));
                return null;
            });
            onEdt("show() of " + where + " at step 500", () -> {
                view.show(Snapshots.at(context, 500));
                return null;
            });
            onEdt("dispose() for " + where, () -> {
                view.dispose();
                return null;
            });
        }
    }

    /**
     * For each supported context, the view's component, given a snapshot and laid out at
     * {@value #WIDTH} by {@value #HEIGHT}, paints into an image without throwing.
     */
    public static void paintsIntoAnImage(Visualization visualization) {
        for (ViewContext context : supported(visualization)) {
            paint(visualization, context, 500);
        }
    }

    /**
     * For each supported context, what {@code settings()} gives is not null, a fresh view takes it
     * back through {@code applySettings} (and then gives the same settings), and {@code addMenuItems}
     * fills a menu without throwing: what the window does to save and reopen a view's settings.
     */
    public static void takesBackItsSettings(Visualization visualization) {
        for (ViewContext context : supported(visualization)) {
            String where = " for " + describe(context);
            View first = onEdt("create()" + where, () -> visualization.create(context));
            View second = onEdt("create()" + where, () -> visualization.create(context));
            try {
                Map<String, String> settings = onEdt("settings()" + where,
                        () -> Expect.notNull(first.settings(), "settings()" + where));
                onEdt("applySettings(" + settings + ") on a fresh view" + where, () -> {
                    second.applySettings(settings);
                    return null;
                });
                Map<String, String> taken = onEdt("settings() after applySettings" + where, second::settings);
                Expect.that(settings.equals(taken), "a fresh view given settings " + settings + " reports " + taken
                        + where + ": applySettings must take back every setting that settings() gives");
                onEdt("addMenuItems()" + where, () -> {
                    first.addMenuItems(new javax.swing.JMenu("view"));
                    return null;
                });
            } finally {
                onEdt("dispose()" + where, () -> {
                    first.dispose();
                    second.dispose();
                    return null;
                });
            }
        }
    }

    /**
     * Builds a view, shows it the snapshot at {@code step} and paints it into a new image, on the
     * Swing event thread: what the checks do, for authors who want to look at their view.
     *
     * @param visualization the plugin; never null
     * @param context       the simulation to show; never null
     * @param step          the step of the made-up snapshot
     * @return the painted image, {@value #WIDTH} by {@value #HEIGHT}
     */
    public static BufferedImage paint(Visualization visualization, ViewContext context, long step) {
        String where = describe(context);
        View view = onEdt("create() for " + where, () -> visualization.create(context));
        AtomicReference<BufferedImage> image = new AtomicReference<>();
        try {
            onEdt("show() of " + where + " at step " + step, () -> {
                view.show(Snapshots.at(context, step));
                return null;
            });
            onEdt("painting the view of " + where, () -> {
                JComponent component = view.component();
                component.setSize(WIDTH, HEIGHT);
                layOut(component);
                BufferedImage canvas = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_ARGB);
                Graphics2D g = canvas.createGraphics();
                try {
                    component.paint(g);
                } finally {
                    g.dispose();
                }
                image.set(canvas);
                return null;
            });
        } finally {
            onEdt("dispose() for " + where, () -> {
                view.dispose();
                return null;
            });
        }
        return image.get();
    }

    /** Lays out a component tree that is in no window, as a window would before painting. */
    private static void layOut(Component component) {
        if (component instanceof Container container) {
            container.doLayout();
            for (Component child : container.getComponents()) {
                layOut(child);
            }
        }
    }

    private static List<ViewContext> supported(Visualization visualization) {
        List<ViewContext> supported = new ArrayList<>();
        for (ViewContext context : Snapshots.checkedContexts()) {
            if (onEdt("supports() for " + describe(context), () -> visualization.supports(context))) {
                supported.add(context);
            }
        }
        return supported;
    }

    private static String describe(ViewContext context) {
        return context.dataDim() + "-D data" + (context.classes() > 0 ? " with " + context.classes() + " classes" : "");
    }

    /**
     * Runs {@code work} on the Swing event thread and returns its result; what it throws becomes an
     * {@link AssertionError} that says which call threw.
     */
    static <T> T onEdt(String what, Callable<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        Runnable task = () -> {
            try {
                result.set(work.call());
            } catch (AssertionError failed) {
                throw failed;
            } catch (Exception e) {
                throw new AssertionError(what + " threw " + Check.thrown(e), e);
            }
        };
        if (EventQueue.isDispatchThread()) {
            task.run();
            return result.get();
        }
        try {
            EventQueue.invokeAndWait(task);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof AssertionError failed) {
                throw failed;
            }
            throw new AssertionError(what + " threw " + Check.thrown(cause), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(what + " was interrupted", e);
        }
        return result.get();
    }
}
