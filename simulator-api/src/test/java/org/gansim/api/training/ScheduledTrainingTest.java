package org.gansim.api.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import org.gansim.api.Batch;
import org.gansim.api.param.Params;
import org.gansim.examples.NonSaturatingVariant;
import org.gansim.examples.RingTarget;
import org.junit.jupiter.api.Test;

/** The training loop drives a GAN's optimizers at the learning-rate schedule's factor of the set rates. */
class ScheduledTrainingTest {

    private static final long SEED = 11;
    private static final Batch PROBE = Batch.of(2, new double[] {0.5, -0.5, 1, 1, -1, 0.25});

    private static TrainingRun start(String... assignments) {
        TrainingSettings settings = TrainingSettings.defaults(new RingTarget(), new NonSaturatingVariant())
                .withAssignment("model.g_hidden=8,8")
                .withAssignment("model.d_hidden=8,8")
                .withAssignment("train.batch=32");
        for (String assignment : assignments) {
            settings = settings.withAssignment(assignment);
        }
        return TrainingRun.start(settings, SEED);
    }

    @Test
    void aScheduledRunIsTheConstantRunWithItsRatesSetByHandAtEveryStep() {
        TrainingRun scheduled = start("train.lr_schedule=linear", "train.lr_decay_steps=4", "train.lr_floor=0.5");
        TrainingRun byHand = start();
        // Linear from 1 to 0.5 over 4 steps, by hand: 1 - 0.5 * step / 4, then 0.5.
        double[] factors = {1, 0.875, 0.75, 0.625, 0.5, 0.5};
        Params set = byHand.settings().params(TrainingSettings.VARIANT);
        for (int step = 0; step < factors.length; step++) {
            byHand.gan().updateParams(set
                    .with("lr_d", set.getDouble("lr_d") * factors[step])
                    .with("lr_g", set.getDouble("lr_g") * factors[step]));
            assertEquals(byHand.loop().step().values(), scheduled.loop().step().values(), "step " + (step + 1));
        }
        assertArrayEquals(generated(byHand), generated(scheduled));
        assertFalse(Arrays.equals(generated(byHand), generated(start().loop(), 6)),
                "the schedule changes training: the constant run ends elsewhere");
    }

    @Test
    void aFloorOfZeroHoldsTheNetworksStillAfterTheDecay() {
        TrainingRun run = start("train.lr_schedule=cosine", "train.lr_decay_steps=3", "train.lr_floor=0");
        double[] atTheFloor = generated(run.loop(), 3);
        assertArrayEquals(atTheFloor, generated(run.loop(), 5), "steps at a learning rate of 0 move nothing");
        TrainingRun constant = start();
        assertFalse(Arrays.equals(generated(constant.loop(), 3), generated(constant.loop(), 5)));
    }

    @Test
    void theSameSeedAndScheduleGiveTheSameBits() {
        String[] cosine = {"train.lr_schedule=cosine", "train.lr_decay_steps=5", "train.lr_floor=0.2"};
        assertArrayEquals(generated(start(cosine).loop(), 8), generated(start(cosine).loop(), 8));
    }

    @Test
    void theRunStartsWithTheSettingsScheduleAndAChangeTakesEffectAtTheNextStep() {
        TrainingRun run = start("train.lr_schedule=linear", "train.lr_decay_steps=100", "train.lr_floor=0.3");
        assertEquals(new LearningRateSchedule("linear", 100, 0.3), run.loop().learningRateSchedule());

        // Switching to a floor of 0 that is already reached freezes the networks from the next step.
        generated(run.loop(), 2);
        run.loop().setLearningRateSchedule(new LearningRateSchedule("linear", 1, 0));
        double[] frozen = generated(run);
        assertArrayEquals(frozen, generated(run.loop(), 3));
    }

    private static double[] generated(TrainingLoop loop, int steps) {
        for (int i = 0; i < steps; i++) {
            loop.step();
        }
        return loop.gan().freeze().generate(PROBE);
    }

    private static double[] generated(TrainingRun run) {
        return run.gan().freeze().generate(PROBE);
    }
}
