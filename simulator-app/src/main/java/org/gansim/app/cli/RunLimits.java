package org.gansim.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Sizes that cannot fit, found before training starts instead of as an {@link OutOfMemoryError} or a
 * full disk after it: the networks and batch in memory, the generated samples in memory, and the
 * CSV files on disk. Each problem is one sentence naming the limit and what the request would take.
 *
 * <p>The estimates are deliberately generous (a few copies of every array), so a refused request
 * would really not fit. Stateless; any thread.
 */
final class RunLimits {

    /** Bytes of one number in memory. */
    private static final long DOUBLE = Double.BYTES;
    /** Copies of every weight held at once: weights, gradients, two optimizer moments, frozen copies. */
    private static final long WEIGHT_COPIES = 6;
    /** Arrays per layer output during a step: values, gradients, and the recycled spares. */
    private static final long ACTIVATION_COPIES = 4;
    /** Characters of one number in a CSV line (the longest a double prints as, and its comma). */
    private static final long CSV_NUMBER = 25;
    /** Numbers in one metrics line: the step and the usual measurements, with room to spare. */
    private static final long METRICS_COLUMNS = 10;

    private RunLimits() {
    }

    /** The heap Java may still take: its maximum minus what is in use now. */
    static long availableMemory() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
    }

    /**
     * Whether the two networks and a batch fit in memory.
     *
     * @return null when they fit, else one sentence
     */
    static String networksProblem(List<Integer> gHidden, List<Integer> dHidden, int latentDim, int dataDim,
                                  int batch, long available) {
        long weights = weights(latentDim, gHidden, dataDim) + weights(dataDim, dHidden, 1);
        long units = sum(gHidden) + sum(dHidden) + latentDim + 2L * dataDim + 1;
        // the discriminator sees a real and a generated batch
        long bytes = DOUBLE * (WEIGHT_COPIES * weights + ACTIVATION_COPIES * 2L * batch * units);
        if (bytes <= available) {
            return null;
        }
        return String.format(Locale.ROOT, "The networks (G hidden %s, D hidden %s) with batch %d need about %s of"
                + " memory, but Java may use at most %s more; use smaller or fewer layers or a smaller"
                + " train.batch, or give Java more memory with -Xmx", join(gHidden), join(dHidden), batch,
                bytes(bytes), bytes(available));
    }

    /**
     * Whether {@code samples} points can be generated in one go.
     *
     * @return null when they fit, else one sentence naming the largest count that would
     */
    static String samplesProblem(long samples, int latentDim, List<Integer> gHidden, int dataDim, long available) {
        long perSample = bytesPerSample(latentDim, gHidden, dataDim);
        long bytes = multiply(samples, perSample);
        if (bytes <= available) {
            return null;
        }
        return String.format(Locale.ROOT, "--samples %,d needs about %s of memory to generate, but Java may use"
                + " at most %s more: ask for at most %,d samples, or give Java more memory with -Xmx",
                samples, bytes(bytes), bytes(available), available / perSample);
    }

    /**
     * The latent row, the output row and the two widest layers alive at once during the forward pass,
     * twice over: with a 2-64-64-2 generator, 990,000 samples ran out of a 1 GB heap and 500,000 did not.
     */
    static long bytesPerSample(int latentDim, List<Integer> gHidden, int dataDim) {
        long widest = Math.max(dataDim, gHidden.stream().mapToLong(Integer::longValue).max().orElse(0));
        return DOUBLE * (latentDim + dataDim + 2 * widest) * 2;
    }

    /** The size of a samples file of {@code samples} rows of {@code dataDim} numbers (and a label). */
    static long samplesFileBytes(long samples, int dataDim) {
        return multiply(samples, CSV_NUMBER * (dataDim + 1));
    }

    /** The size of a metrics file logging every {@code logEvery} of {@code steps} steps. */
    static long metricsFileBytes(long steps, long logEvery) {
        return multiply(steps / logEvery + 1, CSV_NUMBER * METRICS_COLUMNS);
    }

    /**
     * Whether a file of about {@code bytes} fits on the disk of {@code file}'s folder.
     *
     * @return null when it fits (or the free space cannot be read), else one sentence
     */
    static String diskProblem(String option, Path file, long bytes, String what) {
        long usable;
        try {
            usable = Files.getFileStore(file.toAbsolutePath().getParent()).getUsableSpace();
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return diskProblem(option, file, bytes, usable, what);
    }

    static String diskProblem(String option, Path file, long bytes, long usable, String what) {
        if (bytes <= usable) {
            return null;
        }
        return String.format(Locale.ROOT, "%s %s would take about %s on disk (%s), but only %s is free there;"
                + " %s", option, file, bytes(bytes), what, bytes(usable), option.equals("--metrics-out")
                ? "raise --log-every, lower --steps, or leave out --metrics-out" : "ask for fewer --samples");
    }

    private static long weights(int in, List<Integer> hidden, int out) {
        long total = 0;
        long previous = in;
        for (int width : hidden) {
            total += previous * width + width;
            previous = width;
        }
        return total + previous * out + out;
    }

    private static long sum(List<Integer> widths) {
        return widths.stream().mapToLong(Integer::longValue).sum();
    }

    /** a × b, or Long.MAX_VALUE when that overflows (which is "too much" anyway). */
    private static long multiply(long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    private static String join(List<Integer> widths) {
        return String.join(",", widths.stream().map(String::valueOf).toList());
    }

    /** "512 bytes", "3.2 MB", "1.1 TB" (powers of 1024). */
    static String bytes(long bytes) {
        String[] units = {"bytes", "KB", "MB", "GB", "TB", "PB", "EB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? bytes + " bytes" : String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
