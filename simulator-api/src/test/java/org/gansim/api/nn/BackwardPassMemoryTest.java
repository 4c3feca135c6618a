package org.gansim.api.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.gansim.api.nn.fast.RecycledArrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a backward pass does with the memory it has finished with ({@link UsedArrays}): with the
 * back end that reuses arrays, no value anyone can still see is ever overwritten, and a graph
 * whose hidden values were used up cannot be gone through twice.
 */
class BackwardPassMemoryTest {

    @Test
    void whatAPassReturnsIsNeverReusedByTheNext() {
        Tensor w = Tensor.parameter(3, 3, TestTensors.signed(3, 3, 1).toArray());
        Tensor x = TestTensors.signed(4, 3, 2);
        List<Tensor> first = Autograd.grad(x.matmul(w).tanh().square().mean(), List.of(w), false);
        double[] kept = first.get(0).toArray();
        for (int pass = 0; pass < 3; pass++) {
            Autograd.grad(x.matmul(w).sigmoid().mul(x.matmul(w)).mean(), List.of(w), false);
        }
        assertArrayEquals(kept, first.get(0).toArray());
    }

    /**
     * A gradient that reaches two inputs unchanged (through {@code add}) is one array shared by
     * both; it must not be reused while either still needs it. The oracle is the same pass
     * recorded ({@code createGraph}), which reuses nothing. Passes after the first run on reused
     * arrays that still hold old values.
     */
    @Test
    void sharedAndReusedArraysGiveTheSameGradientsAsFreshOnes() {
        Tensor a = Tensor.parameter(5, 4, TestTensors.signed(5, 4, 3).toArray());
        Tensor b = Tensor.parameter(5, 4, TestTensors.signed(5, 4, 4).toArray());
        for (int pass = 0; pass < 3; pass++) {
            a.zeroGrad();
            b.zeroGrad();
            // add passes its gradient on to tanh and sigmoid as one array; the rule that runs
            // first takes new arrays of that size while the other still waits for it.
            Tensor sum = a.tanh().add(b.sigmoid());
            Tensor loss = sum.mul(sum).add(a.mul(b)).sumEachRow().square().mean();
            List<Tensor> recorded = Autograd.grad(loss, List.of(a, b), true);
            loss.backward();
            assertArrayEquals(recorded.get(0).toArray(), a.grad().toArray(), "pass " + pass + " a");
            assertArrayEquals(recorded.get(1).toArray(), b.grad().toArray(), "pass " + pass + " b");
        }
    }

    /** Training steps whose backward passes run on reused arrays against steps on fresh ones. */
    @Test
    void trainingOnReusedArraysChangesNoBit() {
        double[][] weights = new double[2][];
        for (int run = 0; run < 2; run++) {
            Mlp net = Mlp.builder(2).hidden(64, 64).activation(Activation.RELU).output(1, Activation.IDENTITY)
                    .init(Init.he()).build(new SplittableRandom(9));
            Optimizer adam = new Adam(net.parameters(), 1e-3, 0.9, 0.999, 1e-8);
            Tensor x = TestTensors.signed(256, 2, 5);
            for (int step = 0; step < 5; step++) {
                if (run == 0) {
                    RecycledArrays.dropSparesOfThisThread();
                }
                adam.zeroGrad();
                Losses.bceWithLogits(net.forward(x), 1.0).backward();
                adam.step();
            }
            weights[run] = net.flatParameters();
        }
        assertArrayEquals(weights[0], weights[1]);
    }

    /**
     * A plain backward pass recycles the hidden values of the networks it went through, so a
     * second pass through the same graph must refuse, not compute with reused memory: the same
     * rule whatever the activation.
     */
    @ParameterizedTest
    @EnumSource(Activation.class)
    void aSecondBackwardPassThroughTheSameNetworkIsRefused(Activation activation) {
        Mlp net = Mlp.builder(2).hidden(8, 8).activation(activation).output(1, Activation.IDENTITY)
                .init(Init.he()).build(new SplittableRandom(4));
        Tensor out = net.forward(TestTensors.signed(16, 2, 7));
        out.mean().backward();
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> out.square().mean().backward());
        assertTrue(refused.getMessage().contains("run the forward pass again"), refused.getMessage());
    }

    /** A recorded pass (a gradient penalty) keeps the hidden values its gradient graph reads. */
    @Test
    void aRecordedPassKeepsTheHiddenValuesForTheNextPass() {
        Mlp net = Mlp.builder(2).hidden(8, 8).activation(Activation.LEAKY_RELU).output(1, Activation.IDENTITY)
                .init(Init.he()).build(new SplittableRandom(5));
        Tensor points = Tensor.parameter(16, 2, TestTensors.signed(16, 2, 8).toArray());
        Tensor scores = net.forward(points);
        Tensor slopes = Autograd.grad(scores.sum(), List.of(points), true).get(0);
        double[] before = slopes.toArray();
        Tensor penalty = slopes.square().sumEachRow().mean();
        List<Tensor> first = Autograd.grad(penalty, net.parameters(), false);
        List<Tensor> again = Autograd.grad(penalty, net.parameters(), false);
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(first.get(i).toArray(), again.get(i).toArray(), "parameter " + i);
        }
        assertArrayEquals(before, slopes.toArray());
    }
}
