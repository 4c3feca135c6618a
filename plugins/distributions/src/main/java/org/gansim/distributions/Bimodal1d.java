package org.gansim.distributions;

import java.util.List;
import org.gansim.api.Sampler;
import org.gansim.api.param.ParamSpec;
import org.gansim.api.param.Params;
import org.gansim.distributions.support.BuiltInDistribution;
import org.gansim.distributions.support.Mixtures1d;

/**
 * {@code bimodal-1d}: two normal bumps on a line, at {@code -separation/2} (class 0) and
 * {@code +separation/2} (class 1), with a chosen share on the left: in one dimension mode collapse
 * shows as the generated density piling onto one bump. Stateless; any thread.
 */
public final class Bimodal1d extends BuiltInDistribution {

    public Bimodal1d() {
        super("bimodal-1d", "Two bumps (1-D)",
                "Two bell curves on a line: a generator that collapses covers one and ignores the other.");
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.decimal("separation", "Separation", 4, 0.1, 100).describe("Distance between the two centres."),
                ParamSpec.decimal("std", "Std", 0.5, 0.001, 50).describe("Standard deviation of each bump."),
                ParamSpec.decimal("left_share", "Left share", 0.5, 0.05, 0.95)
                        .describe("The share of the samples in the left bump."));
    }

    @Override
    public Sampler create(Params params) {
        double half = params.getDouble("separation") / 2;
        double std = params.getDouble("std");
        double left = params.getDouble("left_share");
        return Mixtures1d.of(new double[] {-half, half}, new double[] {std, std}, new double[] {left, 1 - left});
    }
}
