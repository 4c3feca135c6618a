package org.gansim.distributions;

import java.util.List;
import org.gansim.api.Sampler;
import org.gansim.api.param.ParamSpec;
import org.gansim.api.param.Params;
import org.gansim.distributions.support.Bounds;
import org.gansim.distributions.support.BuiltInDistribution;
import org.gansim.distributions.support.ShapeSampler;

/**
 * {@code circles}: concentric circles, as in scikit-learn's {@code make_circles}; labelled by circle,
 * innermost first.
 *
 * <p>With k circles, circle {@code i} has radius {@code radius * (i + 1) / k}. Every circle gets the
 * same share of the points, at a uniform angle, plus Gaussian noise on both axes. Stateless; any thread.
 */
public final class Circles extends BuiltInDistribution {

    public Circles() {
        super("circles", "Concentric circles",
                "Circles one inside the other, one class each: the generator must tear its latent space"
                        + " into rings that do not touch.");
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.integer("circles", "Circles", 2, 1, 10).describe("How many circles, each its own class."),
                ParamSpec.decimal("radius", "Outer radius", 2, 0.1, 100).describe("Radius of the largest circle."),
                ParamSpec.decimal("noise", "Noise", 0.05, 0, 10)
                        .describe("Standard deviation of the Gaussian noise added to each point."));
    }

    @Override
    public Sampler create(Params params) {
        int circles = params.getInt("circles");
        double radius = params.getDouble("radius");
        double noise = params.getDouble("noise");
        return new ShapeSampler(2, circles, Bounds.square(radius, noise), (rng, out) -> {
            int circle = rng.nextInt(circles);
            double r = radius * (circle + 1) / circles;
            double angle = 2 * Math.PI * rng.nextDouble();
            out[0] = r * Math.cos(angle) + noise * rng.nextGaussian();
            out[1] = r * Math.sin(angle) + noise * rng.nextGaussian();
            return circle;
        });
    }
}
