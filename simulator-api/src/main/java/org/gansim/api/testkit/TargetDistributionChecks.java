package org.gansim.api.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.gansim.api.ModeSet;
import org.gansim.api.PlotBounds;
import org.gansim.api.Sampler;
import org.gansim.api.TargetDistribution;
import org.gansim.api.param.Params;
import org.gansim.api.Batch;

/**
 * The contract of a {@link TargetDistribution}, as plain checks that need no test framework.
 *
 * <pre>{@code
 * ContractReport report = TargetDistributionChecks.report(new MyRing());
 * System.out.print(report.toText());
 * }</pre>
 * Plugin authors with JUnit 5 use {@link TargetDistributionContract} instead, which runs the same
 * checks as tests. Every check uses the plugin's default parameters.
 *
 * <p>Each check method returns when the plugin passes and throws an {@link AssertionError} with one
 * sentence when it does not. Stateless; any thread.
 *
 * @since 1
 */
public final class TargetDistributionChecks {

    /** The seed every check draws with, so a failure can be reproduced. */
    public static final long SEED = 20_140_610L;

    private TargetDistributionChecks() {
    }

    /** Every check of the contract, the common plugin checks first. */
    public static List<Check<TargetDistribution>> all() {
        List<Check<TargetDistribution>> checks = new ArrayList<>(PluginChecks.all());
        checks.add(new Check<>("creates a sampler from the defaults", TargetDistributionChecks::createsASampler));
        checks.add(new Check<>("dimension is 1 or 2", TargetDistributionChecks::dimensionIsOneOrTwo));
        checks.add(new Check<>("samples have the right shape", TargetDistributionChecks::samplesHaveTheRightShape));
        checks.add(new Check<>("samples are finite", TargetDistributionChecks::samplesAreFinite));
        checks.add(new Check<>("samples are deterministic for a seed",
                TargetDistributionChecks::samplesAreDeterministicForASeed));
        checks.add(new Check<>("bounds cover the samples", TargetDistributionChecks::boundsCoverTheSamples));
        checks.add(new Check<>("classes and modes are consistent",
                TargetDistributionChecks::classesAndModesAreConsistent));
        return List.copyOf(checks);
    }

    /**
     * Runs every check, each with a time limit of two minutes.
     *
     * @param distribution the plugin; never null
     * @return one result per check; never null
     */
    public static ContractReport report(TargetDistribution distribution) {
        return report(distribution, Reports.DEFAULT_LIMIT);
    }

    /**
     * Runs every check, each on its own thread: one that takes longer than {@code limit} fails.
     *
     * @param distribution the plugin; never null
     * @param limit        the most time one check may take; never null
     * @return one result per check; never null
     */
    public static ContractReport report(TargetDistribution distribution, Duration limit) {
        return Reports.run("target", distribution, all(), limit);
    }

    /** The sampler for the default parameters. */
    static Sampler sampler(TargetDistribution distribution) {
        Params defaults = PluginChecks.defaults(distribution);
        return Expect.notNull(distribution.create(defaults), "create(defaults)");
    }

    /** {@code create} accepts the default parameters and returns a sampler. */
    public static void createsASampler(TargetDistribution distribution) {
        sampler(distribution);
    }

    /** The sampler's dimension is 1 or 2: what the views can draw. */
    public static void dimensionIsOneOrTwo(TargetDistribution distribution) {
        int dimension = sampler(distribution).dimension();
        Expect.that(dimension == 1 || dimension == 2, "dimension() must be 1 or 2, got " + dimension);
    }

    /**
     * {@code sample(n, rng)} returns exactly {@code n} points of the sampler's dimension, labelled
     * with classes from 0 to {@code classes() - 1} when {@code classes()} is positive and unlabelled
     * otherwise.
     */
    public static void samplesHaveTheRightShape(TargetDistribution distribution) {
        Sampler sampler = sampler(distribution);
        int classes = sampler.classes();
        for (int n : new int[] {1, 7, 256}) {
            Batch batch = Expect.notNull(sampler.sample(n, new SplittableRandom(SEED)), "sample(" + n + ", rng)");
            Expect.that(batch.size() == n, "sample(" + n + ", rng) returned " + batch.size() + " points");
            Expect.that(batch.dimension() == sampler.dimension(), "sample(" + n + ", rng) returned points of dimension "
                    + batch.dimension() + " but dimension() is " + sampler.dimension());
            if (classes > 0) {
                Expect.that(batch.hasLabels(), "classes() is " + classes + " but sample(" + n
                        + ", rng) returned unlabelled points");
                int[] labels = batch.labels();
                for (int i = 0; i < labels.length; i++) {
                    int label = labels[i];
                    Expect.that(label >= 0 && label < classes, "sample " + i + " has class " + label
                            + ", but classes() is " + classes + ": labels must be 0 to " + (classes - 1));
                }
            } else {
                Expect.that(!batch.hasLabels(), "sample(n, rng) returned labels but classes() is 0:"
                        + " return the number of classes from classes()");
            }
        }
    }

