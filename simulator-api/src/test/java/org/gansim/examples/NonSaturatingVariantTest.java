package org.gansim.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gansim.api.GanVariant;
import org.gansim.api.StepReport;
import org.gansim.api.testkit.GanVariantContract;
import org.gansim.api.training.TrainingRun;
import org.gansim.api.training.TrainingSettings;
import org.junit.jupiter.api.Test;

/**
 * The javadoc's variant example meets the whole contract, and {@link TrainingRun}'s example (a run
 * started from settings and a seed) trains it, so neither example can go stale.
 */
class NonSaturatingVariantTest implements GanVariantContract {

    @Override
    public GanVariant createVariant() {
        return new NonSaturatingVariant();
    }

    @Test
    void trainsInARunStartedFromSettingsAndASeed() {
        // TrainingRun's example, word for word but for the plugins.
        TrainingRun run = TrainingRun.start(TrainingSettings.defaults(new RingTarget(), new NonSaturatingVariant()), 42);
        StepReport last = StepReport.empty();
        for (int i = 0; i < 20; i++) {
            last = run.loop().step();
        }
        assertEquals(20, run.loop().steps());
        assertTrue(last.firstNonFinite() == null && last.values().containsKey(StepReport.G_LOSS), last::toString);
    }
}
