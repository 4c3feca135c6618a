package org.gansim.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.gansim.api.nn.Precision;

/**
 * Measures iterations per second of the {@link ReferenceIteration}, for compare-pytorch.sh.
 *
 * <pre>
 * java --add-modules jdk.incubator.vector -cp ... org.gansim.bench.ReferenceIterationRate \
 *      [REFERENCE|GAN_LAB] [warm-up seconds] [timed seconds] [--profile] [--float]
 * </pre>
 *
 * The timed part is cut into three equal rounds; the best round is reported (on a shared,
 * noisy machine the best round is the one least disturbed by others), with the median.
 * Prints one line {@code gansim <size> hidden=.. batch=.. iterations/s=<best> median=..}, and
 * with {@code --profile} the average time of each phase. {@code --float} runs the networks' layers
 * in floats ({@link Precision#FLOAT}, what {@code train.precision=float} does in the app).
 */
public final class ReferenceIterationRate {

    private static final int ROUNDS = 3;

    private ReferenceIterationRate() {
    }

    public static void main(String[] args) {
        ReferenceIteration.Size size = ReferenceIteration.Size.valueOf(args.length > 0 ? args[0] : "REFERENCE");
        double warmUpSeconds = args.length > 1 ? Double.parseDouble(args[1]) : 3;
        double timedSeconds = args.length > 2 ? Double.parseDouble(args[2]) : 5;
        List<String> flags = Arrays.asList(args).subList(Math.min(3, args.length), args.length);
        boolean profile = flags.contains("--profile");
        Precision precision = flags.contains("--float") ? Precision.FLOAT : Precision.DOUBLE;
        precision.during(() -> {
            measure(size, warmUpSeconds, timedSeconds, profile);
            return null;
        });
    }

    private static void measure(ReferenceIteration.Size size, double warmUpSeconds, double timedSeconds,
                                boolean profile) {

        ReferenceIteration iteration = new ReferenceIteration(size, 1234);
        double sink = run(iteration, warmUpSeconds, null)[1];
        ReferenceIteration.Profile phases = profile ? new ReferenceIteration.Profile() : null;
        long cpuStart = processCpuNanos();
        long threadStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        double[] rates = new double[ROUNDS];
        double iterations = 0;
        for (int round = 0; round < ROUNDS; round++) {
            double[] result = run(iteration, timedSeconds / ROUNDS, phases);
            rates[round] = result[0];
            sink += result[1];
            iterations += result[2];
        }
        long cpuNanos = processCpuNanos() - cpuStart;
        long threadNanos = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - threadStart;
        Arrays.sort(rates);
        System.out.printf(Locale.ROOT, "gansim %s precision=%s hidden=%d batch=%d iterations/s=%.1f median=%.1f "
                        + "cpu-ms/iteration=%.3f (main thread %.3f) (checksum %.3f)%n",
                size, Precision.current().id(), size.hidden, size.batch, rates[ROUNDS - 1], rates[ROUNDS / 2],
                cpuNanos / 1e6 / iterations, threadNanos / 1e6 / iterations, sink);
        if (phases != null) {
            System.out.print(phases);
        }
    }

    /** CPU time used by this process so far (all threads), or 0 where the JVM cannot tell. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** Runs for about {@code seconds}; returns {iterations per second, sum of losses}. */
    private static double[] run(ReferenceIteration iteration, double seconds, ReferenceIteration.Profile profile) {
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        long count = 0;
        double sink = 0;
        long now;
        do {
            for (int i = 0; i < 10; i++) {
                sink += iteration.step(profile);
            }
            count += 10;
            now = System.nanoTime();
        } while (now < deadline);
        return new double[] {count / ((now - start) / 1e9), sink, count};
    }
}