    /** No sample is NaN or infinite. */
    public static void samplesAreFinite(TargetDistribution distribution) {
        Sampler sampler = sampler(distribution);
        double[] points = sampler.sample(2000, new SplittableRandom(SEED)).points();
        int bad = Expect.firstNonFinite(points);
        Expect.that(bad < 0, "sample " + (bad / Math.max(1, sampler.dimension())) + " of 2000 is "
                + (bad < 0 ? "" : Expect.point(points, bad / sampler.dimension(), sampler.dimension()))
                + ": every sample must be a finite number");
    }

    /**
     * The same seed gives the same samples, from the same sampler or a new one, and another seed
     * gives other samples: all randomness must come from the generator passed to {@code sample}.
     */
    public static void samplesAreDeterministicForASeed(TargetDistribution distribution) {
        Sampler sampler = sampler(distribution);
        Batch first = sampler.sample(64, new SplittableRandom(SEED));
        Batch again = sampler.sample(64, new SplittableRandom(SEED));
        Expect.that(first.equals(again), "the same seed gave different samples from one sampler:"
                + " draw every random number from the RandomGenerator passed to sample()");
        Batch fresh = sampler(distribution).sample(64, new SplittableRandom(SEED));
        Expect.that(first.equals(fresh), "the same seed gave different samples from two samplers with the same"
                + " parameters: a sampler must not keep random state of its own");
        Batch other = sampler.sample(64, new SplittableRandom(SEED + 1));
        Expect.that(!first.equals(other), "two different seeds gave the same samples: draw from the"
                + " RandomGenerator passed to sample()");
    }

    /** At least 95 in 100 samples lie inside {@code bounds()} (along x only for 1-D data). */
    public static void boundsCoverTheSamples(TargetDistribution distribution) {
        Sampler sampler = sampler(distribution);
        PlotBounds bounds = Expect.notNull(sampler.bounds(), "bounds()");
        int dimension = sampler.dimension();
        Batch batch = sampler.sample(2000, new SplittableRandom(SEED));
        int inside = 0;
        for (int i = 0; i < batch.size(); i++) {
            double x = batch.get(i, 0);
            boolean in = x >= bounds.minX() && x <= bounds.maxX();
            if (dimension > 1) {
                double y = batch.get(i, 1);
                in &= y >= bounds.minY() && y <= bounds.maxY();
            }
            inside += in ? 1 : 0;
        }
        Expect.that(inside >= 0.95 * batch.size(), "only " + inside + " of " + batch.size()
                + " samples lie inside bounds() " + describe(bounds) + ": the plot would cut the data off");
    }

    /** {@code classes()} is not negative, and the modes, when given, have the sampler's dimension. */
    public static void classesAndModesAreConsistent(TargetDistribution distribution) {
        Sampler sampler = sampler(distribution);
        Expect.that(sampler.classes() >= 0, "classes() must be 0 or more, got " + sampler.classes());
        Optional<ModeSet> modes = Expect.notNull(sampler.modes(), "modes()");
        if (modes.isPresent()) {
            ModeSet set = modes.get();
            Expect.that(set.dimension() == sampler.dimension(), "modes() has dimension " + set.dimension()
                    + " but dimension() is " + sampler.dimension());
            int bad = Expect.firstNonFinite(set.centres());
            Expect.that(bad < 0, "mode centre " + (bad / set.dimension()) + " is not finite");
        }
    }

    private static String describe(PlotBounds b) {
        return "x " + Expect.number(b.minX()) + ".." + Expect.number(b.maxX())
                + ", y " + Expect.number(b.minY()) + ".." + Expect.number(b.maxY());
    }
}
