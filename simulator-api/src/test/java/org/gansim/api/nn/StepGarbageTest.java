package org.gansim.api.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Once compiled, a training step of the reference networks leaves little garbage. The vector
 * kernels are fast only while the compiler keeps their vectors in registers; when it cannot, each
 * vector becomes an object on the heap, and nothing else shows it: the results keep every bit,
 * only the speed drops. That happened to the float kernel's masked column sums (about 860 KB a
 * step instead of 67 KB, five times slower), so this test measures the bytes a step allocates.
 */
class StepGarbageTest {

    /** A step allocates about 60 to 70 KB (its tensors and gradients); boxed vectors add far more. */
    private static final double BUDGET_KB_PER_STEP = 200;
    private static final int STEPS_PER_ROUND = 400;
    private static final int MAX_ROUNDS = 15;

    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Test
    void aFloatStepStaysWithinItsGarbageBudget() {
        assertEquals("VectorFloatKernel", Kernels.FLOATS.getClass().getSimpleName(),
                "the tests run with the Vector API module, whose kernels this test is about");
        assertWithinBudget(Precision.FLOAT);
    }

    @Test
    void aDoubleStepStaysWithinItsGarbageBudget() {
        assertWithinBudget(Precision.DOUBLE);
    }

    /**
     * Rounds of steps until one allocates less than the budget: the first rounds run before the
     * compiler has finished, when every vector is an object anyway.
     */
    private void assertWithinBudget(Precision precision) {
        ReferenceGan gan = new ReferenceGan();
        double best = Double.MAX_VALUE;
        for (int round = 0; round < MAX_ROUNDS && best > BUDGET_KB_PER_STEP; round++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            precision.during(() -> {
                for (int step = 0; step < STEPS_PER_ROUND; step++) {
                    gan.step();
                }
                return null;
            });
            double perStep = (threads.getCurrentThreadAllocatedBytes() - before) / 1e3 / STEPS_PER_ROUND;
            best = Math.min(best, perStep);
        }
        assertTrue(best <= BUDGET_KB_PER_STEP, precision.id() + ": " + Math.round(best)
                + " KB a step at best after " + MAX_ROUNDS * STEPS_PER_ROUND + " steps, the budget is "
                + BUDGET_KB_PER_STEP + ": some vector code has been left as objects on the heap");
    }

    /** The reference iteration: G and D 2-64-64, batch 256, Adam, one D and one G step. */
    private static final class ReferenceGan {
        final Mlp generator = Mlp.builder(2).hidden(64, 64).activation(Activation.RELU)
                .output(2, Activation.IDENTITY).init(Init.he()).build(new SplittableRandom(1));
        final Mlp discriminator = Mlp.builder(2).hidden(64, 64).activation(Activation.LEAKY_RELU)
                .output(1, Activation.IDENTITY).init(Init.he()).build(new SplittableRandom(2));
        final Optimizer generatorAdam = new Adam(generator.parameters(), 1e-3, 0.9, 0.999, 1e-8);
        final Optimizer discriminatorAdam = new Adam(discriminator.parameters(), 1e-3, 0.9, 0.999, 1e-8);
        final Tensor latent = TestTensors.signed(256, 2, 3);
        final Tensor real = TestTensors.signed(256, 2, 4);

        void step() {
            discriminatorAdam.zeroGrad();
            Tensor fake = Autograd.withoutGraph(() -> generator.forward(latent));
            Losses.bceWithLogits(discriminator.forward(real), 1.0)
                    .add(Losses.bceWithLogits(discriminator.forward(fake), 0.0)).backward();
            discriminatorAdam.step();
            generatorAdam.zeroGrad();
            Losses.bceWithLogits(discriminator.forward(generator.forward(latent)), 1.0).backward();
            generatorAdam.step();
        }
    }
}
