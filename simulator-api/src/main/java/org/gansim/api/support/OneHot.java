package org.gansim.api.support;

import org.gansim.api.nn.Tensor;

/**
 * One-hot codes of class labels: class c of K becomes K numbers, all 0 except a 1 at position c.
 * This is how a conditional GAN hands a label to its networks. Stateless; any thread.
 */
final class OneHot {

    private OneHot() {
    }

    /** One row per label, {@code classes} columns. */
    static Tensor encode(int[] labels, int classes) {
        return Tensor.of(labels.length, classes, rows(labels, classes));
    }

    /** The same codes as a row-major array. */
    static double[] rows(int[] labels, int classes) {
        double[] codes = new double[labels.length * classes];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException("Class label " + labels[i] + " is outside 0.." + (classes - 1));
            }
            codes[i * classes + labels[i]] = 1;
        }
        return codes;
    }
}
