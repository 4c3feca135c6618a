package org.gansim.distributions;

import java.util.List;
import org.gansim.api.Sampler;
import org.gansim.api.param.ParamSpec;
import org.gansim.api.param.Params;
import org.gansim.distributions.support.Bounds;
import org.gansim.distributions.support.BuiltInDistribution;
import org.gansim.distributions.support.GaussianMixture;

/**
 * {@code grid25}: an n x n grid of small Gaussians centred on the origin, the harder mode-collapse
 * benchmark of VEEGAN and PacGAN (5 x 5 = 25 modes). Samples are labelled by mode, row by row from
 * the bottom left: mode {@code row * size + column}. Stateless; any thread.
 */
public final class Grid extends BuiltInDistribution {

    public Grid() {
        super("grid25", "Grid of Gaussians",
                "A square grid of small Gaussians (5 x 5 by default): many close modes that a collapsing"
                        + " generator cannot all cover.");
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.integer("size", "Grid size", 5, 1, 15)
                        .describe("Gaussians along each side of the grid."),
                ParamSpec.decimal("spacing", "Spacing", 2, 0.1, 100)
                        .describe("Distance between neighbouring mode centres."),
                ParamSpec.decimal("std", "Mode std", 0.05, 0.001, 10)
                        .describe("Standard deviation of each Gaussian along each axis."));
    }

    @Override
    public Sampler create(Params params) {
        int size = params.getInt("size");
        double spacing = params.getDouble("spacing");
        double std = params.getDouble("std");
        double extent = (size - 1) / 2.0 * spacing;
        return GaussianMixture.equal(2, centres(size, spacing), std, Bounds.square(extent, std));
    }

    /** The mode centres, row-major, mode {@code row * size + column} at the grid point. */
    static double[] centres(int size, double spacing) {
        double[] centres = new double[2 * size * size];
        double middle = (size - 1) / 2.0;
        for (int row = 0; row < size; row++) {
            for (int column = 0; column < size; column++) {
                int mode = row * size + column;
                centres[2 * mode] = (column - middle) * spacing;
                centres[2 * mode + 1] = (row - middle) * spacing;
            }
        }
        return centres;
    }
}
