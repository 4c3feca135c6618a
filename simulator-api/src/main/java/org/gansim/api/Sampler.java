package org.gansim.api;

import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A configured target distribution that draws real samples.
 *
 * <p>Created by {@link TargetDistribution#create}. A sampler is immutable: all randomness comes from
 * the generator passed to {@link #sample}, so the same seed always gives the same samples. It may be
 * used from any thread.
 *
 * @since 1
 */
public interface Sampler {

    /** The dimension of each sample: 1 or 2. */
    int dimension();

    /**
     * Draws {@code n} samples.
     *
     * @param n   how many, at least 1
     * @param rng the only source of randomness; never null
     * @return a batch of {@code n} points of {@link #dimension()} numbers, labelled by class when
     *     {@link #classes()} is positive
     */
    Batch sample(int n, RandomGenerator rng);

    /** The part of data space worth drawing. */
    PlotBounds bounds();

    /** How many classes the samples are labelled with (0 when unlabelled); a conditional GAN needs at least 2. */
    default int classes() {
        return 0;
    }

    /**
     * The target's density in closed form when it is known (the built-in mixtures, 1-D targets and
     * Gaussian), so views can draw the exact density, its contours and the optimal discriminator.
     * Added in API version 2 as a default method: samplers that do not know their density need not
     * change.
     *
     * @since 2
     */
    default Optional<Density> density() {
        return Optional.empty();
    }

    /** The mode centres and spread when they are known (mixtures), for coverage metrics. */
    default Optional<ModeSet> modes() {
        return Optional.empty();
    }
}
