package org.gansim.api.nn;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * The number format the networks train in on the current thread.
 *
 * <p>{@link #DOUBLE}, a thread's precision until told otherwise, does everything in 64-bit doubles.
 * {@link #FLOAT}, the default of the {@code train.precision} setting and so of every run the app and
 * {@code gansim run} start, runs the layers of a {@link Mlp} (the matrix products, the activations
 * and their gradients, where almost all the time of a step goes) in 32-bit floats, as PyTorch does
 * by default, while the weights, the optimizers, the losses and everything else stay in doubles:
 * the float results are rounded back to doubles where they leave the layers. Floats hold twice as
 * many numbers per vector and per cache line, so a step takes less time; a seed trains to different
 * bits than in doubles.
 *
 * <p>A gradient of a gradient (an unrolled discriminator, a penalty written with {@link
 * Autograd#grad}) is taken in doubles: a {@link #FLOAT} layer stack asked for one computes its
 * layers again in doubles. The finite-difference checks of the test kit therefore check the double
 * arithmetic, and the float layers are checked against it. The one exception is {@link
 * Mlp#inputGradientNorms}, WGAN-GP's penalty, which a (leaky) ReLU network gives in closed form
 * in floats, checked against the double route.
 *
 * <p>Per thread, like recording the graph: a view reading a network on another thread is not
 * affected.
 *
 * @since 2
 */
public enum Precision {

    /** 64-bit doubles everywhere. */
    DOUBLE,

    /** The layers of a network in 32-bit floats, the rest in doubles. */
    FLOAT;

    private static final ThreadLocal<Precision[]> CURRENT = ThreadLocal.withInitial(() -> new Precision[] {DOUBLE});

    /** The precision on this thread. */
    public static Precision current() {
        return CURRENT.get()[0];
    }

    /** Runs {@code work} in this precision on the calling thread, then restores the one before. */
    public <T> T during(Supplier<T> work) {
        Precision[] slot = CURRENT.get();
        Precision before = slot[0];
        slot[0] = this;
        try {
            return work.get();
        } finally {
            slot[0] = before;
        }
    }

    /** The lower-case name used in settings and on the command line: {@code double} or {@code float}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The precision named {@code id}.
     *
     * @throws IllegalArgumentException naming the valid ids when {@code id} is not one
     */
    public static Precision of(String id) {
        for (Precision p : values()) {
            if (p.id().equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("Unknown precision '" + id + "': use double or float");
    }
}
