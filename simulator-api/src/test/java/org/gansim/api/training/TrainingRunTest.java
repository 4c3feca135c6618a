package org.gansim.api.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.gansim.api.Batch;
import org.gansim.api.Gan;
import org.gansim.api.GanSetup;
import org.gansim.api.GanVariant;
import org.gansim.api.Sampler;
import org.gansim.api.StepReport;
import org.gansim.api.TargetDistribution;
import org.gansim.api.param.Params;
import org.gansim.samples.Cluster;
import org.gansim.samples.LinearGanVariant;
import org.junit.jupiter.api.Test;

class TrainingRunTest {

    private static final long SEED = 77;

    private static TrainingSettings settings() {
        return TrainingSettings.defaults(new Cluster(), new LinearGanVariant()).withAssignment("train.batch=16");
    }

    @Test
    void splitsTheSeedAsTheLoopExpects() {
        TrainingRun run = TrainingRun.start(settings(), SEED);
        // The networks from the first number of the seed's stream, the loop's data and latent streams
        // from the splits after it (TrainingLoop's own documentation of the split).
        assertEquals(new SplittableRandom(SEED).nextLong(), run.setup().seed());
        assertEquals(TrainingLoop.initSeed(SEED), run.setup().seed());

        // By hand: the same objects wired up without TrainingRun give the same numbers.
        Sampler sampler = new Cluster().create(settings().params(TrainingSettings.TARGET));
        GanSetup setup = settings().ganSetup(sampler.dimension(), 0, TrainingLoop.initSeed(SEED));
        TrainingLoop byHand = new TrainingLoop(sampler, new LinearGanVariant().create(setup), setup, 16, 1, SEED);
        for (int i = 0; i < 5; i++) {
            assertEquals(byHand.step().values(), run.loop().step().values(), "step " + (i + 1));
        }
    }

    @Test
    void theSameSeedGivesTheSameRunAndAnotherSeedAnother() {
        Batch probe = Batch.of(2, new double[] {0.5, -0.5, 1, 1});
        double[] first = trainedGenerator(SEED, probe);
        assertArrayEquals(first, trainedGenerator(SEED, probe));
        assertEquals(false, java.util.Arrays.equals(first, trainedGenerator(SEED + 1, probe)));
    }

    private static double[] trainedGenerator(long seed, Batch latent) {
        TrainingRun run = TrainingRun.start(settings(), seed);
        for (int i = 0; i < 10; i++) {
            run.loop().step();
        }
        return run.gan().freeze().generate(latent);
    }

    @Test
    void theHostsGuardCreatesThePluginsAndTheLoopUsesWhatItReturns() {
        List<String> calls = new ArrayList<>();
        Sampler[] wrappedSampler = new Sampler[1];
        Gan[] wrappedGan = new Gan[1];
        TrainingRun run = TrainingRun.start(settings(), SEED, new PluginGuard() {
            @Override
            public Sampler sampler(TargetDistribution target, Params params) {
                calls.add("sampler of " + target.id());
                Sampler inner = target.create(params);
                wrappedSampler[0] = new CountingSampler(inner, calls);
                return wrappedSampler[0];
            }

            @Override
            public Gan gan(GanVariant variant, GanSetup setup) {
                calls.add("gan of " + variant.id());
                wrappedGan[0] = variant.create(setup);
                return wrappedGan[0];
            }
        });
        run.loop().step();

        assertSame(wrappedSampler[0], run.sampler());
        assertSame(wrappedGan[0], run.gan());
        assertSame(wrappedGan[0], run.loop().gan());
        assertEquals(List.of("sampler of cluster", "gan of linear-gan", "sample 16"), calls);
    }

    @Test
    void aConditionalVariantNeedsALabelledTarget() {
        TrainingSettings unlabelled = TrainingSettings.defaults(new Cluster(), new LinearGanVariant.Conditional());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrainingRun.start(unlabelled, SEED));
        assertEquals("Variant 'linear-cgan' is conditional and needs a labelled target; 'cluster' has"
                + " no classes", e.getMessage());
    }

    /** A sampler that writes down each draw, as a host's guard would watch it. */
    private record CountingSampler(Sampler inner, List<String> calls) implements Sampler {
        @Override
        public int dimension() {
            return inner.dimension();
        }

        @Override
        public Batch sample(int n, java.util.random.RandomGenerator rng) {
            calls.add("sample " + n);
            return inner.sample(n, rng);
        }

        @Override
        public org.gansim.api.PlotBounds bounds() {
            return inner.bounds();
        }
    }
}
