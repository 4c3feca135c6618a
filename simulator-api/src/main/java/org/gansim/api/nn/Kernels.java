package org.gansim.api.nn;

/**
 * Chooses, once per JVM, the implementation of the heavy numeric loops.
 *
 * <p>Any thread.
 */
final class Kernels {

    /** The matrix-product implementation every tensor operation uses. */
    static final MatmulKernel MATMUL = new PlainMatmul();

    private Kernels() {
    }
}
