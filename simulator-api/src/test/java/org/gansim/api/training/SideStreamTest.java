package org.gansim.api.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The side streams of a run: repeatable, and none of them the same as another or as training's. */
class SideStreamTest {

    @Test
    void eachStreamIsTheSameForTheSameSeed() {
        for (SideStream stream : SideStream.values()) {
            assertEquals(stream.of(42).nextLong(), stream.of(42).nextLong(), stream.name());
            assertNotEquals(stream.of(42).nextLong(), stream.of(43).nextLong(), stream.name());
        }
    }

    @Test
    void noStreamStartsLikeAnotherOrLikeTrainingsOwn() {
        long seed = 7;
        Set<Long> firsts = new HashSet<>();
        firsts.add(new SplittableRandom(seed).nextLong());
        firsts.add(new SplittableRandom(TrainingLoop.initSeed(seed)).nextLong());
        for (SideStream stream : SideStream.values()) {
            firsts.add(stream.of(seed).nextLong());
        }
        assertEquals(SideStream.values().length + 2, firsts.size());
    }
}
