package org.gansim.api.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one backward pass tells the {@link ArrayPool} about the memory it has finished with, so
 * that {@link Backprop} itself only computes gradients.
 *
 * <p>Two kinds of arrays: intermediate gradients (a node's own once its rule has run, partial sums
 * once added up), handed back as soon as no gradient still held shares them (a rule such as
 * {@code add}'s passes its upstream gradient on unchanged, as the very same array); and the values
 * of hidden layers ({@link Tensor#graphOnly()}), which the rules further down may still read, so
 * they are released only when the pass is over. A recorded pass ({@code createGraph}) gives back
 * nothing: its gradients are graph nodes that read those values later.
 *
 * <p>One pass, its thread.
 */
final class UsedArrays {

    private final Map<Tensor, Tensor> held;
    private final boolean recorded;
    private final List<double[]> finished = new ArrayList<>();
    private final List<Tensor> usedUpValues = new ArrayList<>();

    /**
     * @param held     the gradients the pass still holds, by node
     * @param recorded whether the pass records its gradients ({@code createGraph})
     */
    UsedArrays(Map<Tensor, Tensor> held, boolean recorded) {
        this.held = held;
        this.recorded = recorded;
    }

    /** A gradient the pass no longer needs (it may still be shared by one it holds). */
    void finished(Tensor gradient) {
        if (!recorded) {
            finished.add(gradient.data);
        }
    }

    /** After the rule of {@code node} has run: gives back what is free and notes a used-up value. */
    void nodeDone(Tensor node) {
        for (double[] array : finished) {
            boolean shared = false;
            for (Tensor gradient : held.values()) {
                shared |= gradient.data == array;
            }
            if (!shared) {
                Kernels.ARRAYS.giveBack(array);
            }
        }
        finished.clear();
        if (node.isGraphOnly()) {
            if (recorded) {
                node.keepValue(); // the recorded gradients read it
            } else {
                usedUpValues.add(node);
            }
        }
    }

    /** At the end of the pass: the hidden values are free (a rule further down may have read them). */
    void releaseHiddenValues() {
        for (Tensor node : usedUpValues) {
            node.release();
        }
    }
}
