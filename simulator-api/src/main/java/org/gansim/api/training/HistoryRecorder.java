package org.gansim.api.training;

import java.util.Arrays;
import org.gansim.api.StepReport;
import org.gansim.api.History;

/**
 * Collects step reports into a bounded history: when it is full it keeps every other record and
 * from then on records every second step, so memory stays constant however long training runs
 * while the whole run stays visible.
 *
 * <p>Mutable; used by the training thread only. {@link #snapshot()} gives an immutable copy.
 *
 * @since 1
 */
public final class HistoryRecorder {

    private final int capacity;
    private long[] steps;
    private StepReport[] reports;
    private int size;
    private long stride = 1;

    /** @param capacity the most records kept, at least 2 */
    public HistoryRecorder(int capacity) {
        if (capacity < 2) {
            throw new IllegalArgumentException("History capacity must be at least 2, got " + capacity);
        }
        this.capacity = capacity;
        this.steps = new long[capacity];
        this.reports = new StepReport[capacity];
    }

    /** Offers the report of step {@code step}; kept when the step falls on the current stride. */
    public void record(long step, StepReport report) {
        if (step % stride != 0) {
            return;
        }
        if (size == capacity) {
            thinOut();
            if (step % stride != 0) {
                return;
            }
        }
        steps[size] = step;
        reports[size] = report;
        size++;
    }

    private void thinOut() {
        stride *= 2;
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (steps[i] % stride == 0) {
                steps[kept] = steps[i];
                reports[kept] = reports[i];
                kept++;
            }
        }
        Arrays.fill(reports, kept, size, null);
        size = kept;
    }

    /** Forgets everything (a reset). */
    public void clear() {
        Arrays.fill(reports, null);
        size = 0;
        stride = 1;
    }

    /**
     * Starts again from a saved history, as if it had been recorded here: the records and the stride
     * they were kept at, so that the steps to come are kept exactly as they would have been.
     *
     * @param history what was recorded, at most this recorder's capacity
     * @param stride  {@link #stride()} when it was saved, a power of two
     * @throws IllegalArgumentException when the history does not fit
     */
    public void restore(History history, long stride) {
        if (history.size() > capacity) {
            throw new IllegalArgumentException("The saved history holds " + history.size()
                    + " records, more than the " + capacity + " this run keeps");
        }
        if (stride < 1 || Long.bitCount(stride) != 1) {
            throw new IllegalArgumentException("The saved history's stride must be a power of two, got " + stride);
        }
        clear();
        for (int i = 0; i < history.size(); i++) {
            steps[i] = history.step(i);
            reports[i] = history.report(i);
        }
        size = history.size();
        this.stride = stride;
    }

    /** How many steps apart the records now are. */
    public long stride() {
        return stride;
    }

    /** An immutable copy of what is recorded. */
    public History snapshot() {
        return size == 0 ? History.empty()
                : History.of(Arrays.copyOf(steps, size), Arrays.copyOf(reports, size));
    }
}
