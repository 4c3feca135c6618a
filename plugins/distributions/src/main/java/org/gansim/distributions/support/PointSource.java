package org.gansim.distributions.support;

import java.util.random.RandomGenerator;

/**
 * The rule that draws one point of a shape, for {@link ShapeSampler}. It must take all its
 * randomness from {@code rng} and keep no state, so the same seed gives the same points.
 */
@FunctionalInterface
public interface PointSource {

    /**
     * Draws one point.
     *
     * @param rng the only source of randomness
     * @param out where to write the point's coordinates, {@code dimension} numbers long
     * @return the point's class, or 0 when the shape is unlabelled
     */
    int draw(RandomGenerator rng, double[] out);
}
