package org.gansim.api.nn;

import java.util.concurrent.TimeUnit;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The ceiling for the matrix kernel on this machine: twelve independent chains of fused
 * multiply-adds on registers only (what the kernel's 6-row block does, minus its loads), one
 * thread. One operation is 1,000 steps of 12 FMAs of 4 lanes (256 bits) = 96,000 floating-point
 * operations, so GFLOP/s = 96 / (microseconds per operation); with 8 lanes (512 bits), 192 / it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class FmaPeakBenchmark {

    public double x = 0.999;
    public double y = 1e-3;

    @Benchmark
    public double twelveChains() {
        return twelveChains(DoubleVector.SPECIES_256);
    }

    /** The same with 512-bit vectors (eight doubles; emulated, slowly, where the CPU lacks them). */
    @Benchmark
    public double twelveChainsOf512Bits() {
        return twelveChains(DoubleVector.SPECIES_512);
    }

    private double twelveChains(VectorSpecies<Double> species) {
        DoubleVector a = DoubleVector.broadcast(species, x);
        DoubleVector b = DoubleVector.broadcast(species, y);
        DoubleVector c0 = b;
        DoubleVector c1 = b;
        DoubleVector c2 = b;
        DoubleVector c3 = b;
        DoubleVector c4 = b;
        DoubleVector c5 = b;
        DoubleVector c6 = b;
        DoubleVector c7 = b;
        DoubleVector c8 = b;
        DoubleVector c9 = b;
        DoubleVector c10 = b;
        DoubleVector c11 = b;
        for (int i = 0; i < 1000; i++) {
            c0 = a.fma(c0, b);
            c1 = a.fma(c1, b);
            c2 = a.fma(c2, b);
            c3 = a.fma(c3, b);
            c4 = a.fma(c4, b);
            c5 = a.fma(c5, b);
            c6 = a.fma(c6, b);
            c7 = a.fma(c7, b);
            c8 = a.fma(c8, b);
            c9 = a.fma(c9, b);
            c10 = a.fma(c10, b);
            c11 = a.fma(c11, b);
        }
        return c0.add(c1).add(c2).add(c3).add(c4).add(c5).add(c6).add(c7).add(c8).add(c9).add(c10).add(c11)
                .reduceLanes(jdk.incubator.vector.VectorOperators.ADD);
    }
}
