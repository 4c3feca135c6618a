package org.gansim.api.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.gansim.api.nn.fast.RowSplitter;

/** Networks: parameter gradients, the gradient penalty, copies, frozen copies, determinism. */
class MlpTest {

    private static Mlp small(Activation activation, long seed) {
        return Mlp.builder(2).hidden(5, 4).activation(activation).output(1, Activation.IDENTITY)
                .init(Init.xavier()).build(new SplittableRandom(seed));
    }

    /**
     * Central differences of {@code loss} with respect to every parameter value, nudging the
     * live parameters in place, against what {@code backward()} accumulated into them.
     */
    private static void checkParameterGradients(String name, Mlp net, Supplier<Tensor> loss, double tolerance) {
        for (Tensor p : net.parameters()) {
            p.zeroGrad();
        }
        loss.get().backward();
        double h = 1e-6;
        for (Tensor p : net.parameters()) {
            // A parameter the loss does not depend on (the critic's output bias, for the
            // penalty) gets no gradient at all.
            double[] analytic = p.grad() == null ? new double[p.size()] : p.grad().toArray();
            for (int i = 0; i < p.size(); i++) {
                double saved = p.data[i];
                p.data[i] = saved + h;
                double up = loss.get().item();
                p.data[i] = saved - h;
                double down = loss.get().item();
                p.data[i] = saved;
                double numeric = (up - down) / (2 * h);
                double scale = Math.max(1.0, Math.abs(numeric));
                if (!(Math.abs(numeric - analytic[i]) <= tolerance * scale)) {
                    fail(name + ": parameter " + p + "[" + i + "] analytic " + analytic[i] + " numeric " + numeric);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void parameterGradientsMatchFiniteDifferences(Activation activation) {
        Mlp net = small(activation, 1);
        Tensor x = TestTensors.signed(6, 2, 2);
        checkParameterGradients(activation.name(), net, () -> Losses.bceWithLogits(net.forward(x), 1.0), 1e-6);
    }

    /**
     * The WGAN-GP penalty {@code mean((||dD/dx|| - 1)^2)} at fixed points, differentiated with
     * respect to the critic's weights, against finite differences of the penalty.
     */
    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"LEAKY_RELU", "TANH", "SOFTPLUS", "RELU", "SIGMOID"})
    void gradientPenaltyGradientMatchesFiniteDifferences(Activation activation) {
        Mlp critic = small(activation, 3);
        double[] points = TestTensors.signed(7, 2, 4).toArray();
        Supplier<Tensor> penalty = () -> {
            Tensor x = Tensor.of(7, 2, points);
            Tensor scores = critic.forward(x).sum();
            Tensor g = Autograd.grad(scores, List.of(x), true).get(0);
            Tensor norms = g.square().sumEachRow().add(1e-12).sqrt();
            return norms.add(-1.0).square().mean();
        };
        checkParameterGradients("penalty " + activation, critic, penalty, 1e-5);
    }

    @Test
    void frozenCopyComputesTheSameOutputsAndInputGradients() {
        Mlp net = Mlp.builder(2).hidden(6, 5).activation(Activation.TANH).output(3, Activation.SIGMOID)
                .build(new SplittableRandom(5));
        FrozenMlp frozen = net.freeze();
        Tensor x = TestTensors.signed(4, 2, 6);
        assertArrayEquals(net.forward(x).toArray(), frozen.forward(x.toArray(), 4), 1e-14);
        for (int output = 0; output < 3; output++) {
            Tensor leaf = Tensor.of(4, 2, x.toArray());
            Tensor picked = net.forward(leaf).sliceColumns(output, output + 1).sum();
            double[] expected = Autograd.grad(picked, List.of(leaf), false).get(0).toArray();
            assertArrayEquals(expected, frozen.inputGradient(x.toArray(), 4, output), 1e-14);
        }
        assertEquals(2, frozen.inputs());
        assertEquals(3, frozen.outputs());
        assertArrayEquals(net.flatParameters(), frozen.flatParameters());
        assertArrayEquals(net.flatParameters(), frozen.thaw().flatParameters());
    }

    /**
     * A frozen forward pass keeps its hidden values in arrays its thread reuses: batches of other
     * sizes in between change no result, and a result handed out is never written over.
     */
    @Test
    void frozenResultsAreTheirOwnThoughHiddenArraysAreReused() throws Exception {
        Mlp net = Mlp.builder(2).hidden(6, 5, 4).activation(Activation.TANH).output(3, Activation.IDENTITY)
                .build(new SplittableRandom(11));
        FrozenMlp frozen = net.freeze();
        double[] large = TestTensors.signed(9, 2, 12).toArray();
        double[] small = TestTensors.signed(2, 2, 13).toArray();
        double[] first = frozen.forward(large, 9);
        double[] kept = first.clone();
        double[] smallResult = frozen.forward(small, 2);
        double[] again = frozen.forward(large, 9);
        assertArrayEquals(kept, first, "a result handed out stays as it was");
        assertArrayEquals(kept, again, "the same batch gives the same bits after another size");
        // The oracle: a thread that has never run a batch, so its arrays start empty.
        double[][] fresh = new double[1][];
        Thread other = new Thread(() -> fresh[0] = frozen.forward(small, 2));
        other.start();
        other.join();
        assertArrayEquals(fresh[0], smallResult);
        assertEquals(6, smallResult.length);
    }

    @Test
    void frozenCopyDoesNotFollowLaterTraining() {
        Mlp net = small(Activation.RELU, 7);
        FrozenMlp frozen = net.freeze();
        double[] before = frozen.flatParameters();
        net.clipWeights(0.01);
        assertArrayEquals(before, frozen.flatParameters());
    }

    @Test
    void copyIsDeepAndIndependent() {
        Mlp net = small(Activation.RELU, 8);
        Mlp copy = net.copy();
        assertArrayEquals(net.flatParameters(), copy.flatParameters());
        assertNotSame(net.parameters().get(0), copy.parameters().get(0));
        copy.clipWeights(0.0);
        assertTrue(net.flatParameters()[0] != 0.0);
    }

    @Test
    void clipWeightsBoundsEveryValue() {
        Mlp net = small(Activation.RELU, 9);
        net.parameters().get(1).data[0] = 5.0; // a bias far outside
        net.clipWeights(0.05);
        for (double v : net.flatParameters()) {
            assertTrue(Math.abs(v) <= 0.05, "value " + v);
        }
    }

    /** One weight and one bias, worked out by hand: w - f * (w - target) with f = 1/4. */
    @Test
    void moveTowardsGoesThatFractionOfTheWay() {
        Mlp net = Mlp.builder(1).output(1, Activation.IDENTITY).build(new SplittableRandom(1));
        Mlp target = net.copy();
        net.loadParameters(new double[] {2.0, -1.0});
        target.loadParameters(new double[] {6.0, 3.0});
        net.moveTowards(target, 0.25);
        assertArrayEquals(new double[] {3.0, 0.0}, net.flatParameters());
        assertArrayEquals(new double[] {6.0, 3.0}, target.flatParameters(), "the target is only read");
        net.moveTowards(target, 1.0);
        assertArrayEquals(target.flatParameters(), net.flatParameters());
    }

    @Test
    void moveTowardsRefusesAnotherShapeOrFraction() {
        Mlp net = small(Activation.RELU, 10);
        Mlp wider = Mlp.builder(2).hidden(5).output(1, Activation.IDENTITY).build(new SplittableRandom(2));
        IllegalArgumentException shape = assertThrows(IllegalArgumentException.class, () -> net.moveTowards(wider, 0.5));
        assertTrue(shape.getMessage().contains("layer sizes differ"), shape.getMessage());
        IllegalArgumentException fraction = assertThrows(IllegalArgumentException.class,
                () -> net.moveTowards(net.copy(), 1.5));
        assertTrue(fraction.getMessage().contains("[0, 1]"), fraction.getMessage());
    }

    @Test
    void shapesAndCounts() {
        Mlp net = Mlp.builder(2).hidden(64, 64).output(1, Activation.IDENTITY).build(new SplittableRandom(1));
        assertEquals(2, net.inputs());
        assertEquals(1, net.outputs());
        assertEquals(3, net.layers().size());
        assertEquals(2 * 64 + 64 + 64 * 64 + 64 + 64 + 1, net.parameterCount());
        assertEquals(net.parameterCount(), net.flatParameters().length);
        assertEquals(64, net.layers().get(0).bias().cols());
        for (double b : net.layers().get(0).bias().toArray()) {
            assertEquals(0.0, b);
        }
    }

    @Test
    void builderAndForwardExplainMistakes() {
        assertThrows(IllegalStateException.class, () -> Mlp.builder(2).build(new SplittableRandom(1)));
        assertThrows(IllegalArgumentException.class, () -> Mlp.builder(0));
        assertThrows(IllegalArgumentException.class, () -> Mlp.builder(2).hidden(3, 0));
        Mlp net = small(Activation.RELU, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> net.forward(Tensor.zeros(3, 5)));
        assertTrue(e.getMessage().contains("3x5"), e.getMessage());
    }

    @Test
    void sameSeedTrainsToBitIdenticalWeights() {
        assertArrayEquals(trainSmallGan(42), trainSmallGan(42));
    }

    /**
     * {@link Mlp#forward} computes a network with (leaky) ReLU hidden layers as one stack, rows
     * split between two threads; values and gradients must be those of one layer at a time.
     */
    @ParameterizedTest
    @EnumSource(Activation.class)
    void theWholeStackAtOnceGivesTheBitsOfOneLayerAtATime(Activation activation) {
        Mlp net = Mlp.builder(2).hidden(64, 64).activation(activation).output(2, Activation.TANH)
                .init(Init.he()).build(new SplittableRandom(3));
        Tensor x = TestTensors.signed(256, 2, 6);
        List<Linear> layers = net.layers();
        Tensor oneAtATime = x;
        for (int i = 0; i < layers.size(); i++) {
            oneAtATime = layers.get(i).forward(oneAtATime, i < layers.size() - 1 ? activation : Activation.TANH);
        }
        Tensor stack = net.forward(x);
        assertArrayEquals(oneAtATime.toArray(), stack.toArray());
        List<Tensor> parameters = net.parameters();
        List<Tensor> expected = Autograd.grad(oneAtATime.square().mean(), parameters, false);
        List<Tensor> actual = Autograd.grad(stack.square().mean(), parameters, false);
        for (int i = 0; i < parameters.size(); i++) {
            assertArrayEquals(expected.get(i).toArray(), actual.get(i).toArray(), "parameter " + i);
        }
    }

    /** A forward pass without a graph gives constants with the bits of the recorded pass. */
    @Test
    void aForwardPassWithoutGraphGivesTheSameValuesAsConstants() {
        Mlp net = Mlp.builder(2).hidden(64, 64).activation(Activation.RELU).output(2, Activation.IDENTITY)
                .init(Init.he()).build(new SplittableRandom(11));
        Tensor x = TestTensors.signed(256, 2, 12);
        double[] recorded = net.forward(x).toArray();
        Tensor first = Autograd.withoutGraph(() -> net.forward(x));
        Tensor second = Autograd.withoutGraph(() -> net.forward(x)); // on the first one's recycled arrays
        assertFalse(first.requiresGrad());
        assertArrayEquals(recorded, first.toArray());
        assertArrayEquals(recorded, second.toArray());
        assertTrue(net.forward(x).requiresGrad(), "recording is back on afterwards");
    }

    @Test
    void splittingProductsOverTwoCoresChangesNoBit() {
        // 64-wide layers and a batch of 256 are large enough for products to be split, and for a
        // layer's input and weight gradients to be computed side by side.
        long splitsBefore = RowSplitter.splitCount();
        double[] split = trainGan(7, 64, 256, 5);
        assertTrue(RowSplitter.splitCount() > splitsBefore, "no product was split");
        double[][] alone = new double[1][];
        RowSplitter.onThisThread(() -> alone[0] = trainGan(7, 64, 256, 5));
        assertArrayEquals(alone[0], split);
    }

    /** 50 steps of a small GAN on a ring; returns every weight of both networks. */
    private static double[] trainSmallGan(long seed) {
        return trainGan(seed, 16, 32, 50);
    }

    private static double[] trainGan(long seed, int width, int batch, int steps) {
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom initRng = root.split();
        SplittableRandom dataRng = root.split();
        Mlp g = Mlp.builder(2).hidden(width, width).output(2, Activation.IDENTITY).build(initRng);
        Mlp d = Mlp.builder(2).hidden(width, width).activation(Activation.LEAKY_RELU)
                .output(1, Activation.IDENTITY).build(initRng);
        Optimizer gOpt = new Adam(g.parameters(), 1e-3, 0.5, 0.999, 1e-8);
        Optimizer dOpt = new RmsProp(d.parameters(), 1e-3);
        for (int step = 0; step < steps; step++) {
            Tensor real = ring(batch, dataRng);
            Tensor fake = g.forward(gaussian(batch, dataRng)).detach();
            dOpt.zeroGrad();
            Losses.bceWithLogits(d.forward(real), 1.0).add(Losses.bceWithLogits(d.forward(fake), 0.0)).backward();
            dOpt.step();
            gOpt.zeroGrad();
            Losses.nonSaturatingGenerator(d.forward(g.forward(gaussian(batch, dataRng)))).backward();
            gOpt.step();
        }
        double[] gw = g.flatParameters();
        double[] dw = d.flatParameters();
        double[] all = new double[gw.length + dw.length];
        System.arraycopy(gw, 0, all, 0, gw.length);
        System.arraycopy(dw, 0, all, gw.length, dw.length);
        return all;
    }

    static Tensor gaussian(int rows, SplittableRandom rng) {
        double[] z = new double[rows * 2];
        for (int i = 0; i < z.length; i++) {
            z[i] = rng.nextGaussian();
        }
        return Tensor.of(rows, 2, z);
    }

    static Tensor ring(int rows, SplittableRandom rng) {
        double[] points = new double[rows * 2];
        for (int r = 0; r < rows; r++) {
            double angle = 2 * Math.PI * rng.nextInt(8) / 8;
            points[2 * r] = 2 * Math.cos(angle) + 0.02 * rng.nextGaussian();
            points[2 * r + 1] = 2 * Math.sin(angle) + 0.02 * rng.nextGaussian();
        }
        return Tensor.of(rows, 2, points);
    }
}
