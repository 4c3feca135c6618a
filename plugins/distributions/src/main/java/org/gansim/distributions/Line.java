package org.gansim.distributions;

import java.util.List;
import org.gansim.api.Sampler;
import org.gansim.api.param.ParamSpec;
import org.gansim.api.param.Params;
import org.gansim.distributions.support.Bounds;
import org.gansim.distributions.support.BuiltInDistribution;
import org.gansim.distributions.support.ShapeSampler;

/**
 * {@code line}: points spread uniformly along a straight segment through the origin, with a little
 * Gaussian noise across it: a 1-D manifold in the plane. Unlabelled.
 *
 * <p>The segment has the given length and angle (degrees from the x axis, anticlockwise); the noise
 * is added perpendicular to it, so the spread along the segment stays exactly uniform. Stateless; any thread.
 */
public final class Line extends BuiltInDistribution {

    public Line() {
        super("line", "Line",
                "Points along a thin straight segment: the simplest manifold, which a generator with a"
                        + " 2-D latent space must squash onto one dimension.");
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.decimal("length", "Length", 4, 0.01, 100).describe("Length of the segment."),
                ParamSpec.decimal("angle", "Angle (degrees)", 30, 0, 180)
                        .describe("Direction of the segment, anticlockwise from the x axis."),
                ParamSpec.decimal("noise", "Noise", 0.02, 0, 10)
                        .describe("Standard deviation of the Gaussian noise across the segment."));
    }

    @Override
    public Sampler create(Params params) {
        double length = params.getDouble("length");
        double radians = Math.toRadians(params.getDouble("angle"));
        double noise = params.getDouble("noise");
        double cos = Math.cos(radians);
        double sin = Math.sin(radians);
        double reachX = Math.abs(cos) * length / 2 + 3 * noise;
        double reachY = Math.abs(sin) * length / 2 + 3 * noise;
        return new ShapeSampler(2, 0, Bounds.around(-reachX, reachX, -reachY, reachY), (rng, out) -> {
            double along = (rng.nextDouble() - 0.5) * length;
            double across = noise * rng.nextGaussian();
            out[0] = along * cos - across * sin;
            out[1] = along * sin + across * cos;
            return 0;
        });
    }
}
