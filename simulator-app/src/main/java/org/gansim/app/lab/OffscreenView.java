package org.gansim.app.lab;

import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import org.gansim.app.session.ViewTimeLimit;
import org.gansim.api.Snapshot;
import org.gansim.api.View;
import org.gansim.api.ViewContext;
import org.gansim.api.Visualization;

/**
 * One plugin view rendered off-screen, without a window: created, handed each snapshot, laid out
 * at a fixed size and painted into an image, all on the Swing event thread as the view contract
 * asks. Works with {@code -Djava.awt.headless=true} for views made of ordinary Swing components.
 *
 * <p>Any thread may call; the work is handed to the event thread, and a view that has not returned
 * within the {@link ViewTimeLimit} is given up ({@link ViewStuck}).
 */
public final class OffscreenView {

    /** The view the event thread is stuck in, once one never returned; null until then. */
    private static volatile String stuckIn;

    private final String id;
    private final View view;
    private final int width;
    private final int height;

    /**
     * Creates the view.
     *
     * @throws ViewFailure naming the plugin when it cannot be created
     */
    public OffscreenView(Visualization visualization, ViewContext context, int width, int height) {
        this.id = visualization.id();
        this.width = width;
        this.height = height;
        this.view = onEventThread(() -> {
            View created = visualization.create(context);
            if (created == null || created.component() == null) {
                throw new IllegalStateException("it returned no view or no component");
            }
            return created;
        }, "could not be created", "create the view");
    }

    /** The view's plugin id. */
    public String id() {
        return id;
    }

    /**
     * Shows the snapshot and paints the view, with the step number in a band under it.
     *
     * @throws ViewFailure naming the plugin when it fails to show or paint
     */
    public BufferedImage render(Snapshot snapshot) {
        onEventThread(() -> {
            view.show(snapshot);
            return null;
        }, "failed to show step " + snapshot.step(), "show step " + snapshot.step());
        // A second turn of the event thread, so anything the view queued while showing has run.
        return onEventThread(() -> {
            JComponent component = view.component();
            Font font = new Font(Font.SANS_SERIF, Font.BOLD, Math.max(11, height / 28));
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            try {
                int band = g.getFontMetrics(font).getHeight() + 6;
                component.setSize(width, height - band);
                layOut(component);
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, width, height);
                Graphics2D viewArea = (Graphics2D) g.create(0, 0, width, height - band);
                try {
                    component.printAll(viewArea);
                } finally {
                    viewArea.dispose();
                }
                stamp(g, font, band, snapshot.step());
            } finally {
                g.dispose();
            }
            return image;
        }, "failed to paint step " + snapshot.step(), "paint step " + snapshot.step());
    }

    /** Lets the view release what it holds (not once the event thread is stuck: it would wait in vain). */
    public void dispose() {
        if (stuckIn != null) {
            return;
        }
        try {
            onEventThread(() -> {
                view.dispose();
                return null;
            }, "failed to dispose", "let go of what it holds");
        } catch (ViewFailure ignored) {
            // A view that fails to let go is dropped all the same.
        }
    }

    private static void layOut(Component component) {
        if (component instanceof Container container) {
            container.doLayout();
            for (Component child : container.getComponents()) {
                layOut(child);
            }
        }
    }

    /** "step 1,200" right-aligned in a band under the view, so it hides nothing of the view. */
    private void stamp(Graphics2D g, Font font, int band, long step) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(font);
        String text = String.format(Locale.ROOT, "step %,d", step);
        FontMetrics metrics = g.getFontMetrics();
        g.setColor(new Color(235, 235, 235));
        g.fillRect(0, height - band, width, band);
        g.setColor(new Color(30, 30, 30));
        g.drawString(text, width - metrics.stringWidth(text) - 8, height - band + 3 + metrics.getAscent());
    }

    /**
     * Runs {@code work} on the event thread and waits for it, at most the {@link ViewTimeLimit}
     * ({@code failed}: what a failure says the view did; {@code asked}: what it was asked to do): a
     * view that never returns cannot be stopped, so after that the event thread counts as stuck
     * for every view of this JVM.
     */
    private <T> T onEventThread(ThrowingSupplier<T> work, String failed, String asked) {
        if (stuckIn != null) {
            throw new ViewStuck(id, "cannot render: the Swing thread is still stuck in view '" + stuckIn + "'");
        }
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Runnable task = () -> {
            try {
                result.set(work.get());
            } catch (Throwable t) {
                failure.set(t);
            } finally {
                done.countDown();
            }
        };
        if (SwingUtilities.isEventDispatchThread()) {
            task.run();
        } else {
            SwingUtilities.invokeLater(task);
            Duration limit = ViewTimeLimit.get();
            try {
                if (!done.await(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                    stuckIn = id;
                    throw new ViewStuck(id, "did not finish within " + ViewTimeLimit.text(limit) + " when asked to "
                            + asked);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ViewFailure(id, failed, e);
            }
        }
        if (failure.get() != null) {
            throw new ViewFailure(id, failed, failure.get());
        }
        return result.get();
    }

    @FunctionalInterface
    private interface ThrowingSupplier<T> {
        T get() throws Exception;
    }

    /** A view that failed: its plugin id, what it was doing and why, in one sentence. */
    public static class ViewFailure extends RuntimeException {
        public ViewFailure(String id, String doing, Throwable cause) {
            super("View '" + id + "' " + doing + ": " + cause, cause);
        }

        ViewFailure(String sentence) {
            super(sentence);
        }
    }

    /**
     * A view that did not return on the Swing thread: nothing more can be rendered in this JVM, since
     * no other thread may paint Swing components and the stuck one cannot be stopped.
     */
    public static final class ViewStuck extends ViewFailure {
        ViewStuck(String id, String what) {
            super("View '" + id + "' " + what);
        }
    }
}
