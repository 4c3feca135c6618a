package org.gansim.api.nn.fast;

import org.gansim.api.nn.ElementwiseKernel;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link ElementwiseKernel} with the Vector API: the sign test becomes a lane mask and a blend,
 * with no branch to mispredict. Gives exactly the plain loops' results. Only loaded when the
 * {@code jdk.incubator.vector} module is present (see {@link FastBackend}). Stateless; any thread.
 */
final class VectorElementwise implements ElementwiseKernel {

    private static final VectorSpecies<Double> SPECIES = VectorShape.SPECIES;

    @Override
    public void leakyRelu(double[] x, int from, int to, double slope, double[] out) {
        int i = from;
        for (int end = from + SPECIES.loopBound(to - from); i < end; i += SPECIES.length()) {
            DoubleVector v = DoubleVector.fromArray(SPECIES, x, i);
            VectorMask<Double> positive = v.compare(VectorOperators.GT, 0.0);
            v.mul(slope).blend(v, positive).intoArray(out, i);
        }
        for (; i < to; i++) {
            double v = x[i];
            out[i] = v > 0.0 ? v : slope * v;
        }
    }

    @Override
    public void leakyReluGradient(double[] g, double[] x, double slope, double[] out) {
        int i = 0;
        for (int end = SPECIES.loopBound(x.length); i < end; i += SPECIES.length()) {
            VectorMask<Double> positive = DoubleVector.fromArray(SPECIES, x, i).compare(VectorOperators.GT, 0.0);
            DoubleVector gv = DoubleVector.fromArray(SPECIES, g, i);
            gv.mul(slope).blend(gv, positive).intoArray(out, i);
        }
        for (; i < x.length; i++) {
            out[i] = x[i] > 0.0 ? g[i] : slope * g[i];
        }
    }

    /**
     * Four vectors of columns at a time, their sums held in registers while the rows go by in memory
     * order: adding each row into the sums array instead made every row wait for the store of the
     * row before. Each column is still summed row after row, so the bits are those of the plain loop.
     */
    @Override
    public void leakyReluGradientAndColumnSums(double[] g, double[] x, double slope, double[] out, int cols,
                                               double[] sums) {
        int lanes = SPECIES.length();
        int vectorCols = SPECIES.loopBound(cols);
        int c = 0;
        for (; c + 4 * lanes <= vectorCols; c += 4 * lanes) {
            DoubleVector s0 = DoubleVector.fromArray(SPECIES, sums, c);
            DoubleVector s1 = DoubleVector.fromArray(SPECIES, sums, c + lanes);
            DoubleVector s2 = DoubleVector.fromArray(SPECIES, sums, c + 2 * lanes);
            DoubleVector s3 = DoubleVector.fromArray(SPECIES, sums, c + 3 * lanes);
            for (int i = c; i < x.length; i += cols) {
                s0 = s0.add(masked(g, x, slope, out, i));
                s1 = s1.add(masked(g, x, slope, out, i + lanes));
                s2 = s2.add(masked(g, x, slope, out, i + 2 * lanes));
                s3 = s3.add(masked(g, x, slope, out, i + 3 * lanes));
            }
            s0.intoArray(sums, c);
            s1.intoArray(sums, c + lanes);
            s2.intoArray(sums, c + 2 * lanes);
            s3.intoArray(sums, c + 3 * lanes);
        }
        for (; c < vectorCols; c += lanes) {
            DoubleVector sum = DoubleVector.fromArray(SPECIES, sums, c);
            for (int i = c; i < x.length; i += cols) {
                sum = sum.add(masked(g, x, slope, out, i));
            }
            sum.intoArray(sums, c);
        }
        for (; c < cols; c++) {
            double sum = sums[c];
            for (int i = c; i < x.length; i += cols) {
                double v = x[i] > 0.0 ? g[i] : slope * g[i];
                out[i] = v;
                sum += v;
            }
            sums[c] = sum;
        }
    }

    /** {@code out = x > 0 ? g : slope g} for the vector at {@code i}, returned for the sums. */
    private static DoubleVector masked(double[] g, double[] x, double slope, double[] out, int i) {
        VectorMask<Double> positive = DoubleVector.fromArray(SPECIES, x, i).compare(VectorOperators.GT, 0.0);
        DoubleVector gv = DoubleVector.fromArray(SPECIES, g, i);
        DoubleVector v = gv.mul(slope).blend(gv, positive);
        v.intoArray(out, i);
        return v;
    }
}
