package org.gansim.api.nn;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The reverse-mode sweep behind {@link Tensor#backward()} and {@link Autograd#grad}.
 *
 * <p>It sorts the graph below the output topologically with an explicit stack (no recursion,
 * so deep graphs cannot overflow the call stack), keeps only the nodes that lie on a path to a
 * tensor whose gradient was asked for, and runs each node's {@link GradientRule} in reverse
 * order, summing the contributions that reach each node. Work for inputs nobody asked about
 * (say, the discriminator's weights during a generator step) is skipped.
 *
 * <p>Only the gradients are computed here; what happens to the memory the pass has finished with
 * is {@link UsedArrays}' business.
 *
 * <p>Runs on the calling thread and keeps no state between calls.
 */
final class Backprop {

    private Backprop() {
    }

    /**
     * Backward pass into the {@code grad()} of every leaf that requires gradients, or only of
     * those in {@code only} when it is not null.
     */
    static void accumulateIntoLeaves(Tensor output, List<Tensor> only) {
        checkScalar(output, "backward()");
        Set<Tensor> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (only != null) {
            chosen.addAll(only);
        }
        Predicate<Tensor> isTrainableLeaf = t -> t.requiresGrad() && t.parents().length == 0
                && (only == null || chosen.contains(t));
        GradMode.withoutRecording(() -> Kernels.ARRAYS.during(() -> {
            Map<Tensor, Tensor> gradients = sweep(output, isTrainableLeaf, false);
            for (Map.Entry<Tensor, Tensor> entry : gradients.entrySet()) {
                if (isTrainableLeaf.test(entry.getKey())) {
                    entry.getKey().accumulateGrad(entry.getValue());
                }
            }
            // accumulateGrad copied them, so every array the pass took can be reused.
            for (Tensor gradient : gradients.values()) {
                Kernels.ARRAYS.giveBack(gradient.data);
            }
            return null;
        }));
    }

    /** Gradients of {@code output} with respect to each of {@code inputs}, zeros where unconnected. */
    static List<Tensor> gradients(Tensor output, List<Tensor> inputs, boolean createGraph) {
        checkScalar(output, "Autograd.grad");
        Set<Tensor> wanted = Collections.newSetFromMap(new IdentityHashMap<>());
        wanted.addAll(inputs);
        Map<Tensor, Tensor> gradients = createGraph
                ? sweep(output, wanted::contains, true)
                : GradMode.withoutRecording(() -> Kernels.ARRAYS.during(() -> sweep(output, wanted::contains, false)));
        List<Tensor> result = new ArrayList<>(inputs.size());
        for (Tensor input : inputs) {
            Tensor g = gradients.get(input);
            result.add(g != null ? g : Tensor.zeros(input.rows(), input.cols()));
        }
        return result;
    }

    private static void checkScalar(Tensor output, String caller) {
        if (output.rows() != 1 || output.cols() != 1) {
            throw new IllegalStateException(caller + " needs a 1x1 output (a loss), got " + output.shape());
        }
    }

    /**
     * Returns the gradient reaching every node that leads to a target, keyed by node identity:
     * each node's rule, in reverse topological order, hands its share of the gradient to each of
     * its inputs, and the shares reaching one input are added up.
     */
    private static Map<Tensor, Tensor> sweep(Tensor output, Predicate<Tensor> isTarget, boolean createGraph) {
        List<Tensor> order = topologicalOrder(output);
        Set<Tensor> needed = nodesLeadingTo(order, isTarget);
        Map<Tensor, Tensor> gradients = new IdentityHashMap<>();
        if (!needed.contains(output)) {
            return gradients;
        }
        gradients.put(output, Tensor.filled(1, 1, 1.0));
        UsedArrays used = new UsedArrays(gradients, createGraph);
        for (int n = order.size() - 1; n >= 0; n--) {
            Tensor node = order.get(n);
            Tensor upstream = gradients.get(node);
            if (upstream == null || node.rule() == null) {
                continue;
            }
            checkNotReleased(node);
            Tensor[] parents = node.parents();
            boolean[] wanted = new boolean[parents.length];
            for (int p = 0; p < parents.length; p++) {
                wanted[p] = needed.contains(parents[p]);
            }
            Tensor[] shares = shares(node, wanted, upstream);
            for (int p = 0; p < parents.length; p++) {
                if (wanted[p]) {
                    addShare(gradients, node, parents[p], shares[p], used);
                }
            }
            if (!createGraph && !isTarget.test(node)) {
                gradients.remove(node); // no longer needed: lets the memory go early
                used.finished(upstream);
            }
            used.nodeDone(node);
        }
        used.releaseHiddenValues();
        return gradients;
    }

    /** The nodes of {@code order} that are targets or have an input that leads to one. */
    private static Set<Tensor> nodesLeadingTo(List<Tensor> order, Predicate<Tensor> isTarget) {
        Set<Tensor> leading = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Tensor node : order) {
            boolean leads = isTarget.test(node);
            for (Tensor parent : node.parents()) {
                leads |= leading.contains(parent);
            }
            if (leads) {
                leading.add(node);
            }
        }
        return leading;
    }

    /** Each wanted input's share of the gradient at {@code node} (null for the others). */
    private static Tensor[] shares(Tensor node, boolean[] wanted, Tensor upstream) {
        if (node.rule() instanceof JointGradientRule joint) {
            return joint.gradients(wanted, upstream, node);
        }
        Tensor[] shares = new Tensor[wanted.length];
        for (int p = 0; p < wanted.length; p++) {
            if (wanted[p]) {
                shares[p] = node.rule().gradient(p, upstream, node);
            }
        }
        return shares;
    }

    /** Adds one input's share of the gradient to what has reached that input so far. */
    private static void addShare(Map<Tensor, Tensor> gradients, Tensor node, Tensor parent, Tensor share,
                                 UsedArrays used) {
        checkGradientShape(node, parent, share);
        Tensor sum = gradients.get(parent);
        if (sum == null) {
            gradients.put(parent, share);
        } else {
            gradients.put(parent, sum.add(share));
            used.finished(sum);
            used.finished(share);
        }
    }

    private static void checkNotReleased(Tensor node) {
        boolean released = node.isReleased();
        for (Tensor parent : node.parents()) {
            released |= parent.isReleased();
        }
        if (released) {
            throw new IllegalStateException("This graph has already been through a backward pass, which "
                    + "recycled the hidden values of its networks; run the forward pass again for each "
                    + "backward pass");
        }
    }

    private static void checkGradientShape(Tensor node, Tensor parent, Tensor contribution) {
        if (contribution.rows() != parent.rows() || contribution.cols() != parent.cols()) {
            throw new IllegalStateException("The gradient rule of " + node.operation() + " returned "
                    + contribution.shape() + " for an input of shape " + parent.shape());
        }
    }

    /** Nodes below {@code output}, every node after all of its inputs (iterative depth-first). */
    static List<Tensor> topologicalOrder(Tensor output) {
        List<Tensor> order = new ArrayList<>();
        Set<Tensor> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Tensor> nodes = new ArrayDeque<>();
        Deque<Integer> nextParent = new ArrayDeque<>();
        nodes.push(output);
        nextParent.push(0);
        visited.add(output);
        while (!nodes.isEmpty()) {
            Tensor node = nodes.peek();
            int index = nextParent.pop();
            Tensor[] parents = node.parents();
            if (index < parents.length) {
                nextParent.push(index + 1);
                Tensor parent = parents[index];
                if (visited.add(parent)) {
                    nodes.push(parent);
                    nextParent.push(0);
                }
            } else {
                nodes.pop();
                order.add(node);
            }
        }
        return order;
    }
}
