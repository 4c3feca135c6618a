package org.gansim.api.support;

/**
 * How a variant wires its two networks beyond the sizes in the {@link org.gansim.api.GanSetup}:
 * whether class labels are fed in, how many samples the discriminator judges at once, and whether
 * its output is a probability (through a sigmoid) or an unbounded score.
 *
 * @param conditional       whether G and D are given the one-hot class label (Mirza and Osindero 2014)
 * @param pack              how many samples D judges together, concatenated into one input
 *                          (Lin et al. 2018); 1 for an ordinary discriminator
 * @param outputProbability whether D's output is a logit whose sigmoid is the probability of "real";
 *                          false for a critic or a least-squares discriminator, whose raw output is shown
 * @since 1
 */
public record NetworkShape(boolean conditional, int pack, boolean outputProbability) {

    public NetworkShape {
        if (pack < 1) {
            throw new IllegalArgumentException("A discriminator judges at least one sample at a time, got pack " + pack);
        }
    }

    /** An unconditional discriminator of one sample that outputs a probability (vanilla GAN). */
    public static NetworkShape standard() {
        return new NetworkShape(false, 1, true);
    }

    /** An unconditional critic of one sample with an unbounded score (WGAN, LSGAN). */
    public static NetworkShape critic() {
        return new NetworkShape(false, 1, false);
    }
}
