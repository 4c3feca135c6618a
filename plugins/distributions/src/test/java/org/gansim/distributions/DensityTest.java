package org.gansim.distributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gansim.api.Batch;
import org.gansim.api.Density;
import org.gansim.api.PlotBounds;
import org.gansim.api.Sampler;
import org.gansim.api.TargetDistribution;
import org.gansim.api.param.Params;
import org.junit.jupiter.api.Test;

/**
 * The densities the built-in targets tell the views: each integrates to 1, and the share of samples
 * that falls in a box matches the density's integral over the box (the samples are the oracle).
 */
class DensityTest {

    private static final int N = 40_000;

    private static Sampler create(TargetDistribution target) {
        return target.create(Params.defaults(target.params()));
    }

    private static List<TargetDistribution> withDensity() {
        return List.of(new Gaussian1d(), new Bimodal1d(), new Mixture1d(), new Exponential1d(), new Uniform1d(),
                new Ring(), new Grid(), new Gaussian(), new Blobs());
    }

    @Test
    void everyDensityIntegratesToOne() {
        for (TargetDistribution target : withDensity()) {
            Sampler sampler = create(target);
            Density density = sampler.density().orElseThrow(() -> new AssertionError(target.id() + " has no density"));
            double total = integral(sampler.dimension(), density, wide(sampler.bounds(), sampler.dimension()));
            assertEquals(1, total, 0.01, target.id() + " integrates to " + total);
        }
    }

    @Test
    void theDensityMatchesTheShareOfSamplesInABox() {
        for (TargetDistribution target : withDensity()) {
            Sampler sampler = create(target);
            Density density = sampler.density().orElseThrow();
            PlotBounds b = sampler.bounds();
            // The left-lower third of the plot, a box that cuts through the mass.
            PlotBounds box = sampler.dimension() == 1
                    ? new PlotBounds(b.minX(), b.minX() + b.width() * 0.45, 0, 1)
                    : new PlotBounds(b.minX(), b.minX() + b.width() * 0.55, b.minY(), b.minY() + b.height() * 0.55);
            Batch samples = SampleStats.draw(sampler, N, 3);
            int inside = 0;
            for (int i = 0; i < N; i++) {
                boolean inX = samples.get(i, 0) >= box.minX() && samples.get(i, 0) < box.maxX();
                boolean inY = sampler.dimension() == 1
                        || samples.get(i, 1) >= box.minY() && samples.get(i, 1) < box.maxY();
                inside += inX && inY ? 1 : 0;
            }
            double expected = integral(sampler.dimension(), density, box);
            assertTrue(expected > 0.02, target.id() + ": the box holds some mass (" + expected + ")");
            assertEquals(expected, inside / (double) N, 0.015, target.id() + ": share of samples in " + box);
        }
    }

    @Test
    void shapesWithoutAClosedFormDensityDoNotClaimOne() {
        assertTrue(create(new TwoMoons()).density().isEmpty());
    }

    private static PlotBounds wide(PlotBounds b, int dimension) {
        double mx = b.width();
        double my = b.height();
        return dimension == 1 ? new PlotBounds(b.minX() - mx, b.maxX() + mx, 0, 1)
                : new PlotBounds(b.minX() - mx, b.maxX() + mx, b.minY() - my, b.maxY() + my);
    }

    /** The midpoint rule on a fine grid: 200 000 cells in 1-D, 800 × 800 in 2-D. */
    private static double integral(int dimension, Density density, PlotBounds box) {
        if (dimension == 1) {
            int n = 200_000;
            double h = box.width() / n;
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += density.at(box.minX() + (i + 0.5) * h);
            }
            return sum * h;
        }
        int n = 800;
        double hx = box.width() / n;
        double hy = box.height() / n;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                sum += density.at(box.minX() + (i + 0.5) * hx, box.minY() + (j + 0.5) * hy);
            }
        }
        return sum * hx * hy;
    }
}
