package org.gansim.api.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The norms of a network's input gradients, as a gradient penalty reads them: in floats (the closed
 * form of {@code FloatGradientNorms}) against the recorded backward pass in doubles, which the
 * engine's finite-difference checks vouch for, and against a case worked out by hand.
 */
class MlpInputGradientNormsTest {

    /** Relative to the largest entry: float rounding of sums over a hundred rows, far below any wrong formula. */
    private static final double FLOAT_TOLERANCE = 2e-4;
    private static final double TINY = 1e-12;

    @Test
    void floatNormsAndTheirWeightGradientsAreThoseOfTheRecordedDoublePass() {
        for (Activation activation : List.of(Activation.RELU, Activation.LEAKY_RELU)) {
            Mlp network = Mlp.builder(2).hidden(16, 12).activation(activation).output(1, Activation.IDENTITY)
                    .init(Init.he()).build(new SplittableRandom(3));
            Tensor points = TestTensors.signed(100, 2, 7);
            // Unequal weights on the norms, as (|g| - 1)^2 gives: a rule that ignored the upstream would fail.
            Tensor weights = TestTensors.signed(100, 1, 9);

            Tensor inDoubles = network.inputGradientNorms(points, TINY);
            List<Tensor> exact = Autograd.grad(inDoubles.mul(weights).sum(), network.parameters(), false);
            Tensor inFloats = Precision.FLOAT.during(() -> network.inputGradientNorms(points, TINY));
            List<Tensor> closedForm = Precision.FLOAT.during(
                    () -> Autograd.grad(inFloats.mul(weights).sum(), network.parameters(), false));

            assertClose(activation + " norms", inDoubles.toArray(), inFloats.toArray());
            for (int k = 0; k < exact.size(); k++) {
                assertClose(activation + " gradient of parameter " + k, exact.get(k).toArray(),
                        closedForm.get(k).toArray());
            }
        }
    }

    /**
     * f(x) = 3 relu(x1) + 4 relu(2 x2): at (1, 1) the input gradient is (3, 8), its norm sqrt(73);
     * the norm's gradient by the first layer's (1, 1) weight is 3 * 3 / sqrt(73) and by the output's
     * second weight 8 * 2 / sqrt(73). At (1, -1) the second unit is off: the gradient is (3, 0) and
     * the output's second weight does not move the norm.
     */
    @Test
    void aNetworkWorkedOutByHand() {
        Mlp network = Mlp.builder(2).hidden(2).activation(Activation.RELU).output(1, Activation.IDENTITY)
                .init(Init.he()).build(new SplittableRandom(1));
        network.loadParameters(new double[] {1, 0, 0, 2, 0, 0, 3, 4, 0});
        Tensor points = Tensor.of(2, 2, new double[] {1, 1, 1, -1});

        Tensor norms = Precision.FLOAT.during(() -> network.inputGradientNorms(points, 0));
        List<Tensor> gradients = Precision.FLOAT.during(() -> Autograd.grad(norms.sliceRows(0, 1).sum(),
                network.parameters(), false));
        List<Tensor> offUnit = Precision.FLOAT.during(() -> Autograd.grad(
                network.inputGradientNorms(points, 0).sliceRows(1, 2).sum(), network.parameters(), false));

        double root73 = Math.sqrt(73);
        assertEquals(root73, norms.toArray()[0], 1e-6);
        assertEquals(3, norms.toArray()[1], 1e-6);
        assertEquals(9 / root73, gradients.get(0).toArray()[0], 1e-6);
        assertEquals(16 / root73, gradients.get(2).toArray()[1], 1e-6);
        assertEquals(0, offUnit.get(2).toArray()[1], 0);
        assertEquals(1, offUnit.get(2).toArray()[0], 1e-6);
    }

    @Test
    void aNetworkWithSeveralOutputsIsRefused() {
        Mlp network = Mlp.builder(2).hidden(4).output(2, Activation.IDENTITY).init(Init.he())
                .build(new SplittableRandom(1));
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> network.inputGradientNorms(TestTensors.signed(3, 2, 1), TINY));
        assertEquals("Input-gradient norms need a network with one output, this one has 2", refused.getMessage());
    }

    private static void assertClose(String what, double[] expected, double[] actual) {
        double scale = 1e-3;
        for (double v : expected) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], FLOAT_TOLERANCE * scale, what + ", entry " + i);
        }
    }
}
