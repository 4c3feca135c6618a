package org.gansim.api;

import java.util.random.RandomGenerator;

/**
 * The JDK's {@link java.util.SplittableRandom} algorithm (SplitMix64, Steele, Lea and Flood 2014),
 * number for number, but with a state that can be read and restored.
 *
 * <p>Why: an experiment saved in the middle of training must continue exactly where it stopped,
 * which needs the position of the data, latent and in-step streams; {@code SplittableRandom} keeps
 * that position private. Every method not written here is the {@link RandomGenerator} default built on
 * {@link #nextLong()} and {@link #nextInt()}, as in {@code SplittableRandom}, so a stream of this
 * class gives the same numbers as a {@code SplittableRandom} of the same seed (a test checks it).
 *
 * <p>Mutable; one thread at a time.
 *
 * @since 2
 */
public final class SavableRandom implements RandomGenerator {

    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private long seed;
    private final long gamma;

    /** The stream {@code new SplittableRandom(seed)} gives. */
    public SavableRandom(long seed) {
        this(seed, GOLDEN_GAMMA);
    }

    private SavableRandom(long seed, long gamma) {
        this.seed = seed;
        this.gamma = gamma;
    }

    /**
     * A stream restored from {@link #state()}.
     *
     * @param state two numbers as {@link #state()} returned them
     * @throws IllegalArgumentException when {@code state} is not two numbers with an odd second one
     */
    public static SavableRandom fromState(long[] state) {
        if (state == null || state.length != 2 || (state[1] & 1L) == 0) {
            throw new IllegalArgumentException("A random stream's state is two numbers, the second odd");
        }
        return new SavableRandom(state[0], state[1]);
    }

    /** Where the stream is now: restoring it with {@link #fromState} continues with the same numbers. */
    public long[] state() {
        return new long[] {seed, gamma};
    }

    /** Moves this stream to {@code other}'s position (both must share a gamma, as after {@link #fromState}). */
    public void restore(long[] state) {
        SavableRandom from = fromState(state);
        if (from.gamma != gamma) {
            throw new IllegalArgumentException("The saved state belongs to another random stream");
        }
        this.seed = from.seed;
    }

    /** A new independent stream, as {@code SplittableRandom.split()} makes it. */
    public SavableRandom split() {
        return new SavableRandom(nextLong(), mixGamma(nextSeed()));
    }

    @Override
    public long nextLong() {
        return mix64(nextSeed());
    }

    @Override
    public int nextInt() {
        return mix32(nextSeed());
    }

    private long nextSeed() {
        return seed += gamma;
    }

    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static int mix32(long z) {
        z = (z ^ (z >>> 33)) * 0x62a9d9ed799705f5L;
        return (int) (((z ^ (z >>> 28)) * 0xcb24d0a5c88c35b3L) >>> 32);
    }

    private static long mixGamma(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        z = (z ^ (z >>> 33)) | 1L;
        int n = Long.bitCount(z ^ (z >>> 1));
        return (n < 24) ? z ^ 0xaaaaaaaaaaaaaaaaL : z;
    }
}
