package org.gansim.api.nn.fast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The fast back end's array pool: arrays do come back, and only those a pass may give back. */
class RecycledArraysTest {

    private final RecycledArrays arrays = new RecycledArrays();

    @Test
    void anArrayGivenBackDuringAPassIsHandedOutAgain() {
        arrays.during(() -> {
            double[] first = arrays.toOverwrite(12);
            arrays.giveBack(first);
            assertSame(first, arrays.toOverwrite(12));
            first[3] = 7.0;
            arrays.giveBack(first);
            assertArrayEquals(new double[12], arrays.zeroed(12), "zeroed clears a reused array");
            return null;
        });
    }

    @Test
    void arraysFromOutsideAPassAreNeverTakenBack() {
        double[] outside = arrays.toOverwrite(13);
        arrays.during(() -> {
            double[] forward = new double[13];
            arrays.giveBack(outside);
            arrays.giveBack(forward);
            double[] fresh = arrays.toOverwrite(13);
            assertNotSame(outside, fresh);
            assertNotSame(forward, fresh);
            return null;
        });
    }

    /** Changing the batch size again and again must not pile up spare arrays of every old size. */
    @Test
    void sparesOfManyLengthsStayUnderTheCap() {
        RecycledArrays.dropSparesOfThisThread();
        for (int length = 1000; length < 200_000; length += 997) {
            for (int copy = 0; copy < 3; copy++) {
                arrays.recycle(new double[length]);
            }
            long held = RecycledArrays.spareValuesOfThisThread();
            assertTrue(held > 0 && held <= RecycledArrays.MAX_SPARE_VALUES, "holds " + held + " numbers");
        }
        double[] kept = new double[5000];
        arrays.recycle(kept);
        assertSame(kept, arrays.toOverwrite(5000), "the latest length is still reused");
        RecycledArrays.dropSparesOfThisThread();
    }
}
