package org.gansim.app.grading;

import java.util.List;

/**
 * One student's row of the gradebook: every item of the plan, in order, passed or failed with its
 * reason, and the points.
 *
 * @param student    the submission's name (its jar or folder name)
 * @param results    one per item of the plan
 * @param note       what happened to the grading JVM when it did not end normally, else ""
 * @param seconds    how long grading took
 */
public record StudentGrade(String student, List<ItemResult> results, String note, double seconds) {

    public StudentGrade {
        results = List.copyOf(results);
    }

    /**
     * One item's outcome.
     *
     * @param item    the item and its points
     * @param passed  whether it passed
     * @param message why not; "" when it passed
     */
    public record ItemResult(GradedItem item, boolean passed, String message) {
        /** The points earned. */
        public double earned() {
            return passed ? item.points() : 0;
        }
    }

    /** The points earned in all. */
    public double total() {
        return results.stream().mapToDouble(ItemResult::earned).sum();
    }

    /** The points there are to earn: the same for every student. */
    public double outOf() {
        return results.stream().mapToDouble(r -> r.item().points()).sum();
    }

    /** How many items failed. */
    public long failures() {
        return results.stream().filter(r -> !r.passed()).count();
    }
}
