package org.gansim.api.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.gansim.api.Batch;
import org.gansim.api.nn.Precision;
import org.gansim.examples.NonSaturatingVariant;
import org.gansim.examples.RingTarget;
import org.junit.jupiter.api.Test;

/** {@code train.precision}: the loop trains the networks' layers in floats when it says so, reproducibly. */
class PrecisionTrainingTest {

    private static final long SEED = 5;
    private static final Batch PROBE = Batch.of(2, new double[] {0.5, -0.5, 1, 1, -1, 0.25});

    private static TrainingSettings settings(String... assignments) {
        TrainingSettings settings = TrainingSettings.defaults(new RingTarget(), new NonSaturatingVariant())
                .withAssignment("model.g_hidden=16,16")
                .withAssignment("model.d_hidden=16,16")
                .withAssignment("train.batch=64");
        for (String assignment : assignments) {
            settings = settings.withAssignment(assignment);
        }
        return settings;
    }

    private static double[] generated(TrainingSettings settings, int steps) {
        TrainingLoop loop = TrainingRun.start(settings, SEED).loop();
        for (int i = 0; i < steps; i++) {
            loop.step();
        }
        return loop.gan().freeze().generate(PROBE);
    }

    @Test
    void floatIsTheDefaultAndDoubleIsChosenBySetting() {
        assertEquals(Precision.FLOAT, settings().precision());
        assertEquals(Precision.FLOAT, TrainingRun.start(settings(), SEED).loop().precision());
        assertEquals(Precision.DOUBLE, TrainingRun.start(settings("train.precision=double"), SEED).loop().precision());
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> settings("train.precision=half"));
        assertTrue(refused.getMessage().contains("double") && refused.getMessage().contains("float"),
                refused.getMessage());
    }

    @Test
    void aFloatRunIsReproducibleCloseToTheDoubleRunAndNotTheSame() {
        double[] inFloats = generated(settings("train.precision=float"), 5);
        assertArrayEquals(inFloats, generated(settings("train.precision=float"), 5), "the same seed, the same bits");
        double[] inDoubles = generated(settings("train.precision=double"), 5);
        assertFalse(Arrays.equals(inDoubles, inFloats), "the layers really ran in floats");
        for (int i = 0; i < inDoubles.length; i++) {
            assertEquals(inDoubles[i], inFloats[i], 1e-3, "five steps apart only by rounding, value " + i);
        }
        assertEquals(Precision.DOUBLE, Precision.current(), "the step restores the thread's precision");
    }

    @Test
    void aChangeOfPrecisionTakesEffectAtTheNextStep() {
        TrainingLoop switched = TrainingRun.start(settings("train.precision=double"), SEED).loop();
        switched.step();
        switched.setPrecision(Precision.FLOAT);
        switched.step();
        TrainingLoop doubles = TrainingRun.start(settings("train.precision=double"), SEED).loop();
        doubles.step();
        doubles.step();
        assertFalse(Arrays.equals(doubles.gan().freeze().generate(PROBE), switched.gan().freeze().generate(PROBE)));
    }
}
