package org.gansim.api;

/**
 * An immutable copy of a GAN's two networks at one moment, for the views: they evaluate D on a
 * grid, G on a latent mesh and D's input gradients for arrows while training goes on.
 *
 * <p>Implementations must be immutable and safe to call from any thread (the Swing thread, a
 * background renderer) concurrently. Never returns null.
 *
 * @since 1
 */
public interface FrozenGan {

    int dataDim();

    int latentDim();

    /** Number of classes for a conditional GAN, 0 otherwise. */
    int classes();

    /**
     * Whether {@link #discriminate} returns D's probability that a point is real (in [0, 1]); false
     * for a Wasserstein critic, whose score is unbounded.
     */
    boolean discriminatorIsProbability();

    /**
     * Runs the generator.
     *
     * @param latent latent vectors of {@link #latentDim()} numbers, labelled when conditional
     * @return generated points, row-major, {@link #dataDim()} numbers each
     */
    double[] generate(Batch latent);

    /**
     * Runs the discriminator.
     *
     * @param points points of {@link #dataDim()} numbers, labelled when conditional
     * @return one value per point: a probability or a critic score
     */
    double[] discriminate(Batch points);

    /**
     * The gradient of the discriminator's output with respect to each input point: the direction in
     * which the generator is pushed when it moves a sample there.
     *
     * @return row-major, {@link #dataDim()} numbers per point
     */
    double[] discriminatorGradient(Batch points);
}
