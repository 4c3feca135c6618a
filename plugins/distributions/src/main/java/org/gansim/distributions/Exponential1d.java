package org.gansim.distributions;

import java.util.List;
import org.gansim.api.Sampler;
import org.gansim.api.param.ParamSpec;
import org.gansim.api.param.Params;
import org.gansim.distributions.support.Bounds;
import org.gansim.distributions.support.BuiltInDistribution;
import org.gansim.distributions.support.ShapeSampler;

/**
 * {@code exponential-1d}: the exponential distribution with density {@code rate * exp(-rate x)} for
 * {@code x >= 0}: skewed, with a hard edge at 0 and a long tail. Unlabelled.
 *
 * <p>Drawn by inverting the distribution function: {@code x = -ln(1 - u) / rate} for uniform u
 * (1 - u is never 0, since u is below 1). The plot reaches the 99.9% quantile, {@code ln(1000) / rate}.
 * Stateless; any thread.
 */
public final class Exponential1d extends BuiltInDistribution {

    public Exponential1d() {
        super("exponential-1d", "Exponential (1-D)",
                "A skewed density: highest at zero, with a long tail to the right.");
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(ParamSpec.decimal("rate", "Rate", 1, 0.05, 20)
                .describe("How fast the density falls: the mean is 1 / rate."));
    }

    @Override
    public Sampler create(Params params) {
        double rate = params.getDouble("rate");
        return new ShapeSampler(1, 0,
                Bounds.oneDimensional(0, Math.log(1000) / rate, x -> x < 0 ? 0 : rate * Math.exp(-rate * x)),
                (rng, out) -> {
                    out[0] = -Math.log(1 - rng.nextDouble()) / rate;
                    return 0;
                }).withDensity(p -> p[0] < 0 ? 0 : rate * Math.exp(-rate * p[0]));
    }
}
