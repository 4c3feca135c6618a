import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import org.gansim.api.GanVariant;
import org.gansim.api.TargetDistribution;
import org.gansim.api.metrics.ModeCoverage;
import org.gansim.api.training.CoverageRun;

/**
 * The moving average of G's weights against the live generator, on the same training run: every few
 * steps, the coverage of 2,500 fresh samples of the average, then of the live G (the {@code show_raw_g}
 * switch). Averaging never changes training, so the two columns differ only in what is shown.
 * DECAY is a number, or {@code default} to keep the variant's own default. Each measurement also
 * gives the seconds since the run started (building the networks, training and the measurements so
 * far) and the training steps per second over that time.
 *
 * <pre>
 * java --add-modules=jdk.incubator.vector -cp simulator-app/target/gansim.jar bench/AverageVsLive.java \
 *      TARGET VARIANT FIRST_SEED LAST_SEED STEPS EVERY DECAY [KEY=VALUE ...]
 * </pre>
 */
public final class AverageVsLive {

    public static void main(String[] args) {
        if (args.length < 7) {
            System.err.println("Usage: AverageVsLive TARGET VARIANT FIRST_SEED LAST_SEED STEPS EVERY DECAY [KEY=VALUE ...]");
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
        List<String> assignments = new ArrayList<>(Arrays.asList(args).subList(7, args.length));
        if (!args[6].equals("default")) {
            assignments.add("variant.g_average=" + args[6]);
        }
        for (int seed = firstSeed; seed <= lastSeed; seed++) {
            long started = System.nanoTime();
            CoverageRun run = CoverageRun.start(target, variant, seed, assignments.toArray(new String[0]));
            StringBuilder line = new StringBuilder("seed " + seed);
            for (int done = 0; done < steps; done += every) {
                run.train(every);
                double seconds = (System.nanoTime() - started) / 1e9;
                ModeCoverage average = run.coverage();
                run.gan().updateParams(run.setup().params().with("show_raw_g", true));
                ModeCoverage live = run.coverage();
                run.gan().updateParams(run.setup().params());
                line.append(String.format(Locale.ROOT, " [step %d, %.0f s, %.0f steps/s: average %d modes %.1f%%,"
                        + " live %d modes %.1f%%]", done + every, seconds, (done + every) / seconds,
                        average.modesCaptured(), 100 * average.highQualityShare(),
                        live.modesCaptured(), 100 * live.highQualityShare()));
            }
            System.out.println(line);
        }
    }
}
