import java.util.Arrays;
import java.util.Locale;
import java.util.ServiceLoader;
import org.gansim.api.GanVariant;
import org.gansim.api.TargetDistribution;
import org.gansim.api.metrics.ModeCoverage;
import org.gansim.api.training.CoverageRun;

/**
 * Modes captured over time: trains one variant on one target for several seeds, measuring the coverage
 * of 2,500 fresh samples every few steps, the way the build's tests measure it. A collapse that hops
 * from mode to mode shows here and not in the final figure alone.
 *
 * <pre>
 * java --add-modules=jdk.incubator.vector -cp simulator-app/target/gansim.jar bench/ModeTimeline.java \
 *      TARGET VARIANT FIRST_SEED LAST_SEED STEPS EVERY [KEY=VALUE ...]
 * </pre>
 *
 * One line per seed: wall time, the final modes and high-quality share, the fewest and the mean modes
 * over the logged steps, then the modes and the high-quality percentage at each logged step.
 */
public final class ModeTimeline {

    public static void main(String[] args) {
        if (args.length < 6) {
            System.err.println("Usage: ModeTimeline TARGET VARIANT FIRST_SEED LAST_SEED STEPS EVERY [KEY=VALUE ...]");
            System.exit(2);
        }
        TargetDistribution target = ServiceLoader.load(TargetDistribution.class).stream()
                .map(ServiceLoader.Provider::get).filter(t -> t.id().equals(args[0])).findFirst().orElseThrow();
        GanVariant variant = ServiceLoader.load(GanVariant.class).stream()
                .map(ServiceLoader.Provider::get).filter(v -> v.id().equals(args[1])).findFirst().orElseThrow();
        int firstSeed = Integer.parseInt(args[2]);
        int lastSeed = Integer.parseInt(args[3]);
        int steps = Integer.parseInt(args[4]);
        int every = Integer.parseInt(args[5]);
        String[] assignments = Arrays.copyOfRange(args, 6, args.length);
        for (int seed = firstSeed; seed <= lastSeed; seed++) {
            long started = System.nanoTime();
            CoverageRun run = CoverageRun.start(target, variant, seed, assignments);
            StringBuilder modes = new StringBuilder();
            StringBuilder quality = new StringBuilder();
            int fewest = Integer.MAX_VALUE;
            double sum = 0;
            int logged = 0;
            ModeCoverage coverage = null;
            for (int done = 0; done < steps; done += every) {
                run.train(Math.min(every, steps - done));
                coverage = run.coverage();
                modes.append(coverage.modesCaptured()).append(' ');
                quality.append(Math.round(100 * coverage.highQualityShare())).append(' ');
                fewest = Math.min(fewest, coverage.modesCaptured());
                sum += coverage.modesCaptured();
                logged++;
            }
            System.out.printf(Locale.ROOT, "seed %d %.1fs final %d/%d hq %.1f%% min %d mean %.2f | modes %s| hq %s%n",
                    seed, (System.nanoTime() - started) / 1e9, coverage.modesCaptured(), coverage.modeCount(),
                    100 * coverage.highQualityShare(), fewest, sum / logged, modes, quality);
        }
    }
}
