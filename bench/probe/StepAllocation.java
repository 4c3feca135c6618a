import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.gansim.api.training.TrainingSettings;
import org.gansim.app.plugins.PluginRegistry;
import org.gansim.app.session.PluginCalls;
import org.gansim.app.session.Simulation;

/**
 * How many bytes one training step allocates, through the same {@link Simulation} as {@code gansim
 * run} and the window, after a warm-up (so that the JIT has compiled the Vector API calls, which
 * allocate until then). Counted by the JVM for this thread alone, so the figure does not depend on
 * how busy the machine is; the steps a second beside it do.
 *
 * <pre>
 * java --add-modules=jdk.incubator.vector -cp simulator-app/target/gansim.jar \
 *     bench/probe/StepAllocation.java ring8 vanilla 6000 2000 [key=value ...]
 * </pre>
 * Arguments: target, variant, warm-up steps, steps per measurement (three measurements), then
 * parameter assignments as {@code run --param} takes them.
 */
public final class StepAllocation {

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: StepAllocation TARGET VARIANT WARM_UP_STEPS STEPS [key=value ...]");
            System.exit(2);
        }
        try (PluginRegistry registry = PluginRegistry.load(List.of())) {
            TrainingSettings settings = TrainingSettings.defaults(registry.target(args[0]).orElseThrow(),
                    registry.variant(args[1]).orElseThrow());
            for (int i = 4; i < args.length; i++) {
                settings = settings.withAssignment(args[i]);
            }
            Simulation simulation = new Simulation(settings, 1, 1, new PluginCalls());
            ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
            long thread = Thread.currentThread().getId();
            int warmUp = Integer.parseInt(args[2]);
            int steps = Integer.parseInt(args[3]);
            for (int i = 0; i < warmUp; i++) {
                simulation.step();
            }
            for (int round = 0; round < 3; round++) {
                long bytes = threads.getThreadAllocatedBytes(thread);
                long start = System.nanoTime();
                for (int i = 0; i < steps; i++) {
                    simulation.step();
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                bytes = threads.getThreadAllocatedBytes(thread) - bytes;
                System.out.printf("%s / %s: %.1f KB a step, %.0f steps a second%n", args[0], args[1],
                        bytes / 1e3 / steps, steps / seconds);
            }
        }
        System.exit(0); // the engine's helper thread would keep the JVM waiting
    }
}
