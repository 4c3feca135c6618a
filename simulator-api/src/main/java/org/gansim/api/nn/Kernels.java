package org.gansim.api.nn;

import java.util.Iterator;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Chooses, once per JVM, the {@link Backend} that runs the heavy loops: the first one {@link
 * ServiceLoader} finds that can run here (GanSim's own, {@code org.gansim.api.nn.fast}, uses the
 * Vector API when the JVM has {@code jdk.incubator.vector} and blocked plain loops when not), or
 * the textbook {@link ReferenceMatmul} and {@link PlainElementwise} when there is none. All give
 * the same bits. The system property {@code gansim.kernel=plain} forces the textbook loops.
 *
 * <p>Any thread.
 */
final class Kernels {

    /** The back end in use. */
    static final Backend BACKEND = choose();

    /** The matrix products every tensor operation uses. */
    static final MatmulKernel MATMUL = BACKEND.matmul();

    /** The branchy element-wise loops. */
    static final ElementwiseKernel ELEMENTWISE = BACKEND.elementwise();

    /** The layers' loops in floats, for {@link Precision#FLOAT}. */
    static final FloatKernel FLOATS = BACKEND.floats();

    /** Where every result's array comes from. */
    static final ArrayPool ARRAYS = BACKEND.arrays();

    private Kernels() {
    }

    /** Whether the running JVM has the Vector API module. */
    static boolean vectorModulePresent() {
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    }

    /** Whether the vectorised kernels are in use. */
    static boolean vectorised() {
        return "vector".equals(BACKEND.name());
    }

    private static Backend choose() {
        if (!"plain".equals(System.getProperty("gansim.kernel"))) {
            Iterator<Backend> found = ServiceLoader.load(Backend.class, Backend.class.getClassLoader()).iterator();
            while (true) {
                try {
                    if (!found.hasNext()) {
                        break;
                    }
                    return found.next();
                } catch (ServiceConfigurationError | LinkageError e) {
                    // this back end cannot run here (its constructor refused): try the next one
                }
            }
        }
        return new Reference();
    }

    /** The textbook loops, one thread. */
    private static final class Reference implements Backend {
        private final MatmulKernel matmul = new ReferenceMatmul();
        private final ElementwiseKernel elementwise = new PlainElementwise();

        @Override
        public String name() {
            return "plain";
        }

        @Override
        public MatmulKernel matmul() {
            return matmul;
        }

        @Override
        public ElementwiseKernel elementwise() {
            return elementwise;
        }
    }
}
