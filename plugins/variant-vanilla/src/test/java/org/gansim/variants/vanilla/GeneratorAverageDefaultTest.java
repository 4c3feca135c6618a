package org.gansim.variants.vanilla;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.gansim.api.Batch;
import org.gansim.api.GanState;
import org.gansim.api.param.ParamSpec;
import org.gansim.api.support.MlpVariant;
import org.gansim.api.training.CoverageRun;
import org.gansim.distributions.Ring;
import org.junit.jupiter.api.Test;

/**
 * Every variant of this module shows and scores the moving average of G's weights by default (decay
 * 0.999, GanSim's addition), and that default changes what is shown, never what is trained.
 */
class GeneratorAverageDefaultTest {

    private static final List<MlpVariant> VARIANTS = List.of(new VanillaVariant(), new LeastSquaresVariant(),
            new PacVariant(), new HingeVariant(), new UnrolledVariant());

    @Test
    void everyVariantAveragesGsWeightsByDefaultAndSaysSo() {
        for (MlpVariant variant : VARIANTS) {
            ParamSpec average = variant.params().stream().filter(p -> p.key().equals("g_average")).findFirst()
                    .orElseThrow();
            assertEquals(0.999, ((Number) average.defaultValue()).doubleValue(), variant.id());
            assertTrue(variant.description().contains("moving average of G's weights")
                    && variant.description().contains("Show raw G"), variant.id() + ": " + variant.description());
        }
    }

    /** The live generator of a default run is, bit for bit, that of the same run with the average off. */
    @Test
    void theDefaultAverageLeavesTrainingBitForBitUnchanged() {
        for (MlpVariant variant : VARIANTS) {
            int steps = variant instanceof UnrolledVariant ? 20 : 100;
            CoverageRun byDefault = CoverageRun.start(new Ring(), variant, 5).train(steps);
            CoverageRun without = CoverageRun.start(new Ring(), variant, 5, "variant.g_average=0").train(steps);
            Batch probe = without.loop().latentBatch(32, new SplittableRandom(1));
            double[] shown = byDefault.gan().freeze().generate(probe);

            byDefault.gan().updateParams(byDefault.setup().params().with("show_raw_g", true));

            double[] live = without.gan().freeze().generate(probe);
            assertArrayEquals(live, byDefault.gan().freeze().generate(probe), 0, variant.id());
            assertTrue(largestDifference(shown, live) > 1e-4, variant.id() + ": the default should show the average");
        }
    }

    /**
     * A run saved before the average was saved with the networks shows its live generator when opened,
     * not the random weights the new GAN started from.
     */
    @Test
    void aStateSavedWithoutTheAverageShowsTheLiveGenerator() {
        CoverageRun saved = CoverageRun.start(new Ring(), new VanillaVariant(), 6).train(50);
        GanState state = saved.gan().saveState().orElseThrow();
        Map<String, double[]> numbers = new HashMap<>(state.numbers());
        Map<String, long[]> integers = new HashMap<>(state.integers());
        numbers.remove("generator_average");
        integers.remove("generator_average_updates");

        CoverageRun opened = CoverageRun.start(new Ring(), new VanillaVariant(), 6);
        opened.gan().restoreState(new GanState(numbers, integers));

        Batch probe = opened.loop().latentBatch(32, new SplittableRandom(2));
        saved.gan().updateParams(saved.setup().params().with("show_raw_g", true));
        assertArrayEquals(saved.gan().freeze().generate(probe), opened.gan().freeze().generate(probe), 0);
    }

    private static double largestDifference(double[] a, double[] b) {
        double largest = 0;
        for (int i = 0; i < a.length; i++) {
            largest = Math.max(largest, Math.abs(a[i] - b[i]));
        }
        return largest;
    }
}
