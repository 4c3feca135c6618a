package org.gansim.api.nn.fast;

import org.gansim.api.nn.ArrayPool;
import org.gansim.api.nn.Backend;
import org.gansim.api.nn.ElementwiseKernel;
import org.gansim.api.nn.FloatKernel;
import org.gansim.api.nn.MatmulKernel;
import org.gansim.api.nn.PlainElementwise;
import org.gansim.api.nn.PlainFloatKernel;

/**
 * GanSim's fast {@link Backend}, found by {@link java.util.ServiceLoader}: the Vector API kernels
 * when the JVM has {@code jdk.incubator.vector} and vectors of at least 256 bits, register-blocked plain loops
 * otherwise, and in both cases large products split by rows between two threads ({@link
 * RowSplitter}), and the arrays of finished gradients handed out again ({@link RecycledArrays}). Every result has the bits of the textbook loops of {@code org.gansim.api.nn}.
 *
 * <p>Internal: public only so that the service loader can create it. Any thread.
 */
public final class FastBackend implements Backend {

    private final String name;
    private final String detail;
    private final MatmulKernel matmul;
    private final ElementwiseKernel elementwise;
    private final FloatKernel floats;
    private final ArrayPool arrays = new RecycledArrays();

    /** Chooses the vector kernels if this JVM and CPU can run them. */
    public FastBackend() {
        MatmulKernel vectorMatmul = null;
        ElementwiseKernel vectorElementwise = null;
        FloatKernel vectorFloats = null;
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
            try {
                // Loaded by name, so that no class links against the incubator module unless it
                // is there. The constructor refuses hardware with vectors narrower than 256 bits.
                vectorMatmul = (MatmulKernel) Class.forName("org.gansim.api.nn.fast.VectorMatmul")
                        .getDeclaredConstructor().newInstance();
                vectorElementwise = (ElementwiseKernel) Class.forName("org.gansim.api.nn.fast.VectorElementwise")
                        .getDeclaredConstructor().newInstance();
                vectorFloats = (FloatKernel) Class.forName("org.gansim.api.nn.fast.VectorFloatKernel")
                        .getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
                vectorMatmul = null;
            }
        }
        if (vectorMatmul != null) {
            name = "vector";
            detail = VectorMatmul.vectorBits() + "-bit fused multiply-add";
            matmul = vectorMatmul;
            elementwise = vectorElementwise;
            floats = vectorFloats;
        } else {
            name = "blocked";
            detail = "blocked loops";
            matmul = new BlockedMatmul();
            elementwise = new PlainElementwise();
            floats = PlainFloatKernel.INSTANCE;
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String detail() {
        return detail;
    }

    @Override
    public MatmulKernel matmul() {
        return matmul;
    }

    @Override
    public ElementwiseKernel elementwise() {
        return elementwise;
    }

    @Override
    public FloatKernel floats() {
        return floats;
    }

    @Override
    public ArrayPool arrays() {
        return arrays;
    }

    /** The rows split between two threads once for the whole stack, each half through every layer. */
    @Override
    public void layerStack(double[] x, int rows, int[] widths, double[][] weights, double[][] biases,
                           double hiddenSlope, double[][] values) {
        long work = 0;
        for (int i = 0; i < weights.length; i++) {
            work += (long) rows * widths[i] * widths[i + 1];
        }
        RowSplitter.forRows(rows, work,
                (from, to) -> layerStackRows(x, widths, weights, biases, hiddenSlope, values, from, to));
    }

    @Override
    public void both(long work, Runnable here, Runnable there) {
        RowSplitter.both(work, here, there);
    }
}
