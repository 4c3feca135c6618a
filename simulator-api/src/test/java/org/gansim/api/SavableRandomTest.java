package org.gansim.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** SavableRandom against the JDK's SplittableRandom as the oracle, and its state round trip. */
class SavableRandomTest {

    /** Every kind of draw the samplers, priors and variants make, interleaved. */
    private static double[] draws(RandomGenerator rng, int n) {
        double[] out = new double[n * 8];
        for (int i = 0; i < n; i++) {
            out[8 * i] = rng.nextDouble();
            out[8 * i + 1] = rng.nextGaussian();
            out[8 * i + 2] = rng.nextInt(7);
            out[8 * i + 3] = rng.nextLong();
            out[8 * i + 4] = rng.nextDouble(-2, 3);
            out[8 * i + 5] = rng.nextInt();
            out[8 * i + 6] = rng.nextBoolean() ? 1 : 0;
            out[8 * i + 7] = rng.nextExponential();
        }
        return out;
    }

    @Test
    void givesTheSameNumbersAsSplittableRandom() {
        for (long seed : new long[] {0, 1, -7, 123456789L, Long.MIN_VALUE}) {
            assertArrayEquals(draws(new SplittableRandom(seed), 2000), draws(new SavableRandom(seed), 2000));
        }
    }

    @Test
    void splitsAsSplittableRandomDoes() {
        SavableRandom mine = new SavableRandom(42);
        SplittableRandom jdk = new SplittableRandom(42);
        mine.nextLong();
        jdk.nextLong();
        SavableRandom a = mine.split();
        SplittableRandom b = jdk.split();
        assertArrayEquals(draws(b, 500), draws(a, 500));
        assertArrayEquals(draws(jdk.split(), 500), draws(mine.split(), 500));
    }

    @Test
    void aRestoredStreamContinuesWithTheSameNumbers() {
        SavableRandom stream = new SavableRandom(9).split();
        draws(stream, 123);
        long[] saved = stream.state();
        double[] next = draws(stream, 300);
        assertArrayEquals(next, draws(SavableRandom.fromState(saved), 300));
        SavableRandom sameGamma = SavableRandom.fromState(saved);
        draws(sameGamma, 50);
        sameGamma.restore(saved);
        assertArrayEquals(next, draws(sameGamma, 300));
    }

    @Test
    void refusesAStateThatNoStreamCouldHave() {
        assertEquals("A random stream's state is two numbers, the second odd",
                assertThrows(IllegalArgumentException.class, () -> SavableRandom.fromState(new long[] {1, 2}))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> SavableRandom.fromState(new long[] {1}));
        assertEquals("The saved state belongs to another random stream",
                assertThrows(IllegalArgumentException.class,
                        () -> new SavableRandom(1).restore(new SavableRandom(2).split().state())).getMessage());
    }
}
