package org.gansim.distributions;

import java.util.Arrays;
import java.util.List;
import org.gansim.api.Sampler;
import org.gansim.api.param.ParamSpec;
import org.gansim.api.param.Params;
import org.gansim.distributions.support.Bounds;
import org.gansim.distributions.support.BuiltInDistribution;
import org.gansim.distributions.support.GaussianMixture;

/**
 * {@code blobs}: a few Gaussian clusters of unequal size and weight at fixed places, in the spirit of
 * GAN Lab's "mixture" and "disjoint regions": a small, heavy blob is easy to find, a light one easy to
 * drop. Labelled by blob.
 *
 * <p>The layout is a fixed table so that lessons can refer to "the small blob at the bottom left";
 * {@code spread} scales every blob's std. Stateless; any thread.
 */
public final class Blobs extends BuiltInDistribution {

    /** Centre x, centre y, std, weight of each blob, in the order they are added. */
    static final double[][] LAYOUT = {
        {-1.2, 1.0, 0.30, 0.35},
        {1.4, 1.3, 0.12, 0.15},
        {0.6, -1.2, 0.45, 0.30},
        {-1.6, -1.4, 0.08, 0.10},
        {1.9, -0.1, 0.20, 0.06},
        {-0.2, 0.1, 0.15, 0.04},
    };

    public Blobs() {
        super("blobs", "Blobs",
                "A few Gaussian clusters of different sizes and weights: the light ones are the first a"
                        + " collapsing generator forgets.");
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.integer("blobs", "Blobs", 4, 1, LAYOUT.length).describe("How many clusters, each its own class."),
                ParamSpec.decimal("spread", "Spread", 1, 0.1, 3).describe("Multiplies the size of every cluster."));
    }

    @Override
    public Sampler create(Params params) {
        int blobs = params.getInt("blobs");
        double spread = params.getDouble("spread");
        double[] centres = new double[2 * blobs];
        double[] stds = new double[blobs];
        double[] weights = new double[blobs];
        double[] box = {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int i = 0; i < blobs; i++) {
            centres[2 * i] = LAYOUT[i][0];
            centres[2 * i + 1] = LAYOUT[i][1];
            stds[i] = LAYOUT[i][2] * spread;
            weights[i] = LAYOUT[i][3];
            box[0] = Math.min(box[0], LAYOUT[i][0] - 3 * stds[i]);
            box[1] = Math.max(box[1], LAYOUT[i][0] + 3 * stds[i]);
            box[2] = Math.min(box[2], LAYOUT[i][1] - 3 * stds[i]);
            box[3] = Math.max(box[3], LAYOUT[i][1] + 3 * stds[i]);
        }
        return new GaussianMixture(2, centres, stds, weights, Bounds.around(box[0], box[1], box[2], box[3]));
    }

    /** The weights of the first {@code blobs} blobs, as shares summing to 1. */
    static double[] shares(int blobs) {
        double[] weights = Arrays.stream(LAYOUT).limit(blobs).mapToDouble(b -> b[3]).toArray();
        double total = Arrays.stream(weights).sum();
        return Arrays.stream(weights).map(w -> w / total).toArray();
    }
}
