package org.gansim.distributions;

import java.util.List;
import org.gansim.api.Sampler;
import org.gansim.api.param.ParamSpec;
import org.gansim.api.param.Params;
import org.gansim.distributions.support.Bounds;
import org.gansim.distributions.support.BuiltInDistribution;
import org.gansim.distributions.support.GaussianMixture;

/**
 * {@code ring8}: k small Gaussians evenly spaced on a circle, the classic picture of mode collapse
 * (Metz et al., 2017, "Unrolled GANs"). Samples are labelled by mode.
 *
 * <p>Mode {@code i} sits at angle {@code 2*pi*i/k}. Spacing the angles over {@code [0, 2*pi)} and
 * not {@code linspace(0, 2*pi, k)} matters: the latter puts the last mode on top of the first and
 * leaves only k-1 distinct modes. Stateless; any thread.
 */
public final class Ring extends BuiltInDistribution {

    public Ring() {
        super("ring8", "Ring of Gaussians",
                "Small Gaussians evenly spaced on a circle (eight by default): a generator that collapses"
                        + " covers only one or two of them, or hops from one to the next.");
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.integer("modes", "Modes", 8, 1, 64)
                        .describe("How many Gaussians sit on the circle."),
                ParamSpec.decimal("radius", "Radius", 2, 0.1, 100)
                        .describe("Distance from the origin to every mode centre."),
                ParamSpec.decimal("std", "Mode std", 0.02, 0.001, 10)
                        .describe("Standard deviation of each Gaussian along each axis."));
    }

    @Override
    public Sampler create(Params params) {
        int modes = params.getInt("modes");
        double radius = params.getDouble("radius");
        double std = params.getDouble("std");
        return GaussianMixture.equal(2, centres(modes, radius), std, Bounds.square(radius, std));
    }

    /** The mode centres, row-major: mode {@code i} at angle {@code 2*pi*i/modes}. */
    static double[] centres(int modes, double radius) {
        double[] centres = new double[2 * modes];
        for (int i = 0; i < modes; i++) {
            double angle = 2 * Math.PI * i / modes;
            centres[2 * i] = radius * Math.cos(angle);
            centres[2 * i + 1] = radius * Math.sin(angle);
        }
        return centres;
    }
}
