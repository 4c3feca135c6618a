package org.gansim.api.nn;

import java.util.function.Supplier;

/**
 * Where the engine gets the arrays that hold new results, and where a backward pass says which
 * arrays it has finished with. The core needs nothing more than {@code new double[n]} ({@link
 * FreshArrays}); a faster {@link Backend} may hand finished arrays out again, since an array used
 * a moment ago is still in the processor's cache and a fresh one is not.
 *
 * <p>The promise the core keeps: it gives back only arrays nobody can read any more, and only
 * from a plain backward pass ({@link #during}); never the values or gradients a caller holds.
 * A plugin never needs this interface.
 *
 * <p>Implementations keep their state per thread; any thread.
 *
 * @since 2
 */
public interface ArrayPool {

    /** An array of zeros. */
    double[] zeroed(int length);

    /** An array whose every element the caller writes before reading it (it may hold old values). */
    double[] toOverwrite(int length);

    /** Runs one plain backward pass; {@link #giveBack} accepts only arrays handed out during it. */
    <T> T during(Supplier<T> pass);

    /**
     * A finished intermediate gradient of the running pass. Ignored unless the array was handed
     * out during that pass, so the core may call it on any gradient it no longer needs.
     */
    void giveBack(double[] array);

    /** The value of a hidden layer that a plain backward pass has used up: nothing reads it again. */
    void recycle(double[] array);
}
