package org.gansim.api.nn;

import java.util.function.Supplier;

/**
 * Whether operations on the current thread record themselves in the autodiff graph.
 *
 * <p>Recording is on by default. The backward pass turns it off while it computes plain
 * (first-order) gradients, so that those gradients do not drag a graph along; it leaves it on
 * when asked to build a differentiable gradient ({@code createGraph}). The flag is per thread,
 * so a view evaluating a model on the Swing thread never disturbs the trainer's thread.
 */
final class GradMode {

    private static final ThreadLocal<int[]> PAUSED_DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private GradMode() {
    }

    /** True when operations on this thread should record graph nodes. */
    static boolean isRecording() {
        return PAUSED_DEPTH.get()[0] == 0;
    }

    /** Runs {@code work} with recording switched off on this thread, then restores it. */
    static <T> T withoutRecording(Supplier<T> work) {
        int[] depth = PAUSED_DEPTH.get();
        depth[0]++;
        try {
            return work.get();
        } finally {
            depth[0]--;
        }
    }
}
