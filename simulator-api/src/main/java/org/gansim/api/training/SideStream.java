package org.gansim.api.training;

import java.util.SplittableRandom;

/**
 * The random streams a run needs besides training's own (the data and latent batches, the
 * networks' weights: see {@link TrainingRun}), each derived from the run's seed here and nowhere
 * else, so that no two of them can overlap and drawing from one never changes what the training
 * does. Each stream is the seed's {@link TrainingLoop#initSeed} mixed with a constant of its own
 * (digits of square roots of primes, as SHA-2 takes them).
 *
 * @since 2
 */
public enum SideStream {

    /** What the window draws: the real points shown and the fixed evaluation batch of z. */
    DISPLAY(0x6A09E667F3BCC909L),
    /** Samples written out after training ({@code --samples-out}). */
    OUTPUT(0xBB67AE8584CAA73BL),
    /** Real samples a run's generated ones are scored against. */
    REFERENCE_SAMPLES(0x3C6EF372FE94F82BL);

    private final long salt;

    SideStream(long salt) {
        this.salt = salt;
    }

    /** A new generator of this stream for the run with this seed: the same numbers every time. */
    public SplittableRandom of(long seed) {
        return new SplittableRandom(TrainingLoop.initSeed(seed) ^ salt);
    }
}
