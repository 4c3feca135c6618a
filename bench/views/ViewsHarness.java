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

    /** The window: the views in a grid, each wrapped so its paints can be counted and their CPU time measured. */
    private static final class Window {
        final JFrame frame = new JFrame("GanSim views");
        final List<View> views = new ArrayList<>();
        final AtomicLong paints = new AtomicLong();
        /** Per view: paints, CPU nanoseconds in paint, CPU nanoseconds in show. */
        final List<long[]> costs = new ArrayList<>();
        final List<String> ids = new ArrayList<>();

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
                ids.add(v.id());
                long[] cost = new long[3];
                costs.add(cost);
                JComponent c = view.component();
                boolean counted = first;
                LayerUI<JComponent> counter = new LayerUI<>() {
                    @Override
                    public void paint(Graphics g, JComponent layer) {
                        long before = cpu();
                        super.paint(g, layer);
                        cost[0]++;
                        cost[1] += cpu() - before;
                        if (counted) {
                            paints.incrementAndGet();
                        }
                    }
                };
                grid.add(new JLayer<>(c, counter));
                first = false;
            }
            frame.setContentPane(grid);
            frame.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
        }

        void show(Snapshot s) {
            for (int i = 0; i < views.size(); i++) {
                long before = cpu();
                views.get(i).show(s);
                costs.get(i)[2] += cpu() - before;
            }
        }

        /** A copy of the per-view costs, to subtract. */
        List<long[]> costsNow() {
            return costs.stream().map(long[]::clone).toList();
        }

        static long cpu() {
            return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        }
    }

    private static void shot(TrainingSettings settings, long steps, File out, List<Visualization> visualizations)
            throws Exception {
        Simulation sim = new Simulation(settings, 1, Simulation.DISPLAY_SAMPLES);
        AtomicReference<Window> window = new AtomicReference<>();
        int columns = visualizations.size() <= 2 ? visualizations.size() : 3;
        SwingUtilities.invokeAndWait(() -> {
            Window w = new Window(sim.context(), visualizations, columns);
            int rows = (visualizations.size() + columns - 1) / columns;
            w.frame.setBounds(0, 0, columns * 440, rows * 400);
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
        // Warm the JIT up on the same work first, so neither phase pays for compilation.
        rate(new Simulation(settings, 2, Simulation.DISPLAY_SAMPLES), Math.max(3, seconds / 4), null);
        long headlessStart = System.nanoTime();
        long headlessCpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        double headless = rate(new Simulation(settings, 1, Simulation.DISPLAY_SAMPLES), seconds, null);
        double headlessCpuPerStep = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()
                - headlessCpu) / 1e6 / (headless * (System.nanoTime() - headlessStart) / 1e9);
        Simulation sim = new Simulation(settings, 1, Simulation.DISPLAY_SAMPLES);
        AtomicReference<Window> window = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            Window w = new Window(sim.context(), visualizations, 2);
            w.frame.setBounds(0, 0, 1200, 780);
            w.frame.setVisible(true);
            window.set(w);
        });
        // The window's own warm-up: its first snapshots, layouts and paints are not measured.
        rate(sim, Math.max(3, seconds / 4), window.get());
        Thread.sleep(500);
        Watchdog watchdog = new Watchdog();
        watchdog.start();
        long paintsBefore = window.get().paints.get();
        List<long[]> viewCostsBefore = SwingCall.get(() -> window.get().costsNow());
        java.util.Map<String, Long> cpuBefore = cpuByThreadGroup();
        long xvfbBefore = xvfbCpuNanos();
        long start = System.nanoTime();
        double windowed = rate(sim, seconds, window.get());
        double elapsed = (System.nanoTime() - start) / 1e9;
        long paints = window.get().paints.get() - paintsBefore;
        List<long[]> viewCostsAfter = SwingCall.get(() -> window.get().costsNow());
        java.util.Map<String, Long> cpuAfter = cpuByThreadGroup();
        long xvfbAfter = xvfbCpuNanos();
        watchdog.interrupt();
        System.out.printf("views: %s%n", visualizations.stream().map(Visualization::id).toList());
        System.out.printf("headless training: %.0f steps/s%n", headless);
        System.out.printf("windowed training: %.0f steps/s (%.0f%% of headless)%n", windowed, 100 * windowed / headless);
        System.out.printf("data space frames: %.1f per second%n", paints / elapsed);
        System.out.printf("worst Swing-thread stall: %.1f ms%n", watchdog.worst / 1e6);
        // CPU time does not depend on how busy the machine's other users keep the cores.
        StringBuilder cpu = new StringBuilder("CPU while windowed, ms per second:");
        for (String group : cpuAfter.keySet()) {
            long used = cpuAfter.get(group) - cpuBefore.getOrDefault(group, 0L);
            cpu.append(String.format(" %s %.0f,", group, used / 1e6 / elapsed));
        }
        if (xvfbBefore >= 0 && xvfbAfter >= 0) {
            cpu.append(String.format(" X server %.0f", (xvfbAfter - xvfbBefore) / 1e6 / elapsed));
        }
        System.out.println(cpu);
        for (int i = 0; i < viewCostsAfter.size(); i++) {
            long[] a = viewCostsAfter.get(i);
            long[] b = viewCostsBefore.get(i);
            long n = a[0] - b[0];
            System.out.printf("  %-14s %5.1f paints/s, %6.2f ms CPU per paint, Swing-thread CPU %4.0f ms/s in paint + %4.0f ms/s in show%n",
                    window.get().ids.get(i), n / elapsed, (a[1] - b[1]) / 1e6 / Math.max(1, n),
                    (a[1] - b[1]) / 1e6 / elapsed, (a[2] - b[2]) / 1e6 / elapsed);
        }
        long swing = cpuAfter.getOrDefault("swing", 0L) - cpuBefore.getOrDefault("swing", 0L);
        long training = cpuAfter.getOrDefault("training", 0L) - cpuBefore.getOrDefault("training", 0L);
        System.out.printf("Swing-thread CPU per data space frame: %.2f ms%n", swing / 1e6 / Math.max(1, paints));
        System.out.printf("training-thread CPU per step: %.3f ms headless, %.3f ms windowed%n", headlessCpuPerStep,
                training / 1e6 / (windowed * elapsed));
    }

    /** CPU time of this JVM's threads, in groups: training (main), swing, view workers, other. */
    private static java.util.Map<String, Long> cpuByThreadGroup() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        java.util.Map<String, Long> groups = new java.util.TreeMap<>();
        for (java.lang.management.ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long t = mx.getThreadCpuTime(info.getThreadId());
            if (t < 0) {
                continue;
            }
            String name = info.getThreadName();
            String group = name.equals("main") ? "training"
                    : name.startsWith("AWT-EventQueue") ? "swing"
                    : name.startsWith("gansim-matmul") ? "matmul-helpers"
                    : name.startsWith("gansim-") ? "view-workers" : "other";
            groups.merge(group, t, Long::sum);
        }
        return groups;
    }

    /** CPU time of the Xvfb serving this display (it draws what the window sends), or -1 if unknown. */
    private static long xvfbCpuNanos() {
        String display = System.getenv("DISPLAY");
        if (display == null) {
            return -1;
        }
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().orElse("").endsWith("Xvfb")
                        && java.util.Arrays.asList(p.info().arguments().orElse(new String[0])).contains(display))
                .findFirst()
                .map(p -> {
                    try {
                        String[] stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + p.pid() + "/stat"))
                                .replaceAll("^.*\\) ", "").split(" ");
                        // Fields 14 and 15 of /proc/pid/stat (user and system time, in ticks of 10 ms).
                        return (Long.parseLong(stat[11]) + Long.parseLong(stat[12])) * 10_000_000L;
                    } catch (java.io.IOException | RuntimeException e) {
                        return -1L;
                    }
                })
                .orElse(-1L);
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

    /** Runs a computation on the Swing thread and returns its value. */
    private static final class SwingCall {
        static <T> T get(java.util.function.Supplier<T> supplier) throws Exception {
            AtomicReference<T> result = new AtomicReference<>();
            SwingUtilities.invokeAndWait(() -> result.set(supplier.get()));
            return result.get();
        }
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
