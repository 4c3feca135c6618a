package org.gansim.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What float32 storage would give the engine's largest product, before anyone rewrites the engine
 * for it: the vector kernel's six-row register block (twelve accumulators, a panel of two vectors
 * of columns, one row of A broadcast at a time) written once for doubles and once for floats, on
 * the reference net's 64 x 64 layer with 252 rows (256 rounded down to whole six-row blocks), one
 * thread. A float vector holds twice the numbers of a double vector of the same width, so the same
 * loop does twice the multiply-adds per instruction. GFLOP/s = 2.064 / (microseconds per operation)
 * * 1000. Only the inner kernel: no packing, no edges, no row splitting (MatmulKernelBenchmark
 * measures the engine's whole product).
 *
 * <p>The two kernels are the same loop written out twice, as the engine's own is: the twelve sums stay
 * in registers only while each is a local variable of its own, and Java has no generics over the two
 * vector types.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class PrecisionKernelBenchmark {

    private static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Float> FLOATS = FloatVector.SPECIES_PREFERRED;
    private static final int ROWS = 252;
    private static final int K = 64;
    private static final int N = 64;

    private final double[] a = new double[ROWS * K];
    private final double[] panels = new double[K * N];
    private final double[] c = new double[ROWS * N];
    private final float[] aFloat = new float[ROWS * K];
    private final float[] panelsFloat = new float[K * N];
    private final float[] cFloat = new float[ROWS * N];

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < a.length; i++) {
            a[i] = random.nextDouble(-1, 1);
            aFloat[i] = (float) a[i];
        }
        for (int i = 0; i < panels.length; i++) {
            panels[i] = random.nextDouble(-1, 1);
            panelsFloat[i] = (float) panels[i];
        }
    }

    /** The product in doubles: 8 lanes a vector with 512-bit vectors, 4 with 256-bit ones. */
    @Benchmark
    public double[] doubles() {
        int lanes = DOUBLES.length();
        int panelWidth = 2 * lanes;
        for (int i = 0; i < ROWS; i += 6) {
            for (int j = 0; j < N; j += panelWidth) {
                DoubleVector s00 = DoubleVector.zero(DOUBLES);
                DoubleVector s01 = DoubleVector.zero(DOUBLES);
                DoubleVector s10 = DoubleVector.zero(DOUBLES);
                DoubleVector s11 = DoubleVector.zero(DOUBLES);
                DoubleVector s20 = DoubleVector.zero(DOUBLES);
                DoubleVector s21 = DoubleVector.zero(DOUBLES);
                DoubleVector s30 = DoubleVector.zero(DOUBLES);
                DoubleVector s31 = DoubleVector.zero(DOUBLES);
                DoubleVector s40 = DoubleVector.zero(DOUBLES);
                DoubleVector s41 = DoubleVector.zero(DOUBLES);
                DoubleVector s50 = DoubleVector.zero(DOUBLES);
                DoubleVector s51 = DoubleVector.zero(DOUBLES);
                for (int p = 0; p < K; p++) {
                    int bp = j * K + p * panelWidth;
                    DoubleVector b0 = DoubleVector.fromArray(DOUBLES, panels, bp);
                    DoubleVector b1 = DoubleVector.fromArray(DOUBLES, panels, bp + lanes);
                    int ap = i * K + p;
                    DoubleVector x0 = DoubleVector.broadcast(DOUBLES, a[ap]);
                    s00 = x0.fma(b0, s00);
                    s01 = x0.fma(b1, s01);
                    DoubleVector x1 = DoubleVector.broadcast(DOUBLES, a[ap + 1 * K]);
                    s10 = x1.fma(b0, s10);
                    s11 = x1.fma(b1, s11);
                    DoubleVector x2 = DoubleVector.broadcast(DOUBLES, a[ap + 2 * K]);
                    s20 = x2.fma(b0, s20);
                    s21 = x2.fma(b1, s21);
                    DoubleVector x3 = DoubleVector.broadcast(DOUBLES, a[ap + 3 * K]);
                    s30 = x3.fma(b0, s30);
                    s31 = x3.fma(b1, s31);
                    DoubleVector x4 = DoubleVector.broadcast(DOUBLES, a[ap + 4 * K]);
                    s40 = x4.fma(b0, s40);
                    s41 = x4.fma(b1, s41);
                    DoubleVector x5 = DoubleVector.broadcast(DOUBLES, a[ap + 5 * K]);
                    s50 = x5.fma(b0, s50);
                    s51 = x5.fma(b1, s51);
                }
                int c0 = i * N + j;
                s00.intoArray(c, c0);
                s01.intoArray(c, c0 + lanes);
                s10.intoArray(c, c0 + 1 * N);
                s11.intoArray(c, c0 + 1 * N + lanes);
                s20.intoArray(c, c0 + 2 * N);
                s21.intoArray(c, c0 + 2 * N + lanes);
                s30.intoArray(c, c0 + 3 * N);
                s31.intoArray(c, c0 + 3 * N + lanes);
                s40.intoArray(c, c0 + 4 * N);
                s41.intoArray(c, c0 + 4 * N + lanes);
                s50.intoArray(c, c0 + 5 * N);
                s51.intoArray(c, c0 + 5 * N + lanes);
            }
        }
        return c;
    }

    /** The same loop in floats: twice the lanes a vector. */
    @Benchmark
    public float[] floats() {
        int lanes = FLOATS.length();
        int panelWidth = 2 * lanes;
        for (int i = 0; i < ROWS; i += 6) {
            for (int j = 0; j < N; j += panelWidth) {
                FloatVector s00 = FloatVector.zero(FLOATS);
                FloatVector s01 = FloatVector.zero(FLOATS);
                FloatVector s10 = FloatVector.zero(FLOATS);
                FloatVector s11 = FloatVector.zero(FLOATS);
                FloatVector s20 = FloatVector.zero(FLOATS);
                FloatVector s21 = FloatVector.zero(FLOATS);
                FloatVector s30 = FloatVector.zero(FLOATS);
                FloatVector s31 = FloatVector.zero(FLOATS);
                FloatVector s40 = FloatVector.zero(FLOATS);
                FloatVector s41 = FloatVector.zero(FLOATS);
                FloatVector s50 = FloatVector.zero(FLOATS);
                FloatVector s51 = FloatVector.zero(FLOATS);
                for (int p = 0; p < K; p++) {
                    int bp = j * K + p * panelWidth;
                    FloatVector b0 = FloatVector.fromArray(FLOATS, panelsFloat, bp);
                    FloatVector b1 = FloatVector.fromArray(FLOATS, panelsFloat, bp + lanes);
                    int ap = i * K + p;
                    FloatVector x0 = FloatVector.broadcast(FLOATS, aFloat[ap]);
                    s00 = x0.fma(b0, s00);
                    s01 = x0.fma(b1, s01);
                    FloatVector x1 = FloatVector.broadcast(FLOATS, aFloat[ap + 1 * K]);
                    s10 = x1.fma(b0, s10);
                    s11 = x1.fma(b1, s11);
                    FloatVector x2 = FloatVector.broadcast(FLOATS, aFloat[ap + 2 * K]);
                    s20 = x2.fma(b0, s20);
                    s21 = x2.fma(b1, s21);
                    FloatVector x3 = FloatVector.broadcast(FLOATS, aFloat[ap + 3 * K]);
                    s30 = x3.fma(b0, s30);
                    s31 = x3.fma(b1, s31);
                    FloatVector x4 = FloatVector.broadcast(FLOATS, aFloat[ap + 4 * K]);
                    s40 = x4.fma(b0, s40);
                    s41 = x4.fma(b1, s41);
                    FloatVector x5 = FloatVector.broadcast(FLOATS, aFloat[ap + 5 * K]);
                    s50 = x5.fma(b0, s50);
                    s51 = x5.fma(b1, s51);
                }
                int c0 = i * N + j;
                s00.intoArray(cFloat, c0);
                s01.intoArray(cFloat, c0 + lanes);
                s10.intoArray(cFloat, c0 + 1 * N);
                s11.intoArray(cFloat, c0 + 1 * N + lanes);
                s20.intoArray(cFloat, c0 + 2 * N);
                s21.intoArray(cFloat, c0 + 2 * N + lanes);
                s30.intoArray(cFloat, c0 + 3 * N);
                s31.intoArray(cFloat, c0 + 3 * N + lanes);
                s40.intoArray(cFloat, c0 + 4 * N);
                s41.intoArray(cFloat, c0 + 4 * N + lanes);
                s50.intoArray(cFloat, c0 + 5 * N);
                s51.intoArray(cFloat, c0 + 5 * N + lanes);
            }
        }
        return cFloat;
    }
}
