package org.gansim.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * What Ctrl-C (SIGINT) or SIGTERM does to a {@code run} in progress: a shutdown hook deletes every
 * temporary output file not yet moved into place and prints one line. The old files keep what they
 * held; the JVM itself ends with status 130 (SIGINT) or 143 (SIGTERM).
 *
 * <p>The hook never calls {@code System.exit} (that would block the shutdown forever). Installed and
 * closed by the thread running the command; the hook runs on a thread of the JVM's.
 */
final class StopOnSignal implements AutoCloseable {

    private final Thread hook;
    private volatile boolean finished;

    private StopOnSignal(PrintWriter err, LongSupplier stepsDone, LongSupplier totalSteps) {
        this.hook = new Thread(() -> stop(err, stepsDone, totalSteps), "gansim-stop");
    }

    /** Installs the hook until {@link #close()}. */
    static StopOnSignal install(PrintWriter err, LongSupplier stepsDone, LongSupplier totalSteps) {
        StopOnSignal stop = new StopOnSignal(err, stepsDone, totalSteps);
        Runtime.getRuntime().addShutdownHook(stop.hook);
        return stop;
    }

    private void stop(PrintWriter err, LongSupplier stepsDone, LongSupplier totalSteps) {
        if (finished) {
            return;
        }
        Set<Path> untouched = AtomicOutput.discardAllPending();
        String kept = untouched.isEmpty() ? "" : "; " + String.join(", ", untouched.stream().sorted()
                .map(Path::toString).toList()) + (untouched.size() == 1 ? " keeps what it held" : " keep what they held");
        err.println("Stopped at step " + stepsDone.getAsLong() + " of " + totalSteps.getAsLong()
                + " before the run finished: no file was half-written" + kept);
        err.flush();
    }

    /** The run is over (done or failed): a later shutdown is none of its business. */
    @Override
    public void close() {
        finished = true;
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run; finished keeps it quiet
        }
    }
}
