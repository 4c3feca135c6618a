package org.gansim.app.lab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ring and grid benchmarks of VEEGAN (Srivastava et al. 2017, Table 1) and PacGAN (Lin et al.
 * 2018, Table 1) as a recipe for a sweep: which target each benchmark trains on with which values,
 * the steps of each variant, and, at paper scale, the network sizes, batch and steps of the PacGAN
 * authors' code.
 *
 * <p>The targets, as in the PacGAN code ({@code synthetic_data_experiments/2DRing_GAN&PacGAN/config.py}
 * and {@code 2DGrid_GAN&PacGAN/config.py} of github.com/fjxmlzn/PacGAN): the ring is 8 Gaussians of
 * std 0.01 on a circle of radius 1; the grid is 5 x 5 Gaussians of std 0.05 at -4, -2, 0, 2, 4 on
 * each axis.
 *
 * <p>Immutable.
 */
public final class ModeBenchmark implements RunRecipe {

    /** Benchmark name to target id. */
    public static final Map<String, String> TARGETS = Map.of("ring", "ring8", "grid", "grid25");

    private static final Map<String, List<String>> TARGET_VALUES = Map.of(
            "ring8", List.of("target.modes=8", "target.radius=1", "target.std=0.01"),
            "grid25", List.of("target.size=5", "target.spacing=2", "target.std=0.05"));

    /** Steps of a run at paper scale: 400 epochs of 100,000 samples in batches of 100. */
    public static final long PAPER_STEPS = 400_000;

    /**
     * The PacGAN code's networks and batch. Its generator has batch normalisation after each hidden
     * layer and its discriminator maxout units of 5 pieces; GanSim's networks have neither, so only
     * the widths, depths, batch and latent size carry over.
     */
    public static final List<String> PAPER_SIZES = List.of("model.g_hidden=400,400,400,400",
            "model.d_hidden=200,200,200", "model.latent_dim=2", "model.prior=gaussian", "train.batch=100");

    /** The PacGAN code's optimiser (Adam, learning rate 1e-4, beta1 0.8), for the variants that have those keys. */
    public static final List<String> PAPER_OPTIMIZER = List.of("variant.lr_d=1e-4", "variant.lr_g=1e-4",
            "variant.beta1=0.8");

    /** The variants whose published counterparts trained with {@link #PAPER_OPTIMIZER}. */
    private static final Set<String> PAPER_OPTIMIZER_VARIANTS = Set.of("vanilla", "pacgan");

    private final Map<String, Long> stepsByVariant;
    private final long steps;
    private final boolean paperScale;
    private final List<String> extra;

    /**
     * @param steps          steps of every run whose variant has none in {@code stepsByVariant}
     * @param stepsByVariant steps of particular variants
     * @param paperScale     whether to train the papers' network sizes and batch
     * @param extra          further {@code key=value} assignments for every run, applied last
     */
    public ModeBenchmark(long steps, Map<String, Long> stepsByVariant, boolean paperScale, List<String> extra) {
        this.steps = steps;
        this.stepsByVariant = new LinkedHashMap<>(stepsByVariant);
        this.paperScale = paperScale;
        this.extra = List.copyOf(extra);
    }

    @Override
    public long steps(SweepRun run) {
        return stepsByVariant.getOrDefault(run.variant(), steps);
    }

    @Override
    public List<String> fixedAssignments(SweepRun run) {
        List<String> fixed = new ArrayList<>(TARGET_VALUES.getOrDefault(run.target(), List.of()));
        if (paperScale) {
            fixed.addAll(PAPER_SIZES);
            if (PAPER_OPTIMIZER_VARIANTS.contains(run.variant())) {
                fixed.addAll(PAPER_OPTIMIZER);
            }
        }
        fixed.addAll(extra);
        return fixed;
    }
}
