package org.gansim.app.session;

import java.util.concurrent.TimeUnit;

/**
 * Measures training speed in steps per second over the last half second or so, for the speed label.
 *
 * <p>Mutable; used by the worker only.
 */
final class SpeedMeter {

    private static final long WINDOW_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    private long windowStart;
    private long windowSteps;
    private double stepsPerSecond;

    /** Starts measuring afresh (on play). */
    void restart(long nowNanos, long steps) {
        windowStart = nowNanos;
        windowSteps = steps;
    }

    /** Updates the measure with the step count now; returns the current speed. */
    double update(long nowNanos, long steps) {
        long elapsed = nowNanos - windowStart;
        if (elapsed >= WINDOW_NANOS) {
            stepsPerSecond = (steps - windowSteps) * 1e9 / elapsed;
            windowStart = nowNanos;
            windowSteps = steps;
        }
        return stepsPerSecond;
    }

    /** Forgets the speed (on pause). */
    void stop() {
        stepsPerSecond = 0;
    }

    double stepsPerSecond() {
        return stepsPerSecond;
    }
}
