package org.gansim.api.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Three steps of each optimizer on one parameter starting at 1.0 with gradients 0.5, -1.0 and
 * 2.0, against values worked out by hand (the working is in the comments).
 */
class OptimizerTest {

    private static final double[] GRADIENTS = {0.5, -1.0, 2.0};
    private static final double TOLERANCE = 1e-12;

    /** Runs one step with the given gradient: the loss {@code p * g} has gradient {@code g}. */
    private static void stepWithGradient(Optimizer optimizer, Tensor p, double g) {
        optimizer.zeroGrad();
        p.mul(Tensor.scalar(g)).sum().backward();
        optimizer.step();
    }

    @Test
    void sgdWithMomentumMatchesHandArithmetic() {
        Tensor p = Tensor.parameter(1, 1, new double[] {1.0});
        Sgd sgd = new Sgd(List.of(p), 0.1, 0.9);
        // step 1: v = g = 0.5 (first step takes the gradient as it is); p = 1 - 0.1 * 0.5 = 0.95
        // step 2: v = 0.9 * 0.5 + (-1.0) = -0.55;                        p = 0.95 + 0.055 = 1.005
        // step 3: v = 0.9 * (-0.55) + 2.0 = 1.505;                       p = 1.005 - 0.1505 = 0.8545
        double[] expected = {0.95, 1.005, 0.8545};
        for (int t = 0; t < 3; t++) {
            stepWithGradient(sgd, p, GRADIENTS[t]);
            assertEquals(expected[t], p.item(), TOLERANCE, "after step " + (t + 1));
        }
    }

    @Test
    void adamMatchesHandArithmetic() {
        Tensor p = Tensor.parameter(1, 1, new double[] {1.0});
        Adam adam = new Adam(List.of(p), 0.1, 0.9, 0.999, 1e-8);
        // step 1: m = 0.1 * 0.5 = 0.05, v = 0.001 * 0.25 = 0.00025
        //   m / (1 - 0.9) = 0.5, sqrt(v / (1 - 0.999)) = sqrt(0.25) = 0.5
        //   p = 1 - 0.1 * 0.5 / (0.5 + 1e-8) = 1 - 0.099999998 = 0.900000002
        // step 2: m = 0.9 * 0.05 - 0.1 = -0.055, v = 0.999 * 0.00025 + 0.001 = 0.00124975
        //   m / (1 - 0.81) = -0.2894736842105263, v / (1 - 0.998001) = 0.6251875937968984,
        //   sqrt = 0.7906880508, p = 0.900000002 + 0.1 * 0.2894736842 / 0.7906880608
        //   = 0.900000002 + 0.0366103522 = 0.9366103542
        // step 3: m = 0.9 * -0.055 + 0.2 = 0.1505, v = 0.999 * 0.00124975 + 0.004 = 0.00524850025
        //   m / (1 - 0.729) = 0.5553505535, v / (1 - 0.997002999) = 1.7512513...,
        //   sqrt = 1.3233485..., p = 0.9366103542 - 0.1 * 0.5553505535 / 1.3233485 = 0.8946447927
        double[] expected = {0.900000002, 0.9366103542, 0.8946447927};
        for (int t = 0; t < 3; t++) {
            stepWithGradient(adam, p, GRADIENTS[t]);
            assertEquals(expected[t], p.item(), 1e-10, "after step " + (t + 1));
        }
    }

    @Test
    void rmsPropMatchesHandArithmetic() {
        Tensor p = Tensor.parameter(1, 1, new double[] {1.0});
        RmsProp rms = new RmsProp(List.of(p), 0.01, 0.99, 1e-8);
        // step 1: s = 0.01 * 0.25 = 0.0025, sqrt = 0.05, p = 1 - 0.01 * 0.5 / 0.05000001 = 0.90000002
        // step 2: s = 0.99 * 0.0025 + 0.01 * 1 = 0.012475, sqrt = 0.1116915395,
        //   p = 0.90000002 + 0.01 / 0.1116915495 = 0.90000002 + 0.0895322882 = 0.9895323082
        // step 3: s = 0.99 * 0.012475 + 0.01 * 4 = 0.05235025, sqrt = 0.2288018575,
        //   p = 0.9895323082 - 0.02 / 0.2288018675 = 0.9895323082 - 0.0874119073 = 0.9021204009
        double[] expected = {0.90000002, 0.9895323082, 0.9021204009};
        for (int t = 0; t < 3; t++) {
            stepWithGradient(rms, p, GRADIENTS[t]);
            assertEquals(expected[t], p.item(), 1e-10, "after step " + (t + 1));
        }
    }

    @Test
    void changingHyperParametersKeepsState() {
        Tensor p = Tensor.parameter(1, 1, new double[] {1.0});
        Sgd sgd = new Sgd(List.of(p), 0.1, 0.9);
        stepWithGradient(sgd, p, 0.5);   // v = 0.5, p = 0.95
        sgd.setLearningRate(1.0);
        sgd.setMomentum(0.5);
        stepWithGradient(sgd, p, 1.0);   // v = 0.5 * 0.5 + 1 = 1.25, p = 0.95 - 1.25 = -0.3
        assertEquals(-0.3, p.item(), TOLERANCE);
        assertEquals(1.0, sgd.learningRate());
    }

    @Test
    void adamBetasCanChangeBetweenSteps() {
        Tensor p = Tensor.parameter(1, 1, new double[] {1.0});
        Adam adam = new Adam(List.of(p), 0.1, 0.9, 0.999, 1e-8);
        stepWithGradient(adam, p, 0.5);  // m = 0.05, v = 0.00025, p = 0.900000002
        adam.setBetas(0.5, 0.9);
        stepWithGradient(adam, p, 0.5);
        // m = 0.5 * 0.05 + 0.5 * 0.5 = 0.275, v = 0.9 * 0.00025 + 0.1 * 0.25 = 0.025225
        // m / (1 - 0.25) = 0.3666666667, sqrt(v / (1 - 0.81)) = sqrt(0.1327631579) = 0.3643667905
        // p = 0.900000002 - 0.1 * 0.3666666667 / 0.3643668005 = 0.900000002 - 0.1006311891
        assertEquals(0.900000002 - 0.1 * (0.275 / 0.75) / (Math.sqrt(0.025225 / 0.19) + 1e-8), p.item(), 1e-12);
        assertEquals(0.5, adam.beta1());
    }

    @Test
    void parametersWithoutGradientAreLeftAlone() {
        Tensor used = Tensor.parameter(1, 1, new double[] {1.0});
        Tensor unused = Tensor.parameter(1, 1, new double[] {2.0});
        Adam adam = new Adam(List.of(used, unused), 0.1);
        used.mul(3.0).sum().backward();
        adam.step();
        assertNull(unused.grad());
        assertEquals(2.0, unused.item());
    }

    @Test
    void rejectsNonParametersAndBadHyperParameters() {
        Tensor constant = Tensor.of(1, 1, 1.0);
        Tensor p = Tensor.parameter(1, 1, new double[] {1.0});
        assertThrows(IllegalArgumentException.class, () -> new Sgd(List.of(constant), 0.1, 0.0));
        assertThrows(IllegalArgumentException.class, () -> new Sgd(List.of(p), -0.1, 0.0));
        assertThrows(IllegalArgumentException.class, () -> new Adam(List.of(p), 0.1, 1.0, 0.999, 1e-8));
        assertThrows(IllegalArgumentException.class, () -> new RmsProp(List.of(p), 0.1, 0.99, Double.NaN));
    }
}
