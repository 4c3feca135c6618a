package org.gansim.distributions;

import java.util.List;
import org.gansim.api.Sampler;
import org.gansim.api.param.ParamSpec;
import org.gansim.api.param.Params;
import org.gansim.distributions.support.BuiltInDistribution;
import org.gansim.distributions.support.Mixtures1d;

/**
 * {@code gaussian-1d}: one normal distribution on a line, the picture of Goodfellow et al. (2014),
 * figure 1: at equilibrium the generated density lies on the real one and D(x) is flat at one half.
 * Unlabelled; its one mode is exposed for metrics. Stateless; any thread.
 */
public final class Gaussian1d extends BuiltInDistribution {

    public Gaussian1d() {
        super("gaussian-1d", "Gaussian (1-D)",
                "A single bell curve on a line: watch the generated density slide onto it and D(x)"
                        + " flatten towards one half.");
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.decimal("mean", "Mean", 2, -50, 50).describe("Centre of the bell curve."),
                ParamSpec.decimal("std", "Std", 0.5, 0.001, 50).describe("Standard deviation of the bell curve."));
    }

    @Override
    public Sampler create(Params params) {
        double mean = params.getDouble("mean");
        double std = params.getDouble("std");
        return Mixtures1d.of(new double[] {mean}, new double[] {std}, new double[] {1}).unlabelled();
    }
}
