package org.gansim.app.ui;

import java.awt.EventQueue;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.gansim.api.Visualization;

/**
 * Watches the Swing thread for a view that never returns, and reports the first one: such a view
 * cannot be stopped, and while it runs no window of GanSim can paint or answer a click, so the report
 * leads to a restart without it ({@link HungViewRecovery}).
 *
 * <p>Two ways to find it. The host marks its own calls into views ({@link SwingPluginCall}): one that
 * has run longer than the limit is reported at once. Code a view runs on the Swing thread by itself (a
 * task it queued, a listener of its own) is not marked, so the watchdog also posts a heartbeat to the
 * Swing thread; when a heartbeat has waited longer than the limit, the Swing thread's stack names the
 * view whose code it is in ({@code blame}). A stuck Swing thread with no view's code on its stack is
 * GanSim's own: nothing is blamed, and the watchdog goes on watching.
 *
 * <p>The limit is {@link org.gansim.app.session.ViewTimeLimit}'s. One daemon thread, which ends after
 * its report.
 */
final class SwingWatchdog {

    /** How often the Swing thread is looked at. */
    private static final long POLL_MILLIS = 200;

    private final Duration limit;
    private final Function<StackTraceElement[], Optional<String>> blame;
    private volatile boolean heartbeatWaiting;
    private long heartbeatPosted;

    private SwingWatchdog(Duration limit, Function<StackTraceElement[], Optional<String>> blame) {
        this.limit = limit;
        this.blame = blame;
    }

    /**
     * Starts watching.
     *
     * @param limit  how long one plugin call on the Swing thread may run
     * @param blame  the id of the view whose code a stack of the Swing thread is in, if any
     * @param onHung told, on the watchdog's thread, of the first call that ran longer
     * @return the watching thread (a daemon)
     */
    static Thread start(Duration limit, Function<StackTraceElement[], Optional<String>> blame,
                        Consumer<SwingPluginCall.Call> onHung) {
        SwingWatchdog watchdog = new SwingWatchdog(limit, blame);
        Thread thread = new Thread(() -> watchdog.watch(onHung), "gansim-swing-watchdog");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private void watch(Consumer<SwingPluginCall.Call> onHung) {
        try {
            while (true) {
                Thread.sleep(POLL_MILLIS);
                Optional<SwingPluginCall.Call> hung = markedCallTooLong().or(this::unmarkedViewCodeTooLong);
                if (hung.isPresent()) {
                    onHung.accept(hung.get());
                    return;
                }
                if (!heartbeatWaiting) {
                    heartbeatWaiting = true;
                    heartbeatPosted = System.nanoTime();
                    EventQueue.invokeLater(() -> heartbeatWaiting = false);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // asked to stop watching
        }
    }

    private Optional<SwingPluginCall.Call> markedCallTooLong() {
        return SwingPluginCall.current().filter(call -> call.running().compareTo(limit) > 0);
    }

    private Optional<SwingPluginCall.Call> unmarkedViewCodeTooLong() {
        if (!heartbeatWaiting || System.nanoTime() - heartbeatPosted <= limit.toNanos()
                || SwingPluginCall.current().isPresent()) { // a marked call is reported by what it is, in time
            return Optional.empty();
        }
        // Found by its class, not remembered: it may have got stuck before any heartbeat reached it.
        for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
            if (thread.getKey().getClass().getName().equals("java.awt.EventDispatchThread")) {
                Optional<String> view = blame.apply(thread.getValue());
                if (view.isPresent()) {
                    return Optional.of(new SwingPluginCall.Call(view.get(), "its own work on the Swing thread",
                            heartbeatPosted));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The usual {@code blame}: the first of {@code views} that has a frame of its own code on the
     * stack, known by the class loader that loaded it and its package.
     */
    static Function<StackTraceElement[], Optional<String>> byPackage(Supplier<List<Visualization>> views) {
        return stack -> {
            for (Visualization view : views.get()) {
                Class<?> type = view.getClass();
                String loader = type.getClassLoader() == null ? null : type.getClassLoader().getName();
                String prefix = type.getPackageName() + ".";
                for (StackTraceElement frame : stack) {
                    if (frame.getClassName().startsWith(prefix)
                            && Objects.equals(loader, frame.getClassLoaderName())) {
                        return Optional.of(view.id());
                    }
                }
            }
            return Optional.empty();
        };
    }
}
