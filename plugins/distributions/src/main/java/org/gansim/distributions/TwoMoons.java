package org.gansim.distributions;

import java.util.List;
import org.gansim.api.Sampler;
import org.gansim.api.param.ParamSpec;
import org.gansim.api.param.Params;
import org.gansim.distributions.support.Bounds;
import org.gansim.distributions.support.BuiltInDistribution;
import org.gansim.distributions.support.ShapeSampler;

/**
 * {@code two-moons}: two interleaving half circles, as in scikit-learn's {@code make_moons}, shifted
 * so the pair is centred on the origin. Class 0 is the upper moon, class 1 the lower one.
 *
 * <p>Both moons have radius 1. The upper moon is the top half of the circle around
 * {@link #UPPER_CENTRE}, the lower moon the bottom half of the circle around {@link #LOWER_CENTRE};
 * the angle is uniform along each half, and Gaussian noise is added to both axes. Stateless; any thread.
 */
public final class TwoMoons extends BuiltInDistribution {

    /** The centre of the circle the upper moon (class 0) lies on. */
    static final double[] UPPER_CENTRE = {-0.5, -0.25};
    /** The centre of the circle the lower moon (class 1) lies on. */
    static final double[] LOWER_CENTRE = {0.5, 0.25};

    public TwoMoons() {
        super("two-moons", "Two moons",
                "Two interleaving half circles, one class each: the generator must bend its latent space"
                        + " into two curved pieces.");
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(ParamSpec.decimal("noise", "Noise", 0.05, 0, 1)
                .describe("Standard deviation of the Gaussian noise added to each point."));
    }

    @Override
    public Sampler create(Params params) {
        double noise = params.getDouble("noise");
        return new ShapeSampler(2, 2, Bounds.around(-1.5 - 3 * noise, 1.5 + 3 * noise, -1.25, 1.25),
                (rng, out) -> {
                    int moon = rng.nextInt(2);
                    double angle = Math.PI * rng.nextDouble();
                    // The upper moon runs over the top of its circle, the lower one under the bottom.
                    double sign = moon == 0 ? 1 : -1;
                    double[] centre = moon == 0 ? UPPER_CENTRE : LOWER_CENTRE;
                    out[0] = centre[0] + sign * Math.cos(angle) + noise * rng.nextGaussian();
                    out[1] = centre[1] + sign * Math.sin(angle) + noise * rng.nextGaussian();
                    return moon;
                });
    }
}
