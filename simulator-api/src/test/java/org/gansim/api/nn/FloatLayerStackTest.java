package org.gansim.api.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The layers of a network in floats ({@link Precision#FLOAT}) against the exact derivatives: values
 * and gradients of every input of the stack within float rounding of central finite differences of
 * the same stack in doubles, and gradients of gradients (a penalty) exactly those of doubles.
 */
class FloatLayerStackTest {

    /** Relative to max(1, |value|): float rounding of sums over a few hundred rows, far below any wrong formula. */
    private static final double FLOAT_TOLERANCE = 2e-4;

    /** Input first, then weight and bias of each layer, as the stack lists its graph inputs. */
    private static List<Tensor> stackInputs(int rows, int... widths) {
        List<Tensor> inputs = new ArrayList<>();
        inputs.add(TestTensors.signed(rows, widths[0], 1));
        for (int l = 0; l + 1 < widths.length; l++) {
            inputs.add(TestTensors.signed(widths[l], widths[l + 1], 10 + l).mul(1.0 / Math.sqrt(widths[l])));
            inputs.add(TestTensors.signed(1, widths[l + 1], 20 + l).mul(0.1));
        }
        return inputs;
    }

    private static Tensor stack(List<Tensor> xs, double slope) {
        int layers = (xs.size() - 1) / 2;
        Tensor[] weights = new Tensor[layers];
        Tensor[] biases = new Tensor[layers];
        for (int l = 0; l < layers; l++) {
            weights[l] = xs.get(1 + 2 * l);
            biases[l] = xs.get(2 + 2 * l);
        }
        return LayerOps.stack(xs.get(0), weights, biases, slope);
    }

    private static Function<List<Tensor>, Tensor> weightedStack(double slope) {
        return xs -> TestTensors.weightedSum(stack(xs, slope));
    }

    private static List<Tensor> leaves(List<Tensor> inputs) {
        List<Tensor> leaves = new ArrayList<>();
        for (Tensor t : inputs) {
            leaves.add(Tensor.parameter(t.rows(), t.cols(), t.toArray()));
        }
        return leaves;
    }

    @Test
    void valuesAreTheDoubleValuesRoundedToFloats() {
        for (double slope : new double[] {0.0, 0.2}) {
            List<Tensor> inputs = stackInputs(37, 3, 20, 17, 2);
            double[] exact = stack(inputs, slope).toArray();
            double[] inFloats = Precision.FLOAT.during(() -> stack(inputs, slope)).toArray();
            assertFalse(java.util.Arrays.equals(exact, inFloats), "the layers really ran in floats");
            for (int i = 0; i < exact.length; i++) {
                assertEquals(exact[i], inFloats[i], 1e-5 * Math.max(1, Math.abs(exact[i])), "value " + i);
            }
        }
    }

    @Test
    void everyGradientMatchesFiniteDifferencesOfTheDoubleStack() {
        int[][] shapes = {{37, 3, 20, 17, 2}, {256, 2, 64, 64, 1}, {50, 1, 40, 3}};
        for (int[] shape : shapes) {
            for (double slope : new double[] {0.0, 0.2}) {
                List<Tensor> inputs = stackInputs(shape[0], java.util.Arrays.copyOfRange(shape, 1, shape.length));
                Function<List<Tensor>, Tensor> f = weightedStack(slope);
                List<Tensor> numeric = GradientCheck.numeric(f, inputs);
                List<Tensor> leaves = leaves(inputs);
                List<Tensor> inFloats = Precision.FLOAT.during(() -> Autograd.grad(f.apply(leaves), leaves, false));
                GradientCheck.compare("float stack " + java.util.Arrays.toString(shape) + ", slope " + slope,
                        inFloats, numeric, FLOAT_TOLERANCE);
            }
        }
    }

    @Test
    void onlyTheGradientsAskedForAreComputed() {
        List<Tensor> inputs = leaves(stackInputs(40, 2, 16, 16, 1));
        Tensor x = Tensor.of(40, 2, inputs.get(0).toArray()); // a constant, as a discriminator's fake batch
        inputs.set(0, x);
        Precision.FLOAT.during(() -> {
            TestTensors.weightedSum(stack(inputs, 0.2)).backward(List.of(inputs.get(3), inputs.get(4)));
            return null;
        });
        assertNull(inputs.get(1).grad(), "the first layer's weights were not asked for");
        assertNull(inputs.get(5).grad(), "the last layer's weights were not asked for");
        assertTrue(inputs.get(3).grad().toArray().length == 16 * 16, "the middle layer's weights were");
    }

    @Test
    void aGradientOfAGradientIsTakenInDoublesExactly() {
        List<Tensor> inputs = stackInputs(30, 2, 12, 12, 1);
        Function<List<Tensor>, List<Tensor>> penaltyGradient = xs -> {
            // As a gradient penalty: the input gradient, recorded, then its square differentiated again.
            Tensor inputGradient = Autograd.grad(TestTensors.weightedSum(stack(xs, 0.2)), List.of(xs.get(0)), true)
                    .get(0);
            return Autograd.grad(inputGradient.square().sum(), xs, false);
        };
        List<Tensor> leavesDouble = leaves(inputs);
        List<Tensor> leavesFloat = leaves(inputs);
        List<Tensor> inDoubles = penaltyGradient.apply(leavesDouble);
        List<Tensor> inFloats = Precision.FLOAT.during(() -> penaltyGradient.apply(leavesFloat));
        for (int k = 0; k < inDoubles.size(); k++) {
            assertArrayEquals(inDoubles.get(k).toArray(), inFloats.get(k).toArray(), "second derivative " + k);
        }
    }

    @Test
    void aPassThatStopsAtTheStacksOutputLeavesTheStackForTheNextPass() {
        // As a generator step: the gradient with respect to G's samples first (the pass reaches
        // G's output and stops), then the backward pass through G with that gradient.
        List<Tensor> inputs = leaves(stackInputs(24, 2, 8, 8, 2));
        List<Tensor> expected = Autograd.grad(TestTensors.weightedSum(stack(inputs, 0.2).square()),
                inputs.subList(1, inputs.size()), false);
        List<Tensor> inFloats = Precision.FLOAT.during(() -> {
            Tensor samples = stack(inputs, 0.2);
            Tensor push = Autograd.grad(TestTensors.weightedSum(samples.square()), List.of(samples), false).get(0);
            return Autograd.grad(samples.mul(push).sum(), inputs.subList(1, inputs.size()), false);
        });
        GradientCheck.compare("through the samples' gradient", inFloats, expected, FLOAT_TOLERANCE);
    }

    @Test
    void aSecondBackwardPassThroughTheSameGraphIsRefused() {
        List<Tensor> inputs = leaves(stackInputs(20, 2, 8, 1));
        IllegalStateException refused = Precision.FLOAT.during(() -> {
            Tensor out = stack(inputs, 0.2);
            out.sum().backward();
            return assertThrows(IllegalStateException.class, () -> out.sum().backward());
        });
        assertTrue(refused.getMessage().contains("run the forward pass again"), refused.getMessage());
    }

    @Test
    void precisionIsPerThreadAndRestoredAfterwards() throws InterruptedException {
        assertEquals(Precision.DOUBLE, Precision.current());
        Precision[] seenElsewhere = new Precision[1];
        Precision.FLOAT.during(() -> {
            assertEquals(Precision.FLOAT, Precision.current());
            Thread other = new Thread(() -> seenElsewhere[0] = Precision.current());
            other.start();
            try {
                other.join();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            return null;
        });
        assertEquals(Precision.DOUBLE, seenElsewhere[0]);
        assertEquals(Precision.DOUBLE, Precision.current());
        assertEquals(Precision.FLOAT, Precision.of("float"));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> Precision.of("half"));
        assertEquals("Unknown precision 'half': use double or float", bad.getMessage());
    }
}
