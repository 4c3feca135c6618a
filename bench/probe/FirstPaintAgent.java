import java.awt.AWTEvent;
import java.awt.Toolkit;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.security.ProtectionDomain;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.JFrame;

/**
 * For bench/startup.sh: a Java agent ({@code -javaagent:probe.jar}) that prints the milliseconds from
 * the start of the launch to the first paint of GanSim's main window, then stops the program. It
 * works however GanSim is started ({@code ./gansim}, {@code java -jar gansim.jar}), because it needs
 * no change to the command line but the agent (given in {@code JDK_JAVA_OPTIONS}).
 *
 * <p>The start of the launch is the start of this process, or, in a child that a bare
 * {@code java -jar} started again with the Vector API module, the start of that first process: the
 * user waits from the double-click on.
 *
 * <p>It does nothing in a JVM without the Vector API module: that JVM only starts the child. It
 * listens for paint events once the app itself has asked for the X11 toolkit, so that it moves no
 * start-up work to another thread or earlier.
 */
public final class FirstPaintAgent {

    private static final String VECTOR_MODULE = "jdk.incubator.vector";
    private static final String STARTER_PROPERTY = "gansim.relaunched";

    private FirstPaintAgent() {
    }

    public static void premain(String args, Instrumentation instrumentation) {
        if (ModuleLayer.boot().findModule(VECTOR_MODULE).isEmpty()) {
            return;
        }
        Instant launched = launchStart();
        AtomicBoolean listening = new AtomicBoolean();
        instrumentation.addTransformer(new ClassFileTransformer() {
            @Override
            public byte[] transform(ClassLoader loader, String name, Class<?> redefined, ProtectionDomain domain,
                    byte[] bytes) {
                if ("sun/awt/X11/XToolkit".equals(name) && listening.compareAndSet(false, true)) {
                    // getDefaultToolkit() waits for the app's own call to finish creating the toolkit.
                    Thread listener = new Thread(() -> listen(launched), "first-paint-agent");
                    listener.setDaemon(true);
                    listener.start();
                }
                return null;
            }
        });
    }

    private static void listen(Instant launched) {
        Toolkit.getDefaultToolkit().addAWTEventListener(event -> {
            if (event.getSource() instanceof JFrame frame && "mainWindow".equals(frame.getName())) {
                System.out.println(Duration.between(launched, Instant.now()).toMillis());
                System.out.flush();
                Runtime.getRuntime().halt(0);
            }
        }, AWTEvent.PAINT_EVENT_MASK);
    }

    private static Instant launchStart() {
        String starter = System.getProperty(STARTER_PROPERTY);
        ProcessHandle process = starter == null ? ProcessHandle.current()
                : ProcessHandle.of(Long.parseLong(starter)).orElseThrow();
        return process.info().startInstant().orElseThrow();
    }
}
