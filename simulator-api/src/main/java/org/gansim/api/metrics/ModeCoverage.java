package org.gansim.api.metrics;

import java.util.random.RandomGenerator;
import org.gansim.api.ModeSet;
import org.gansim.api.Batch;
import org.gansim.api.FrozenGan;
import org.gansim.api.LatentPrior;

/**
 * How well generated samples cover the known modes of a target: the mode-collapse measures of the
 * 2-D ring and grid benchmarks of VEEGAN (Srivastava et al. 2017) and PacGAN (Lin et al. 2018).
 *
 * <ul>
 *   <li>A sample is <em>high quality</em> when its Euclidean distance to the nearest mode centre is
 *       at most three standard deviations of a mode.</li>
 *   <li>A mode is <em>captured</em> when at least one high-quality sample is nearest to it.</li>
 *   <li>The <em>reverse KL</em> compares the histogram of high-quality samples over the modes with
 *       the uniform distribution over all modes: {@code KL(p || u) = sum_i p_i ln(p_i K)} for K modes,
 *       with {@code 0 ln 0 = 0}. It is 0 when every mode gets the same share and {@code ln K} when all
 *       samples sit on one mode. Natural logarithm.</li>
 * </ul>
 *
 * <p>Example: measure a generator on 2,500 samples, as the papers do.
 * <pre>{@code
 * ModeCoverage coverage = ModeCoverage.ofGenerator(frozenGan, modes, LatentPrior.GAUSSIAN,
 *         ModeCoverage.BENCHMARK_SAMPLES, new SplittableRandom(7));
 * System.out.printf("%d of %d modes, %.1f%% high quality, reverse KL %.3f%n",
 *         coverage.modesCaptured(), coverage.modeCount(), 100 * coverage.highQualityShare(),
 *         coverage.reverseKl());
 * }</pre>
 *
 * @param modesCaptured      modes nearest to at least one high-quality sample, from 0 to {@code modeCount}
 * @param modeCount          how many modes the target has
 * @param highQualityShare   the share of samples within three standard deviations of their nearest
 *                           mode, from 0 to 1
 * @param reverseKl          KL(histogram of high-quality samples over the modes || uniform), in nats;
 *                           NaN when no sample is high quality (the histogram is then undefined)
 * @since 1
 */
public record ModeCoverage(int modesCaptured, int modeCount, double highQualityShare, double reverseKl) {

    public ModeCoverage {
        if (modeCount < 1 || modesCaptured < 0 || modesCaptured > modeCount) {
            throw new IllegalArgumentException("Modes captured must be from 0 to the " + modeCount
                    + " modes, got " + modesCaptured);
        }
        if (!(highQualityShare >= 0 && highQualityShare <= 1)) {
            throw new IllegalArgumentException("The high-quality share must be from 0 to 1, got " + highQualityShare);
        }
    }

    /** The number of generated samples the VEEGAN and PacGAN benchmarks measure. */
    public static final int BENCHMARK_SAMPLES = 2500;

    /** How many standard deviations from its nearest centre a sample may lie and still be high quality. */
    public static final double HIGH_QUALITY_STDS = 3;

    /**
     * Measures samples against modes.
     *
     * @param modes   the target's modes; never null
     * @param samples at least one point of the modes' dimension; labels are ignored; never null
     * @throws IllegalArgumentException when the dimensions differ or there are no samples
     */
    public static ModeCoverage measure(ModeSet modes, Batch samples) {
        if (samples.dimension() != modes.dimension()) {
            throw new IllegalArgumentException("Samples of dimension " + samples.dimension()
                    + " cannot be measured against modes of dimension " + modes.dimension());
        }
        if (samples.size() == 0) {
            throw new IllegalArgumentException("Mode coverage needs at least one sample");
        }
        int[] histogram = highQualityHistogram(modes, samples);
        int highQuality = 0;
        int captured = 0;
        for (int count : histogram) {
            highQuality += count;
            if (count > 0) {
                captured++;
            }
        }
        return new ModeCoverage(captured, modes.count(), highQuality / (double) samples.size(),
                reverseKl(histogram));
    }

    /**
     * Draws {@code n} samples from a frozen generator and measures them. A conditional generator is
     * asked for classes drawn uniformly, so every class is represented as in the target.
     *
     * @param gan   the generator to measure; never null
     * @param modes the target's modes; never null
     * @param prior the latent prior the generator was trained with; never null
     * @param n     how many samples, at least 1 (the benchmarks use {@link #BENCHMARK_SAMPLES})
     * @param rng   the only source of randomness; never null
     */
    public static ModeCoverage ofGenerator(FrozenGan gan, ModeSet modes, LatentPrior prior, int n,
                                           RandomGenerator rng) {
        if (n < 1) {
            throw new IllegalArgumentException("Mode coverage needs at least one sample, got " + n);
        }
        double[] z = prior.sample(n, gan.latentDim(), rng);
        int[] labels = null;
        if (gan.classes() > 0) {
            labels = new int[n];
            for (int i = 0; i < n; i++) {
                labels[i] = rng.nextInt(gan.classes());
            }
        }
        double[] points = gan.generate(new Batch(gan.latentDim(), z, labels));
        return measure(modes, Batch.of(gan.dataDim(), points));
    }

    /**
     * For each mode, how many samples are high quality and nearest to it.
     *
     * @param modes   the target's modes; never null
     * @param samples points of the modes' dimension; never null
     * @return one count per mode, in the modes' order
     */
    public static int[] highQualityHistogram(ModeSet modes, Batch samples) {
        int[] histogram = new int[modes.count()];
        double limit = HIGH_QUALITY_STDS * modes.std();
        for (int row = 0; row < samples.size(); row++) {
            int mode = nearestMode(modes, samples, row);
            if (distance(modes, mode, samples, row) <= limit) {
                histogram[mode]++;
            }
        }
        return histogram;
    }

    /**
     * The index of the mode whose centre is nearest (Euclidean) to point {@code row} of
     * {@code samples}; the lowest index wins a tie.
     */
    public static int nearestMode(ModeSet modes, Batch samples, int row) {
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int mode = 0; mode < modes.count(); mode++) {
            double d = distance(modes, mode, samples, row);
            if (d < bestDistance) {
                bestDistance = d;
                best = mode;
            }
        }
        return best;
    }

    private static double distance(ModeSet modes, int mode, Batch samples, int row) {
        double sum = 0;
        double[] centre = modes.centre(mode);
        for (int axis = 0; axis < centre.length; axis++) {
            double d = samples.get(row, axis) - centre[axis];
            sum += d * d;
        }
        return Math.sqrt(sum);
    }

    /** KL(p || uniform) of a histogram, in nats; NaN for an empty histogram. */
    static double reverseKl(int[] histogram) {
        long total = 0;
        for (int count : histogram) {
            total += count;
        }
        if (total == 0) {
            return Double.NaN;
        }
        double kl = 0;
        for (int count : histogram) {
            if (count > 0) {
                double p = count / (double) total;
                kl += p * Math.log(p * histogram.length);
            }
        }
        return kl;
    }
}
