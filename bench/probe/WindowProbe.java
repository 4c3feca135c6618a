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
