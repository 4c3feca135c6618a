package org.gansim.fakes;

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
 * A fake target for host tests: one round Gaussian blob in 2-D at (centre_x, 0). With
 * {@code shape_fault} set it returns batches of the wrong size, to test the host boundary.
 */
public final class BlobTarget implements TargetDistribution {

    @Override
    public String id() {
        return "blob";
    }

    @Override
    public int apiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public String name() {
        return "Blob";
    }

    @Override
    public String description() {
        return "One Gaussian blob.";
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.decimal("centre_x", "Centre x", 1, -5, 5),
                ParamSpec.decimal("std", "Std", 0.1, 0.01, 2),
                ParamSpec.bool("shape_fault", "Wrong shapes", false));
    }

    @Override
    public Sampler create(Params params) {
        double cx = params.getDouble("centre_x");
        double std = params.getDouble("std");
        boolean fault = params.getBoolean("shape_fault");
        return new Sampler() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public Batch sample(int n, RandomGenerator rng) {
                int count = fault ? n + 1 : n;
                double[] points = new double[2 * count];
                for (int i = 0; i < count; i++) {
                    points[2 * i] = cx + std * rng.nextGaussian();
                    points[2 * i + 1] = std * rng.nextGaussian();
                }
                return Batch.of(2, points);
            }

            @Override
            public PlotBounds bounds() {
                return PlotBounds.square(Math.abs(cx) + 1);
            }

            @Override
            public Optional<ModeSet> modes() {
                return Optional.of(new ModeSet(2, new double[] {cx, 0}, std));
            }
        };
    }
}
