package org.gansim.api.support;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.gansim.api.nn.Activation;
import org.gansim.api.nn.Init;
import org.gansim.api.nn.Mlp;
import org.gansim.api.nn.Sgd;
import org.gansim.api.nn.Tensor;
import org.junit.jupiter.api.Test;

/** The moving average of G's weights against the formula, replayed on copies of the live weights. */
class GeneratorAverageTest {

    @Test
    void followsTheWarmedUpExponentialMovingAverageOfTheLiveWeights() {
        Mlp live = Mlp.builder(2).hidden(3).activation(Activation.RELU).output(2, Activation.IDENTITY)
                .init(Init.he()).build(new SplittableRandom(1));
        GeneratorAverage average = new GeneratorAverage(live);
        Sgd trainer = new Sgd(live.parameters(), 0.1, 0);
        double[] expected = live.freeze().flatParameters();
        double beta = 0.5;
        for (int t = 0; t < 12; t++) {
            // Any change of the live weights will do: one SGD step on the sum of squared outputs.
            Tensor out = live.forward(Tensor.of(1, 2, 0.3 + t, -0.7));
            trainer.zeroGrad();
            out.square().sum().backward();
            trainer.step();
            average.update(beta);

            double decay = Math.min(beta, (1.0 + t) / (10.0 + t));
            double[] now = live.freeze().flatParameters();
            for (int i = 0; i < expected.length; i++) {
                expected[i] = decay * expected[i] + (1 - decay) * now[i];
            }
            assertArrayEquals(expected, average.average().freeze().flatParameters(), 1e-12, "update " + t);
        }
    }

    @Test
    void aDecayOfZeroCopiesTheLiveWeights() {
        Mlp live = Mlp.builder(2).hidden(4).output(1, Activation.IDENTITY).init(Init.he()).build(new SplittableRandom(2));
        GeneratorAverage average = new GeneratorAverage(live);
        new Sgd(live.parameters(), 1, 0).zeroGrad();
        Tensor out = live.forward(Tensor.of(1, 2, 1, 2));
        out.sum().backward();
        new Sgd(live.parameters(), 1, 0).step();
        average.update(0);
        assertArrayEquals(live.freeze().flatParameters(), average.average().freeze().flatParameters(), 1e-15);
    }

    @Test
    void refusesADecayOutsideZeroToOne() {
        GeneratorAverage average = new GeneratorAverage(Mlp.builder(1).output(1, Activation.IDENTITY)
                .init(Init.he()).build(new SplittableRandom(3)));
        assertThrows(IllegalArgumentException.class, () -> average.update(1));
        assertThrows(IllegalArgumentException.class, () -> average.update(-0.1));
    }

    /** A restored average goes on from the saved weights and warm-up, as the saved run would have. */
    @Test
    void aRestoredAverageContinuesAsTheSavedOne() {
        Mlp live = Mlp.builder(2).hidden(3).output(1, Activation.IDENTITY).init(Init.he()).build(new SplittableRandom(4));
        GeneratorAverage saved = new GeneratorAverage(live);
        for (int t = 0; t < 5; t++) {
            nudge(live, t);
            saved.update(0.9);
        }
        GeneratorAverage restored = new GeneratorAverage(live);
        restored.restore(saved.average().flatParameters(), saved.updates());
        nudge(live, 5);
        saved.update(0.9);
        restored.update(0.9);
        assertArrayEquals(saved.average().flatParameters(), restored.average().flatParameters(), 0);
        assertEquals(6, restored.updates());

        restored.restartFromLive();
        assertArrayEquals(live.flatParameters(), restored.average().flatParameters(), 0);
        assertEquals(0, restored.updates());

        IllegalArgumentException wrongSize = assertThrows(IllegalArgumentException.class,
                () -> restored.restore(new double[3], 1));
        assertTrue(wrongSize.getMessage().contains("has 3 weights and biases"), wrongSize.getMessage());
        assertThrows(IllegalArgumentException.class, () -> restored.restore(live.flatParameters(), -1));
    }

    /**
     * The update runs after every generator step, so it works in place: with a 64-64 generator it
     * once made new arrays four times the size of the weights per update (156 KB, nearly half of
     * all a training step allocated).
     */
    @Test
    void anUpdateMakesNoArraysTheSizeOfTheWeights() {
        Mlp live = Mlp.builder(2).hidden(64, 64).output(2, Activation.IDENTITY).init(Init.he())
                .build(new SplittableRandom(5));
        GeneratorAverage average = new GeneratorAverage(live);
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        for (int warmUp = 0; warmUp < 200; warmUp++) {
            average.update(0.999);
        }
        int updates = 100;
        long before = threads.getThreadAllocatedBytes(thread);
        for (int t = 0; t < updates; t++) {
            average.update(0.999);
        }
        long perUpdate = (threads.getThreadAllocatedBytes(thread) - before) / updates;
        long weightBytes = 8L * live.parameterCount();
        assertTrue(perUpdate < weightBytes / 4, perUpdate + " bytes per update, the weights take " + weightBytes);
    }

    /** Changes the live weights: one SGD step on the squared output at a point that depends on t. */
    private static void nudge(Mlp live, int t) {
        Sgd trainer = new Sgd(live.parameters(), 0.1, 0);
        trainer.zeroGrad();
        live.forward(Tensor.of(1, 2, 0.5 + t, -0.2)).square().sum().backward();
        trainer.step();
    }
}
