package org.gansim.distributions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gansim.api.Sampler;
import org.gansim.api.TargetDistribution;
import org.gansim.api.param.Params;
import org.gansim.api.testkit.TargetDistributionContract;
import org.junit.jupiter.api.Test;

class BlobsTest implements TargetDistributionContract {

    private final Blobs blobs = new Blobs();
    private final Params defaults = Params.defaults(blobs.params());

    @Override
    public TargetDistribution createDistribution() {
        return new Blobs();
    }

    @Test
    void eachBlobHasItsCentreStdAndWeight() {
        checkBlobs(6, 1.0);
        checkBlobs(4, 2.0);
    }

    private void checkBlobs(int count, double spread) {
        Sampler sampler = blobs.create(defaults.with("blobs", count).with("spread", spread));
        assertEquals(count, sampler.classes());
        int n = 10_000;
        SampleStats stats = SampleStats.of(SampleStats.draw(sampler, n, 42));
        double[] shares = Blobs.shares(count);
        double widest = 0;
        for (int blob = 0; blob < count; blob++) {
            double[] layout = Blobs.LAYOUT[blob];
            double std = layout[2] * spread;
            widest = Math.max(widest, std);
            int hits = stats.count(blob);
            // Binomial counts; then the mean's standard error is std / sqrt(hits); allow about five of each.
            assertEquals(n * shares[blob], hits, 5 * Math.sqrt(n * shares[blob] * (1 - shares[blob])), "blob " + blob);
            double meanTolerance = 5 * std / Math.sqrt(hits);
            assertEquals(layout[0], stats.mean(blob, 0), meanTolerance, "blob " + blob + " x");
            assertEquals(layout[1], stats.mean(blob, 1), meanTolerance, "blob " + blob + " y");
            assertEquals(std, stats.std(blob, 0), std * 5 / Math.sqrt(2 * hits), "blob " + blob + " std");
        }
        assertEquals(widest, sampler.modes().orElseThrow().std(), 1e-12);
    }

    @Test
    void sharesFollowTheTableWeights() {
        double[] shares = Blobs.shares(4);
        assertEquals(0.35 / 0.9, shares[0], 1e-12);
        assertEquals(0.10 / 0.9, shares[3], 1e-12);
    }
}
