import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.Container;
import java.awt.Frame;
import java.awt.Toolkit;
import java.awt.event.PaintEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JFrame;
import javax.swing.JMenuBar;
import javax.swing.MenuElement;
import javax.swing.SwingUtilities;

/**
 * Drives the GanSim window for bench/soak.sh and bench/startup.sh, on the class path beside
 * gansim.jar (not part of the app).
 *
 * <ul>
 *   <li>{@code first-paint}: opens the window and prints the milliseconds from the start of the
 *       process to the first paint event of the main window, then exits.</li>
 *   <li>{@code soak}: opens the window, switches every view on, presses Play and keeps running.</li>
 *   <li>{@code rate SECONDS VIEW...}: opens the window with exactly the views named, presses Play,
 *       lets it warm up for SECONDS / 3, then for SECONDS prints the steps trained per second (read
 *       from the step counter), the data space's paints per second and the longest wait of a task
 *       posted to the Swing thread every 10 ms; then exits.</li>
 * </ul>
 */
public final class WindowProbe {

    public static void main(String[] args) throws Exception {
        String mode = args.length == 0 ? "soak" : args[0];
        Instant processStart = ProcessHandle.current().info().startInstant().orElseThrow();
        if (mode.equals("first-paint")) {
            Toolkit.getDefaultToolkit().addAWTEventListener(event -> {
                if (event.getSource() instanceof JFrame frame && "mainWindow".equals(frame.getName())) {
                    long millis = Duration.between(processStart, Instant.now()).toMillis();
                    System.out.println(millis);
                    System.out.flush();
                    Runtime.getRuntime().halt(0);
                }
            }, AWTEvent.PAINT_EVENT_MASK);
        }
        org.gansim.app.Main.main(new String[0]);
        if (mode.equals("rate")) {
            rate(Long.parseLong(args[1]), List.of(args).subList(2, args.length));
            System.exit(0); // not halt: a flight recording given on the command line is written on exit
        }
        if (mode.equals("soak")) {
            System.out.println("pid " + ProcessHandle.current().pid());
            JFrame window = waitForWindow();
            // the View menu is filled once the first simulation state arrives
            for (int i = 0; i < 300 && viewItems(window) == 0; i++) {
                Thread.sleep(100);
            }
            SwingUtilities.invokeAndWait(() -> {
                int views = 0;
                for (AbstractButton item : menuItems(window.getJMenuBar())) {
                    if (item.getName() != null && item.getName().startsWith("view:") && item instanceof JCheckBoxMenuItem box) {
                        if (box.isEnabled() && !box.isSelected()) {
                            box.doClick();
                        }
                        views += box.isSelected() ? 1 : 0;
                    }
                }
                System.out.println("views shown: " + views);
                System.out.flush();
                AbstractButton play = (AbstractButton) find(window.getContentPane(), "playButton");
                play.doClick();
            });
        }
    }

