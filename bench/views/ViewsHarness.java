import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.GridLayout;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLayer;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.plaf.LayerUI;
import org.gansim.api.GanVariant;
import org.gansim.api.Snapshot;
import org.gansim.api.TargetDistribution;
import org.gansim.api.View;
import org.gansim.api.ViewContext;
import org.gansim.api.Visualization;
import org.gansim.api.training.TrainingSettings;
import org.gansim.app.session.Simulation;

/**
 * Opens the views in a window beside a training thread, the way the app does (snapshots at most 60
 * a second, handed to the Swing thread), then either takes a screenshot or measures speed.
 *
 * <pre>
 *   shot  TARGET VARIANT STEPS OUT.png VIEW-ID...   train STEPS headless, show, screenshot the window
 *   bench TARGET VARIANT SECONDS VIEW-ID...          headless rate, then the windowed rate, frames per
 *                                                    second of the first view, worst Swing-thread stall
 * </pre>
 * Run with bench/views-speed.sh or bench/views-screenshots.sh.
 */
public final class ViewsHarness {

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        TargetDistribution target = find(TargetDistribution.class, args[1]);
        GanVariant variant = find(GanVariant.class, args[2]);
        long amount = Long.parseLong(args[3]);
        int firstView = mode.equals("shot") ? 5 : 4;
        List<Visualization> visualizations = new ArrayList<>();
        for (int i = firstView; i < args.length; i++) {
            visualizations.add(find(Visualization.class, args[i]));
        }
        TrainingSettings settings = TrainingSettings.defaults(target, variant);
        if (mode.equals("shot")) {
            shot(settings, amount, new File(args[4]), visualizations);
        } else {
            bench(settings, amount, visualizations);
        }
        System.exit(0);
    }

    private static <T extends org.gansim.api.Plugin> T find(Class<T> kind, String id) {
        for (T plugin : ServiceLoader.load(kind)) {
            if (plugin.id().equals(id)) {
                return plugin;
            }
        }
        throw new IllegalArgumentException("no " + kind.getSimpleName() + " with id " + id);
    }

    /** The window: the views in a grid, each wrapped so its paints can be counted. */
    private static final class Window {
        final JFrame frame = new JFrame("GanSim views");
        final List<View> views = new ArrayList<>();
        final AtomicLong paints = new AtomicLong();

        Window(ViewContext context, List<Visualization> visualizations, int columns) {
            JPanel grid = new JPanel(new GridLayout(0, columns, 4, 4));
            grid.setBackground(Color.LIGHT_GRAY);
            boolean first = true;
            for (Visualization v : visualizations) {
                if (!v.supports(context)) {
                    continue;
                }
                View view = v.create(context);
                views.add(view);
                JComponent c = view.component();
                if (first) {
                    LayerUI<JComponent> counter = new LayerUI<>() {
                        @Override
                        public void paint(Graphics g, JComponent layer) {
                            super.paint(g, layer);
                            paints.incrementAndGet();
                        }
                    };
                    grid.add(new JLayer<>(c, counter));
                    first = false;
                } else {
                    grid.add(c);
                }
            }
            frame.setContentPane(grid);
            frame.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
        }

        void show(Snapshot s) {
            for (View v : views) {
                v.show(s);
            }
        }
    }

    private static void shot(TrainingSettings settings, long steps, File out, List<Visualization> visualizations)
            throws Exception {
        Simulation sim = new Simulation(settings, 1, Simulation.DISPLAY_SAMPLES);
        AtomicReference<Window> window = new AtomicReference<>();
        int columns = visualizations.size() <= 2 ? visualizations.size() : 3;
        SwingUtilities.invokeAndWait(() -> {
            Window w = new Window(sim.context(), visualizations, columns);
            w.frame.setBounds(0, 0, columns * 440, visualizations.size() <= columns ? 430 : 860);
            w.frame.setVisible(true);
            window.set(w);
        });
        // A few snapshots along the way, so the charts have curves.
        long shown = 0;
        for (long s = 1; s <= steps; s++) {
            sim.step();
            if (s % Math.max(1, steps / 60) == 0 || s == steps) {
                Snapshot snap = sim.snapshot(false, 0);
                SwingUtilities.invokeAndWait(() -> window.get().show(snap));
                shown++;
            }
        }
        Thread.sleep(1500);
        SwingUtilities.invokeAndWait(() -> window.get().frame.repaint());
        Thread.sleep(500);
        Rectangle bounds = window.get().frame.getBounds();
        BufferedImage image = new Robot().createScreenCapture(bounds);
        ImageIO.write(image, "png", out);
        System.out.println("wrote " + out + " after " + steps + " steps (" + shown + " snapshots shown)");
    }

    private static void bench(TrainingSettings settings, long seconds, List<Visualization> visualizations)
            throws Exception {
        double headless = rate(new Simulation(settings, 1, Simulation.DISPLAY_SAMPLES), seconds, null);
        Simulation sim = new Simulation(settings, 1, Simulation.DISPLAY_SAMPLES);
        AtomicReference<Window> window = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            Window w = new Window(sim.context(), visualizations, 2);
            w.frame.setBounds(0, 0, 1200, 780);
            w.frame.setVisible(true);
            window.set(w);
        });
        Thread.sleep(1000);
        Watchdog watchdog = new Watchdog();
        watchdog.start();
        long paintsBefore = window.get().paints.get();
        long start = System.nanoTime();
        double windowed = rate(sim, seconds, window.get());
        double elapsed = (System.nanoTime() - start) / 1e9;
        long paints = window.get().paints.get() - paintsBefore;
        watchdog.interrupt();
        System.out.printf("views: %s%n", visualizations.stream().map(Visualization::id).toList());
        System.out.printf("headless training: %.0f steps/s%n", headless);
        System.out.printf("windowed training: %.0f steps/s (%.0f%% of headless)%n", windowed, 100 * windowed / headless);
        System.out.printf("data space frames: %.1f per second%n", paints / elapsed);
        System.out.printf("worst Swing-thread stall: %.1f ms%n", watchdog.worst / 1e6);
    }

    /** Trains for {@code seconds}, publishing a snapshot at most every 1/60 s when a window is given. */
    private static double rate(Simulation sim, long seconds, Window window) throws Exception {
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        long nextFrame = start;
        AtomicLong inFlight = new AtomicLong();
        long steps = 0;
        while (System.nanoTime() < end) {
            sim.step();
            steps++;
            long now = System.nanoTime();
            if (window != null && now >= nextFrame && inFlight.get() == 0) {
                nextFrame = now + 1_000_000_000L / 60;
                Snapshot snap = sim.snapshot(true, 0);
                inFlight.incrementAndGet();
                SwingUtilities.invokeLater(() -> {
                    window.show(snap);
                    inFlight.decrementAndGet();
                });
            }
        }
        return steps / ((System.nanoTime() - start) / 1e9);
    }

    /** Posts a task to the Swing thread every 10 ms and records the longest wait before it ran. */
    private static final class Watchdog extends Thread {
        volatile long worst;

        Watchdog() {
            setDaemon(true);
        }

        @Override
        public void run() {
            while (!isInterrupted()) {
                long posted = System.nanoTime();
                try {
                    SwingUtilities.invokeAndWait(() -> {
                        long waited = System.nanoTime() - posted;
                        worst = Math.max(worst, waited);
                    });
                    Thread.sleep(10);
                } catch (Exception e) {
                    return;
                }
            }
        }
    }
}
