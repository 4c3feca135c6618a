package org.gansim.distributions;

import java.util.List;
import org.gansim.api.Sampler;
import org.gansim.api.param.ParamSpec;
import org.gansim.api.param.Params;
import org.gansim.distributions.support.Bounds;
import org.gansim.distributions.support.BuiltInDistribution;
import org.gansim.distributions.support.ShapeSampler;

/**
 * {@code spiral}: k interleaved arms winding out from the origin, like the "two spirals" problem of
 * neural-network lore; labelled by arm.
 *
 * <p>On arm {@code a}, a point at fraction {@code s} of the way out has radius {@code radius * s}
 * and angle {@code 2 pi (turns * s + a / arms)}. Taking {@code s = sqrt(u)} for uniform u makes the
 * points roughly evenly spread along the arm rather than crowded at the centre (the arm's length
 * grows like s squared). Gaussian noise is added to both axes. Stateless; any thread.
 */
public final class Spiral extends BuiltInDistribution {

    public Spiral() {
        super("spiral", "Spiral",
                "Interleaved arms winding out from the centre, one class per arm: curved, close"
                        + " neighbours that a generator easily merges.");
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.integer("arms", "Arms", 2, 1, 8).describe("How many arms, each its own class."),
                ParamSpec.decimal("turns", "Turns", 1.5, 0.25, 5).describe("How many times each arm winds round."),
                ParamSpec.decimal("radius", "Radius", 2, 0.1, 100).describe("Distance from the origin to the arm ends."),
                ParamSpec.decimal("noise", "Noise", 0.05, 0, 10)
                        .describe("Standard deviation of the Gaussian noise added to each point."));
    }

    @Override
    public Sampler create(Params params) {
        int arms = params.getInt("arms");
        double turns = params.getDouble("turns");
        double radius = params.getDouble("radius");
        double noise = params.getDouble("noise");
        return new ShapeSampler(2, arms, Bounds.square(radius, noise), (rng, out) -> {
            int arm = rng.nextInt(arms);
            double s = Math.sqrt(rng.nextDouble());
            double angle = 2 * Math.PI * (turns * s + (double) arm / arms);
            out[0] = radius * s * Math.cos(angle) + noise * rng.nextGaussian();
            out[1] = radius * s * Math.sin(angle) + noise * rng.nextGaussian();
            return arm;
        });
    }
}
