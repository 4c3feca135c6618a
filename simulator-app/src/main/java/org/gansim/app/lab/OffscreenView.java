package org.gansim.app.lab;

import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.lang.reflect.InvocationTargetException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import org.gansim.api.Snapshot;
import org.gansim.api.View;
import org.gansim.api.ViewContext;
import org.gansim.api.Visualization;

/**
 * One plugin view rendered off-screen, without a window: created, handed each snapshot, laid out
 * at a fixed size and painted into an image, all on the Swing event thread as the view contract
 * asks. Works with {@code -Djava.awt.headless=true} for views made of ordinary Swing components.
 *
 * <p>Any thread may call; the work is handed to the event thread.
 */
public final class OffscreenView {

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
        }, "could not be created");
    }

    /** The view's plugin id. */
    public String id() {
        return id;
    }

    /**
     * Shows the snapshot and paints the view, with the step number in the bottom right corner.
     *
     * @throws ViewFailure naming the plugin when it fails to show or paint
     */
    public BufferedImage render(Snapshot snapshot) {
        onEventThread(() -> {
            view.show(snapshot);
            return null;
        }, "failed to show step " + snapshot.step());
        // A second turn of the event thread, so anything the view queued while showing has run.
        return onEventThread(() -> {
            JComponent component = view.component();
            component.setSize(width, height);
            layOut(component);
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            try {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, width, height);
                component.printAll(g);
                stamp(g, snapshot.step());
            } finally {
                g.dispose();
            }
            return image;
        }, "failed to paint step " + snapshot.step());
    }

    /** Lets the view release what it holds. */
    public void dispose() {
        try {
            onEventThread(() -> {
                view.dispose();
                return null;
            }, "failed to dispose");
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

    /** "step 1,200" on a pale box in the bottom right corner, clear of the views' titles and legends. */
    private void stamp(Graphics2D g, long step) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(11, height / 28)));
        String text = String.format(Locale.ROOT, "step %,d", step);
        FontMetrics metrics = g.getFontMetrics();
        int pad = 4;
        int w = metrics.stringWidth(text) + 2 * pad;
        int h = metrics.getHeight() + pad;
        int x = width - w - 6;
        int y = height - h - 6;
        g.setColor(new Color(255, 255, 255, 215));
        g.fillRoundRect(x, y, w, h, 8, 8);
        g.setColor(new Color(30, 30, 30));
        g.drawString(text, x + pad, y + pad / 2 + metrics.getAscent());
    }

    private <T> T onEventThread(ThrowingSupplier<T> work, String doing) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable task = () -> {
            try {
                result.set(work.get());
            } catch (Throwable t) {
                failure.set(t);
            }
        };
        try {
            if (SwingUtilities.isEventDispatchThread()) {
                task.run();
            } else {
                SwingUtilities.invokeAndWait(task);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ViewFailure(id, doing, e);
        } catch (InvocationTargetException e) {
            failure.set(e.getCause());
        }
        if (failure.get() != null) {
            throw new ViewFailure(id, doing, failure.get());
        }
        return result.get();
    }

    @FunctionalInterface
    private interface ThrowingSupplier<T> {
        T get() throws Exception;
    }

    /** A view that failed: its plugin id, what it was doing and why, in one sentence. */
    public static final class ViewFailure extends RuntimeException {
        public ViewFailure(String id, String doing, Throwable cause) {
            super("View '" + id + "' " + doing + ": " + cause, cause);
        }
    }
}
