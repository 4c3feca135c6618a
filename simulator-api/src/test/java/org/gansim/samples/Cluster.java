package org.gansim.samples;

import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.gansim.api.ApiVersion;
import org.gansim.api.ModeSet;
import org.gansim.api.PlotBounds;
import org.gansim.api.Sampler;
import org.gansim.api.TargetDistribution;
import org.gansim.api.param.ParamSpec;
import org.gansim.api.param.Params;
import org.gansim.api.Batch;

/**
 * A well-behaved target for the kit's own tests: four Gaussian clusters at the corners of a square,
 * labelled by corner when {@code classes} is 4. Subclasses break one rule each.
 */
public class Cluster implements TargetDistribution {

    @Override
    public String id() {
        return "cluster";
    }

    @Override
    public int apiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public String name() {
        return "Four clusters";
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(ParamSpec.decimal("spread", "Spread", 0.1, 0.01, 1),
                ParamSpec.choice("labels", "Labels", "none", "none", "corner"));
    }

    @Override
    public Sampler create(Params params) {
        return new Corners(params.getDouble("spread"), params.getString("labels").equals("corner") ? 4 : 0);
    }

    /** The sampler: draws only from the generator it is given. */
    public static class Corners implements Sampler {
        final double spread;
        final int classes;

        public Corners(double spread, int classes) {
            this.spread = spread;
            this.classes = classes;
        }

        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public Batch sample(int n, RandomGenerator rng) {
            double[] points = new double[2 * n];
            int[] labels = new int[n];
            for (int i = 0; i < n; i++) {
                int corner = rng.nextInt(4);
                points[2 * i] = (corner % 2 == 0 ? -1 : 1) + spread * rng.nextGaussian();
                points[2 * i + 1] = (corner < 2 ? -1 : 1) + spread * rng.nextGaussian();
                labels[i] = corner;
            }
            return new Batch(2, points, classes > 0 ? labels : null);
        }

        @Override
        public PlotBounds bounds() {
            return PlotBounds.square(2);
        }

        @Override
        public int classes() {
            return classes;
        }

        @Override
        public Optional<ModeSet> modes() {
            return Optional.of(new ModeSet(2, new double[] {-1, -1, 1, -1, -1, 1, 1, 1}, spread));
        }
    }
}
