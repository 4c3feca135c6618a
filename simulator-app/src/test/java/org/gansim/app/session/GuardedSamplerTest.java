package org.gansim.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.gansim.api.Batch;
import org.gansim.api.PlotBounds;
import org.gansim.api.Sampler;
import org.junit.jupiter.api.Test;

/** Every batch a target returns is checked before training sees it, and a bad one names the target. */
class GuardedSamplerTest {

    /** A 2-D sampler with two classes that returns whatever batch it is given. */
    private static Sampler returning(Batch batch) {
        return new Sampler() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public Batch sample(int n, RandomGenerator rng) {
                return batch;
            }

            @Override
            public PlotBounds bounds() {
                return PlotBounds.square(1);
            }

            @Override
            public int classes() {
                return 2;
            }
        };
    }

    private static PluginFault faultOf(Batch batch, int n) {
        GuardedSampler guarded = new GuardedSampler("rough-target", returning(batch), new PluginCalls());
        return assertThrows(PluginFault.class, () -> guarded.sample(n, new SplittableRandom(1)));
    }

    @Test
    void aGoodBatchPassesUnchanged() {
        Batch good = new Batch(2, new double[] {0.5, -0.5, 1, 0}, new int[] {0, 1});
        GuardedSampler guarded = new GuardedSampler("good-target", returning(good), new PluginCalls());
        assertSame(good, guarded.sample(2, new SplittableRandom(1)));
    }

    @Test
    void aNonFiniteNumberAnywhereInTheBatchIsTheTargetsFault() {
        for (int position = 0; position < 4; position++) {
            double[] points = {0.5, -0.5, 1, 0};
            points[position] = position % 2 == 0 ? Double.NaN : Double.NEGATIVE_INFINITY;
            PluginFault fault = faultOf(new Batch(2, points, new int[] {0, 1}), 2);
            assertEquals("rough-target", fault.pluginId());
            assertEquals("Plugin 'rough-target' returned a non-finite sample (" + points[position] + ")",
                    fault.getMessage(), "number " + position);
        }
    }

    @Test
    void aWrongCountOrMissingOrUnknownLabelsAreTheTargetsFault() {
        assertEquals("Plugin 'rough-target' returned 1 points of dimension 2 when asked for 2 of dimension 2",
                faultOf(new Batch(2, new double[] {0, 0}, new int[] {0}), 2).getMessage());
        assertEquals("Plugin 'rough-target' has 2 classes but returned unlabelled samples",
                faultOf(Batch.of(2, new double[] {0, 0, 1, 1}), 2).getMessage());
        assertEquals("Plugin 'rough-target' returned label 2 outside 0..1",
                faultOf(new Batch(2, new double[] {0, 0, 1, 1}, new int[] {1, 2}), 2).getMessage());
    }
}
