package org.gansim.api.nn.fast;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.gansim.api.nn.FmaPeakBenchmark;
import org.gansim.api.nn.MatmulKernel;
import org.gansim.api.nn.ReferenceMatmul;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The raw matrix kernel on the reference net's largest product (256 x 64 times 64 x 64, about
 * 2.1 MFLOP), in the three forms a training step uses, on one thread and split over two, for
 * the vector kernel, the blocked plain loops ("plain") and the textbook triple loop ("reference",
 * one thread). GFLOP/s = 2.097 / (microseconds per operation)
 * * 1000. Compare with {@link FmaPeakBenchmark}.
 *
 * <p>Lives in the fast back end's package (its kernels are package-private); on the class path a
 * package may span jars.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class MatmulKernelBenchmark {

    @Param({"vector", "vector-2-threads", "plain", "reference"})
    public String kernel;

    @Param({"256x64x64"})
    public String shape;

    private MatmulKernel matmul;
    private boolean alone;
    private double[] a;
    private double[] b;
    private double[] c;
    private int m;
    private int k;
    private int n;

    @Setup
    public void setUp() {
        String[] mkn = shape.split("x");
        m = Integer.parseInt(mkn[0]);
        k = Integer.parseInt(mkn[1]);
        n = Integer.parseInt(mkn[2]);
        SplittableRandom random = new SplittableRandom(1);
        a = random.doubles(m * k, -1, 1).toArray();
        b = random.doubles(k * n, -1, 1).toArray();
        c = new double[m * n];
        matmul = switch (kernel) {
            case "plain" -> new BlockedMatmul();
            case "reference" -> new ReferenceMatmul();
            default -> new VectorMatmul();
        };
        alone = kernel.equals("vector"); // the plain loops split their rows, as they do in training
    }

    /** Runs one product, with row splitting switched off unless two threads are measured. */
    private double[] measure(Runnable product) {
        if (alone) {
            RowSplitter.onThisThread(product);
        } else {
            product.run();
        }
        return c;
    }

    /** {@code C = A B}: forward passes. */
    @Benchmark
    public double[] product() {
        return measure(() -> matmul.multiply(a, b, c, m, k, n));
    }

    /** {@code C = A^T B} with A {@code k x m}: weight gradients (here A is read as 64 x 256). */
    @Benchmark
    public double[] transposeLeft() {
        return measure(() -> matmul.multiplyTransposeA(a, b, c, k, m, n));
    }

    /** {@code C = A B^T}: input gradients. */
    @Benchmark
    public double[] transposeRight() {
        return measure(() -> matmul.multiplyTransposeB(a, b, c, m, k, n));
    }
}
