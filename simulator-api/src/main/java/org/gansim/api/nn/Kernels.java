package org.gansim.api.nn;

/**
 * Chooses, once per JVM, the implementation of the heavy numeric loops.
 *
 * <p>The vectorised kernels need the incubating module {@code jdk.incubator.vector}, which a JVM
 * only has when started with {@code --add-modules jdk.incubator.vector}. Without it (a plain
 * {@code java -jar}), or on hardware whose vectors are narrower than 256 bits, the plain-loop
 * kernels are used; both give the same results up to rounding. The system property
 * {@code gansim.kernel=plain} forces the plain kernels.
 *
 * <p>Any thread.
 */
final class Kernels {

    /** The matrix products every tensor operation uses. */
    static final MatmulKernel MATMUL = choose("org.gansim.api.nn.VectorMatmul", new PlainMatmul());

    /** The branchy element-wise loops. */
    static final ElementwiseKernel ELEMENTWISE = choose("org.gansim.api.nn.VectorElementwise",
            new PlainElementwise());

    private Kernels() {
    }

    /** Whether the running JVM has the Vector API module. */
    static boolean vectorModulePresent() {
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    }

    /** Whether the vectorised kernels are in use. */
    static boolean vectorised() {
        return !(MATMUL instanceof PlainMatmul);
    }

    @SuppressWarnings("unchecked")
    private static <T> T choose(String vectorClass, T plain) {
        if (!"plain".equals(System.getProperty("gansim.kernel")) && vectorModulePresent()) {
            try {
                // Loaded by name, so that no class links against the incubator module unless it
                // is there. A constructor may refuse hardware with vectors narrower than 256 bits.
                return (T) Class.forName(vectorClass).getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
                // fall back to plain loops
            }
        }
        return plain;
    }
}
