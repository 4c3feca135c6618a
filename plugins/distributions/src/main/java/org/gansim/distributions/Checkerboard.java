package org.gansim.distributions;

import java.util.List;
import org.gansim.api.Sampler;
import org.gansim.api.param.ParamSpec;
import org.gansim.api.param.Params;
import org.gansim.distributions.support.Bounds;
import org.gansim.distributions.support.BuiltInDistribution;
import org.gansim.distributions.support.ShapeSampler;

/**
 * {@code checkerboard}: points spread uniformly over the dark squares of a board centred on the
 * origin, as in the flow and diffusion model toy sets. Unlabelled.
 *
 * <p>Square (column, row), counted from the bottom left, is dark when {@code column + row} is even,
 * so the bottom-left square is always dark. Every dark square gets the same share of the points.
 * Stateless; any thread.
 */
public final class Checkerboard extends BuiltInDistribution {

    public Checkerboard() {
        super("checkerboard", "Checkerboard",
                "Points filling the dark squares of a checkerboard: sharp edges and many separate regions"
                        + " that a smooth generator finds hard to carve out.");
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.integer("size", "Squares per side", 4, 2, 12).describe("How many squares along each side."),
                ParamSpec.decimal("cell", "Square width", 1, 0.01, 100).describe("Width of one square."));
    }

    @Override
    public Sampler create(Params params) {
        int size = params.getInt("size");
        double cell = params.getDouble("cell");
        int[] darkColumns = new int[(size * size + 1) / 2];
        int[] darkRows = new int[darkColumns.length];
        int dark = 0;
        for (int row = 0; row < size; row++) {
            for (int column = 0; column < size; column++) {
                if ((column + row) % 2 == 0) {
                    darkColumns[dark] = column;
                    darkRows[dark] = row;
                    dark++;
                }
            }
        }
        double half = size * cell / 2;
        return new ShapeSampler(2, 0, Bounds.square(half, 0), (rng, out) -> {
            int square = rng.nextInt(darkColumns.length);
            out[0] = -half + (darkColumns[square] + rng.nextDouble()) * cell;
            out[1] = -half + (darkRows[square] + rng.nextDouble()) * cell;
            return 0;
        });
    }
}
