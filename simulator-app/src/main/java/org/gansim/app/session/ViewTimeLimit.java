package org.gansim.app.session;

import java.time.Duration;

/**
 * How long one call into a view on the Swing thread may take before GanSim gives up on the view:
 * {@value #DEFAULT_SECONDS} s, or the system property {@value #PROPERTY} in seconds. Painting runs on
 * Swing's one thread, which nothing can stop, so a view that never returns is worked around, not
 * stopped: the window starts again without it, {@code record} stops with the frames it has.
 *
 * <p>Any thread.
 */
public final class ViewTimeLimit {

    public static final String PROPERTY = "gansim.viewTimeLimit";
    static final int DEFAULT_SECONDS = 10;

    private ViewTimeLimit() {
    }

    /** The limit in force. */
    public static Duration get() {
        String value = System.getProperty(PROPERTY);
        try {
            double seconds = value == null ? DEFAULT_SECONDS : Double.parseDouble(value);
            if (seconds > 0 && Double.isFinite(seconds)) {
                return Duration.ofMillis(Math.round(seconds * 1000));
            }
        } catch (NumberFormatException e) {
            // the default below
        }
        return Duration.ofSeconds(DEFAULT_SECONDS);
    }

    /** "10 s", "1.5 s": the limit as messages say it. */
    public static String text(Duration limit) {
        double s = limit.toMillis() / 1000.0;
        return (s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s)) + " s";
    }
}
