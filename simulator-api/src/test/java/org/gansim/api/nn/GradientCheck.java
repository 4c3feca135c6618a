package org.gansim.api.nn;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Compares analytic gradients with central finite differences: the independent oracle of every
 * gradient test.
 *
 * <p>A function under test maps a list of input tensors to a 1x1 tensor. The checker calls it on
 * plain {@link Tensor#of} leaves, asks {@link Autograd#grad} for the analytic gradient, and
 * nudges each input value by {@code +-h} to estimate the same numbers.
 */
final class GradientCheck {

    /** Step of the central differences. */
    static final double STEP = 1e-6;

    private GradientCheck() {
    }

    /**
     * Asserts that the first derivatives of {@code f} at {@code inputs} agree with finite
     * differences to within {@code tolerance} (relative to max(1, |value|)).
     */
    static void firstOrder(String name, Function<List<Tensor>, Tensor> f, List<Tensor> inputs, double tolerance) {
        List<Tensor> leaves = copies(inputs);
        List<Tensor> analytic = Autograd.grad(f.apply(leaves), leaves, false);
        compare(name, analytic, numeric(f, inputs), tolerance);
    }

    /**
     * Checks second derivatives. Builds {@code P = sum_k sum(R_k * df/dx_k)} over the inputs
     * listed in {@code differentiated}, with fixed random weights {@code R_k}, using gradients
     * recorded with {@code createGraph}; then compares {@code dP/d(every input)} with central
     * differences of {@code P} computed from plain first-order gradients.
     */
    static void secondOrder(String name, Function<List<Tensor>, Tensor> f, List<Tensor> inputs,
                            int[] differentiated, double tolerance) {
        List<Tensor> weights = new ArrayList<>();
        java.util.SplittableRandom random = new java.util.SplittableRandom(99);
        for (int k : differentiated) {
            Tensor input = inputs.get(k);
            double[] r = new double[input.size()];
            for (int i = 0; i < r.length; i++) {
                r[i] = random.nextDouble(-1.0, 1.0);
            }
            weights.add(Tensor.of(input.rows(), input.cols(), r));
        }
        Function<List<Tensor>, Tensor> penaltyGraph = xs -> penalty(f, xs, differentiated, weights, true);
        Function<List<Tensor>, Tensor> penaltyPlain = xs -> penalty(f, xs, differentiated, weights, false);
        List<Tensor> leaves = copies(inputs);
        List<Tensor> analytic = Autograd.grad(penaltyGraph.apply(leaves), leaves, false);
        compare(name + " (second order)", analytic, numeric(penaltyPlain, inputs), tolerance);
    }

    private static Tensor penalty(Function<List<Tensor>, Tensor> f, List<Tensor> xs, int[] differentiated,
                                  List<Tensor> weights, boolean createGraph) {
        List<Tensor> wrt = new ArrayList<>();
        for (int k : differentiated) {
            wrt.add(xs.get(k));
        }
        List<Tensor> grads = Autograd.grad(f.apply(xs), wrt, createGraph);
        Tensor total = Tensor.scalar(0.0);
        for (int k = 0; k < grads.size(); k++) {
            total = total.add(grads.get(k).mul(weights.get(k)).sum());
        }
        return total;
    }

    /** Central differences of {@code f} with respect to every value of every input. */
    static List<Tensor> numeric(Function<List<Tensor>, Tensor> f, List<Tensor> inputs) {
        List<Tensor> result = new ArrayList<>();
        for (int k = 0; k < inputs.size(); k++) {
            Tensor input = inputs.get(k);
            double[] grad = new double[input.size()];
            for (int i = 0; i < grad.length; i++) {
                double up = f.apply(nudged(inputs, k, i, STEP)).item();
                double down = f.apply(nudged(inputs, k, i, -STEP)).item();
                grad[i] = (up - down) / (2 * STEP);
            }
            result.add(Tensor.of(input.rows(), input.cols(), grad));
        }
        return result;
    }

    /** Fails naming the first value that differs by more than {@code tolerance * max(1, |value|)}. */
    static void compare(String name, List<Tensor> analytic, List<Tensor> numeric, double tolerance) {
        for (int k = 0; k < analytic.size(); k++) {
            double[] a = analytic.get(k).toArray();
            double[] n = numeric.get(k).toArray();
            if (a.length != n.length) {
                fail(name + ": input " + k + " gradient has " + a.length + " values, expected " + n.length);
            }
            for (int i = 0; i < a.length; i++) {
                double scale = Math.max(1.0, Math.max(Math.abs(a[i]), Math.abs(n[i])));
                if (!(Math.abs(a[i] - n[i]) <= tolerance * scale)) {
                    fail(name + ": d/d input " + k + "[" + i + "] analytic " + a[i] + " vs numeric " + n[i]);
                }
            }
        }
    }

    private static List<Tensor> copies(List<Tensor> inputs) {
        List<Tensor> copies = new ArrayList<>();
        for (Tensor input : inputs) {
            copies.add(Tensor.of(input.rows(), input.cols(), input.toArray()));
        }
        return copies;
    }

    private static List<Tensor> nudged(List<Tensor> inputs, int k, int i, double delta) {
        List<Tensor> copies = copies(inputs);
        double[] values = copies.get(k).toArray();
        values[i] += delta;
        copies.set(k, Tensor.of(values.length == 0 ? 0 : inputs.get(k).rows(), inputs.get(k).cols(), values));
        return copies;
    }
}