    /** The window's own training rate, frames and Swing-thread waits with the views named shown. */
    private static void rate(long seconds, List<String> views) throws Exception {
        JFrame window = waitForWindow();
        for (int i = 0; i < 300 && viewItems(window) == 0; i++) {
            Thread.sleep(100);
        }
        java.util.concurrent.atomic.AtomicLong paints = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicLong states = new java.util.concurrent.atomic.AtomicLong();
        SwingUtilities.invokeAndWait(() -> {
            for (AbstractButton item : menuItems(window.getJMenuBar())) {
                if (item.getName() != null && item.getName().startsWith("view:") && item instanceof JCheckBoxMenuItem box
                        && box.isEnabled() && box.isSelected() != views.contains(item.getName().substring(5))) {
                    box.doClick();
                }
            }
        });
        Thread.sleep(2000);
        SwingUtilities.invokeAndWait(() -> {
            Component canvas = find(window.getContentPane(), "dataSpaceCanvas");
            // Counts the canvas's paints: a see-through layer over it, called whenever it is drawn.
            if (canvas instanceof javax.swing.JComponent c) {
                c.setDebugGraphicsOptions(0);
                javax.swing.RepaintManager.setCurrentManager(new javax.swing.RepaintManager() {
                    @Override
                    public void paintDirtyRegions() {
                        boolean dirty = !getDirtyRegion(c).isEmpty();
                        super.paintDirtyRegions();
                        if (dirty) {
                            paints.incrementAndGet();
                        }
                    }
                });
            }
            ((AbstractButton) find(window.getContentPane(), "playButton")).doClick();
            // Each state the window shows sets the step counter's text once.
            find(window.getContentPane(), "stepCounter").addPropertyChangeListener("text", e -> states.incrementAndGet());
        });
        Thread.sleep(seconds * 1000 / 3);
        long[] worst = {0};
        Thread watchdog = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long posted = System.nanoTime();
                try {
                    SwingUtilities.invokeAndWait(() -> worst[0] = Math.max(worst[0], System.nanoTime() - posted));
                    Thread.sleep(10);
                } catch (Exception stopped) {
                    return;
                }
            }
        });
        long stepsBefore = steps(window);
        long paintsBefore = paints.get();
        long statesBefore = states.get();
        java.util.Map<String, Long> cpuBefore = cpuByThreadGroup();
        long start = System.nanoTime();
        watchdog.start();
        Thread.sleep(seconds * 1000);
        watchdog.interrupt();
        double elapsed = (System.nanoTime() - start) / 1e9;
        long steps = steps(window) - stepsBefore;
        java.util.Map<String, Long> cpuAfter = cpuByThreadGroup();
        System.out.printf("window training: %.0f steps/s; states shown: %.1f per second; data space: %.1f paints/s;"
                + " worst Swing-thread wait: %.1f ms%n", steps / elapsed, (states.get() - statesBefore) / elapsed,
                (paints.get() - paintsBefore) / elapsed, worst[0] / 1e6);
        StringBuilder cpu = new StringBuilder("CPU ms per second:");
        cpuAfter.forEach((group, used) -> cpu.append(String.format(" %s %.0f,", group,
                (used - cpuBefore.getOrDefault(group, 0L)) / 1e6 / elapsed)));
        long training = cpuAfter.getOrDefault("training", 0L) - cpuBefore.getOrDefault("training", 0L);
        cpu.append(String.format(" training CPU per step %.3f ms", training / 1e6 / Math.max(1, steps)));
        System.out.println(cpu);
        System.out.flush();
    }

    /** CPU time of this JVM's threads in groups: training, matmul helper, swing, view workers, other. */
    private static java.util.Map<String, Long> cpuByThreadGroup() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        java.util.Map<String, Long> groups = new java.util.TreeMap<>();
        for (java.lang.management.ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
            long t = info == null ? -1 : mx.getThreadCpuTime(info.getThreadId());
            if (t < 0) {
                continue;
            }
            String name = info.getThreadName();
            String group = name.equals("gansim-training") ? "training"
                    : name.startsWith("gansim-matmul") ? "matmul-helper"
                    : name.startsWith("AWT-EventQueue") ? "swing"
                    : name.startsWith("gansim-") ? "view-workers" : "other";
            groups.merge(group, t, Long::sum);
        }
        return groups;
    }

    private static long steps(JFrame window) throws Exception {
        String[] text = new String[1];
        SwingUtilities.invokeAndWait(() -> text[0] = ((javax.swing.JLabel) find(window.getContentPane(), "stepCounter")).getText());
        return Long.parseLong(text[0].replaceAll("[^0-9]", ""));
    }

    private static int viewItems(JFrame window) throws Exception {
        int[] count = {0};
        SwingUtilities.invokeAndWait(() -> count[0] = (int) menuItems(window.getJMenuBar()).stream()
                .filter(b -> b.getName() != null && b.getName().startsWith("view:")).count());
        return count[0];
    }

    private static JFrame waitForWindow() throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            for (Frame frame : Frame.getFrames()) {
                if (frame instanceof JFrame j && "mainWindow".equals(j.getName()) && j.isShowing()) {
                    return j;
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no main window after 60 s");
    }

    private static List<AbstractButton> menuItems(JMenuBar bar) {
        List<AbstractButton> items = new ArrayList<>();
        collect(bar, items);
        return items;
    }

    private static void collect(MenuElement element, List<AbstractButton> items) {
        for (MenuElement child : element.getSubElements()) {
            if (child instanceof AbstractButton button) {
                items.add(button);
            }
            collect(child, items);
        }
    }

    private static Component find(Container root, String name) {
        for (Component c : root.getComponents()) {
            if (name.equals(c.getName())) {
                return c;
            }
            if (c instanceof Container inner) {
                Component found = find(inner, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static {
        // PaintEvent is referenced so the event mask's type is plain to a reader.
        Class<?> unused = PaintEvent.class;
    }
}
