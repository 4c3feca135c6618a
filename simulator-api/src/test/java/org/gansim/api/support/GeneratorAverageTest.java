package org.gansim.api.support;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
