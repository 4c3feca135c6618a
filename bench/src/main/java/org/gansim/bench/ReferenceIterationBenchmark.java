package org.gansim.bench;

import java.util.concurrent.TimeUnit;
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
 * Iterations per second of the {@link ReferenceIteration}: the reference net (hidden 64, batch
 * 256) and a GAN Lab-sized one (hidden 8, batch 150), where fixed overheads dominate.
 *
 * <pre>java -jar bench/target/benchmarks.jar ReferenceIterationBenchmark</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class ReferenceIterationBenchmark {

    @Param({"REFERENCE", "GAN_LAB"})
    public ReferenceIteration.Size size;

    private ReferenceIteration iteration;

    @Setup
    public void setUp() {
        iteration = new ReferenceIteration(size, 1234);
    }

    @Benchmark
    public double iteration() {
        return iteration.step();
    }
}
