package org.gansim.api.nn.fast;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The one vector shape every fast kernel uses: the widest this CPU has for doubles (512 bits,
 * eight doubles, with AVX-512; 256 bits, four, with AVX2).
 *
 * <p>One shape for all, because the JIT compiles a Vector API call into vector instructions only
 * while that call has seen a single vector class: kernels of two widths in one JVM made the
 * reference iteration run at 190 steps a second instead of 1,500. 512-bit vectors do twice the
 * work per instruction on CPUs that run them at full width (bench FmaPeakBenchmark). Results
 * have the same bits at either width.
 *
 * <p>The system property {@code gansim.vectorBits=256} keeps a 512-bit CPU on 256-bit vectors, to
 * compare the two.
 */
final class VectorShape {

    /** The vectors of every fast kernel. */
    static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED.vectorBitSize() >= 512
            && Integer.getInteger("gansim.vectorBits", 512) >= 512 ? DoubleVector.SPECIES_512 : DoubleVector.SPECIES_256;

    /** Doubles per vector: 8 or 4. */
    static final int LANES = SPECIES.length();

    private VectorShape() {
    }
}
