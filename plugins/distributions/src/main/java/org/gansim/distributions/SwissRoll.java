package org.gansim.distributions;

import java.util.List;
import org.gansim.api.Sampler;
import org.gansim.api.param.ParamSpec;
import org.gansim.api.param.Params;
import org.gansim.distributions.support.Bounds;
import org.gansim.distributions.support.BuiltInDistribution;
import org.gansim.distributions.support.ShapeSampler;

/**
 * {@code swiss-roll}: the 2-D Swiss roll of scikit-learn's {@code make_swiss_roll} seen from the
 * side: one arm winding outwards one and a half turns. Unlabelled.
 *
 * <p>The roll parameter t is uniform on {@code [1.5 pi, 4.5 pi]}; the point is
 * {@code radius * t / (4.5 pi) * (cos t, sin t)} plus Gaussian noise, so the distance from the
 * origin is uniform from a third of {@code radius} to {@code radius}. Stateless; any thread.
 */
public final class SwissRoll extends BuiltInDistribution {

    static final double START = 1.5 * Math.PI;
    static final double END = 4.5 * Math.PI;

    public SwissRoll() {
        super("swiss-roll", "Swiss roll",
                "One arm rolled up like a Swiss roll: a thin curved manifold that the generator must"
                        + " unroll its latent space onto.");
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.decimal("radius", "Radius", 2, 0.1, 100)
                        .describe("Distance from the origin to the outer end of the roll."),
                ParamSpec.decimal("noise", "Noise", 0.05, 0, 10)
                        .describe("Standard deviation of the Gaussian noise added to each point."));
    }

    @Override
    public Sampler create(Params params) {
        double radius = params.getDouble("radius");
        double noise = params.getDouble("noise");
        return new ShapeSampler(2, 0, Bounds.square(radius, noise), (rng, out) -> {
            double t = START + (END - START) * rng.nextDouble();
            double r = radius * t / END;
            out[0] = r * Math.cos(t) + noise * rng.nextGaussian();
            out[1] = r * Math.sin(t) + noise * rng.nextGaussian();
            return 0;
        });
    }
}
