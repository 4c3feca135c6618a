package org.gansim.distributions;

import java.util.Arrays;
import java.util.List;
import org.gansim.api.Sampler;
import org.gansim.api.param.ParamSpec;
import org.gansim.api.param.Params;
import org.gansim.distributions.support.BuiltInDistribution;
import org.gansim.distributions.support.Mixtures1d;

/**
 * {@code mixture-1d}: k equally likely normal bumps evenly spaced on a line and centred on 0 (three
 * by default, at -3, 0 and 3); labelled by bump, left to right. Stateless; any thread.
 */
public final class Mixture1d extends BuiltInDistribution {

    public Mixture1d() {
        super("mixture-1d", "Mixture (1-D)",
                "Several evenly spaced bell curves on a line (three by default): count how many the"
                        + " generated density covers.");
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.integer("modes", "Modes", 3, 1, 10).describe("How many bumps, each its own class."),
                ParamSpec.decimal("spacing", "Spacing", 3, 0.1, 50).describe("Distance between neighbouring centres."),
                ParamSpec.decimal("std", "Std", 0.4, 0.001, 50).describe("Standard deviation of each bump."));
    }

    @Override
    public Sampler create(Params params) {
        int modes = params.getInt("modes");
        double spacing = params.getDouble("spacing");
        double[] stds = new double[modes];
        double[] weights = new double[modes];
        Arrays.fill(stds, params.getDouble("std"));
        Arrays.fill(weights, 1);
        return Mixtures1d.of(centres(modes, spacing), stds, weights);
    }

    /** Centre {@code i} at {@code (i - (modes - 1) / 2) * spacing}. */
    static double[] centres(int modes, double spacing) {
        double[] centres = new double[modes];
        for (int i = 0; i < modes; i++) {
            centres[i] = (i - (modes - 1) / 2.0) * spacing;
        }
        return centres;
    }
}
