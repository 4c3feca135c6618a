package org.gansim.distributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.gansim.api.PlotBounds;
import org.gansim.api.Sampler;
import org.gansim.api.TargetDistribution;
import org.gansim.api.param.ParamSpec;
import org.gansim.api.param.Params;
import org.gansim.api.Batch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every listed distribution promises beyond the contract kit (which each distribution's own
 * test runs): nearly every sample inside the bounds, every class drawn, a density axis from 0 for
 * 1-D targets, and out-of-range values refused naming the parameter.
 */
class AllDistributionsTest {

    static Stream<TargetDistribution> distributions() {
        return ServiceLoader.load(TargetDistribution.class).stream().map(ServiceLoader.Provider::get);
    }

    @ParameterizedTest
    @MethodSource("distributions")
    void samplesHaveTheDeclaredDimensionLabelsAndBounds(TargetDistribution target) {
        Sampler sampler = target.create(Params.defaults(target.params()));
        assertTrue(sampler.dimension() == 1 || sampler.dimension() == 2);
        Batch batch = SampleStats.draw(sampler, 10_000, 5);
        assertEquals(10_000, batch.size());
        assertEquals(sampler.dimension(), batch.dimension());
        if (sampler.classes() == 0) {
            assertNull(batch.labels());
        } else {
            boolean[] seen = new boolean[sampler.classes()];
            for (int label : batch.labels()) {
                seen[label] = true;
            }
            for (int c = 0; c < seen.length; c++) {
                assertTrue(seen[c], target.id() + " never drew class " + c);
            }
        }
        PlotBounds bounds = sampler.bounds();
        double inside = SampleStats.of(batch).share((x, y) -> x > bounds.minX() && x < bounds.maxX()
                && (sampler.dimension() == 1 || y > bounds.minY() && y < bounds.maxY()));
        assertTrue(inside > 0.999, target.id() + ": only " + inside + " of the samples are inside the bounds");
        if (sampler.dimension() == 1) {
            assertEquals(0, bounds.minY(), target.id() + ": a density axis starts at 0");
        }
        sampler.modes().ifPresent(modes -> assertEquals(sampler.dimension(), modes.dimension()));
    }

    @ParameterizedTest
    @MethodSource("distributions")
    void valuesBelowEveryRangeAreRefusedNamingTheParameter(TargetDistribution target) {
        Params params = Params.defaults(target.params());
        for (ParamSpec spec : target.params()) {
            Object below;
            if (spec instanceof ParamSpec.IntSpec i) {
                below = i.min() - 1;
            } else if (spec instanceof ParamSpec.DecimalSpec d) {
                below = d.min() - 1;
            } else {
                continue;
            }
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> params.with(spec.key(), below));
            assertTrue(e.getMessage().startsWith(spec.key() + " ") && e.getMessage().contains(spec.validValues()),
                    e.getMessage());
        }
    }
}
