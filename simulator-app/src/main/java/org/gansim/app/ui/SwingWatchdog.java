package org.gansim.app.ui;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Watches the plugin calls on the Swing thread ({@link SwingPluginCall}) and reports the first one
 * that has run longer than the time limit: a view that loops forever while painting (or while taking a
 * snapshot). Such a view cannot be stopped, and while it runs no window of GanSim can paint or answer
 * a click, so the report leads to a restart without it ({@link HungViewRecovery}).
 *
 * <p>The limit is {@value #DEFAULT_LIMIT_SECONDS} s, or the system property {@value #LIMIT_PROPERTY}
 * (seconds). One daemon thread, which ends after its report.
 */
final class SwingWatchdog {

    static final String LIMIT_PROPERTY = "gansim.viewTimeLimit";
    static final int DEFAULT_LIMIT_SECONDS = 10;
    /** How often the Swing thread's plugin call is looked at. */
    private static final long POLL_MILLIS = 200;

    private SwingWatchdog() {
    }

    /** The time limit for one call into a view on the Swing thread. */
    static Duration limit() {
        String value = System.getProperty(LIMIT_PROPERTY);
        try {
            double seconds = value == null ? DEFAULT_LIMIT_SECONDS : Double.parseDouble(value);
            if (seconds > 0 && Double.isFinite(seconds)) {
                return Duration.ofMillis(Math.round(seconds * 1000));
            }
        } catch (NumberFormatException e) {
            // the default below
        }
        return Duration.ofSeconds(DEFAULT_LIMIT_SECONDS);
    }

    /**
     * Starts watching.
     *
     * @param limit    how long one plugin call on the Swing thread may run
     * @param onHung   told, on the watchdog's thread, of the first call that ran longer
     * @return the watching thread (a daemon)
     */
    static Thread start(Duration limit, Consumer<SwingPluginCall.Call> onHung) {
        Thread thread = new Thread(() -> watch(limit, onHung), "gansim-swing-watchdog");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void watch(Duration limit, Consumer<SwingPluginCall.Call> onHung) {
        try {
            while (true) {
                Thread.sleep(POLL_MILLIS);
                Optional<SwingPluginCall.Call> call = SwingPluginCall.current();
                if (call.isPresent() && call.get().running().compareTo(limit) > 0) {
                    onHung.accept(call.get());
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // asked to stop watching
        }
    }
}
