package org.gansim.api.nn;

/**
 * Where the engine's heavy loops run: the seam between the readable core of this package and a
 * faster implementation of the same arithmetic.
 *
 * <p>The core needs only {@link ReferenceMatmul} and {@link PlainElementwise}: loops as a
 * textbook writes them. A faster back end (GanSim's own is in the internal package {@code
 * org.gansim.api.nn.fast}: vector kernels, register blocking, two threads) is found with {@link
 * java.util.ServiceLoader} and must give <em>the same bits</em> as the reference for every
 * product and every element: each element of a product is the same fused multiply-add sum, in the
 * same order (see {@link ReferenceMatmul}). A plugin never needs this interface.
 *
 * <p>Implementations are stateless after construction and used from any thread. A constructor
 * may throw to say the back end cannot run here; the next one (or the reference) is used.
 *
 * @since 2 (the engine's speed machinery moved behind it, out of the core)
 */
public interface Backend {

    /** A short name for the start-up line, e.g. "vector". */
    String name();

    /** What the start-up line says of it besides its name, e.g. "512-bit fused multiply-add"; may be empty. */
    default String detail() {
        return "";
    }

    /** The matrix products. */
    MatmulKernel matmul();

    /** The element-wise loops with a branch on each sign. */
    ElementwiseKernel elementwise();

    /** Where results get their arrays: by default a new one each time. */
    default ArrayPool arrays() {
        return FreshArrays.INSTANCE;
    }

    /**
     * Runs {@code task} over the rows {@code [0, rows)} of a result, perhaps in pieces on several
     * threads; {@code work} is its number of multiply-adds. Each row is computed once, by the same
     * code whichever thread runs it, so the bits never depend on the split.
     */
    default void forRows(int rows, long work, RowRange task) {
        task.run(0, rows);
    }

    /** Runs two independent pieces of work ({@code work} multiply-adds in all), perhaps side by side. */
    default void both(long work, Runnable here, Runnable there) {
        here.run();
        there.run();
    }

    /** A piece of work over result rows {@code [from, to)}. */
    @FunctionalInterface
    interface RowRange {
        void run(int from, int to);
    }
}
