package org.gansim.api.testkit;

import java.util.random.RandomGenerator;
import org.gansim.api.ApiVersion;
import org.gansim.api.PlotBounds;
import org.gansim.api.Sampler;
import org.gansim.api.Batch;
import org.gansim.api.TargetDistribution;
import org.gansim.api.param.Params;

/**
 * The data the variant checks train on: one tight cluster at (2, 2) (at 2 in 1-D), far from where
 * a freshly initialised generator puts its samples, so any working discriminator learns to tell
 * them apart quickly. Labelled round-robin when classes are asked for.
 *
 * <p>Immutable; any thread.
 */
record EasyTarget(int dimension, int classes) implements Sampler {

    static final double CENTRE = 2.0;
    static final double SPREAD = 0.25;

    @Override
    public Batch sample(int n, RandomGenerator rng) {
        double[] points = new double[n * dimension];
        for (int i = 0; i < points.length; i++) {
            points[i] = CENTRE + SPREAD * rng.nextGaussian();
        }
        if (classes == 0) {
            return Batch.of(dimension, points);
        }
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % classes;
        }
        return new Batch(dimension, points, labels);
    }

    @Override
    public PlotBounds bounds() {
        return PlotBounds.square(4);
    }

    /** This data as a target plugin, for checks that start a whole run. */
    TargetDistribution asDistribution() {
        EasyTarget data = this;
        return new TargetDistribution() {
            @Override
            public String id() {
                return "easy-target";
            }

            @Override
            public int apiVersion() {
                return ApiVersion.CURRENT;
            }

            @Override
            public Sampler create(Params params) {
                return data;
            }
        };
    }

    /** How the cluster is described in messages. */
    String where() {
        return dimension == 1 ? "at 2" : "at (2, 2)";
    }
}
