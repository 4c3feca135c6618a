package org.gansim.distributions;

import java.util.List;
import org.gansim.api.Sampler;
import org.gansim.api.param.ParamSpec;
import org.gansim.api.param.Params;
import org.gansim.distributions.support.Bounds;
import org.gansim.distributions.support.BuiltInDistribution;
import org.gansim.distributions.support.ShapeSampler;

/**
 * {@code uniform-1d}: every point between {@code min} and {@code max} equally likely: a flat density
 * with hard edges, which a smooth generator can only approximate. Unlabelled. Stateless; any thread.
 */
public final class Uniform1d extends BuiltInDistribution {

    public Uniform1d() {
        super("uniform-1d", "Uniform (1-D)",
                "A flat density between two edges: the generator must learn where the data stops.");
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.decimal("min", "From", -1, -100, 100).describe("Left edge."),
                ParamSpec.decimal("max", "To", 1, -100, 100).describe("Right edge, greater than the left edge."));
    }

    @Override
    public Sampler create(Params params) {
        double min = params.getDouble("min");
        double max = params.getDouble("max");
        if (!(max > min)) {
            throw new IllegalArgumentException("uniform-1d: max must be greater than min, got min " + min
                    + " and max " + max);
        }
        double height = 1 / (max - min);
        return new ShapeSampler(1, 0, Bounds.oneDimensional(min, max, x -> height), (rng, out) -> {
            out[0] = min + (max - min) * rng.nextDouble();
            return 0;
        }).withDensity(p -> p[0] >= min && p[0] <= max ? height : 0);
    }
}
