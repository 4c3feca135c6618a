package org.gansim.api.nn;

import java.util.function.Supplier;

/** The textbook {@link ArrayPool}: a new array every time, nothing reused. Stateless; any thread. */
final class FreshArrays implements ArrayPool {

    static final FreshArrays INSTANCE = new FreshArrays();

    private FreshArrays() {
    }

    @Override
    public double[] zeroed(int length) {
        return new double[length];
    }

    @Override
    public double[] toOverwrite(int length) {
        return new double[length];
    }

    @Override
    public <T> T during(Supplier<T> pass) {
        return pass.get();
    }

    @Override
    public void giveBack(double[] array) {
        // the garbage collector takes it
    }

    @Override
    public void recycle(double[] array) {
        // the garbage collector takes it
    }
}
