package org.gansim.api;

/**
 * A target's probability density in closed form, for the views: the exact density curve of a 1-D
 * target, the optimal discriminator D* = p_data / (p_data + p_g), and density contours in 2-D.
 *
 * <p>Must be immutable and safe to call from any thread (the views evaluate it on a worker thread).
 *
 * @since 2
 */
@FunctionalInterface
public interface Density {

    /**
     * The density at a point.
     *
     * @param point the target's {@link Sampler#dimension()} numbers; never null
     * @return p(point), finite and never negative
     */
    double at(double... point);
}
