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

    @Override
    public void leakyReluGradientAndColumnSums(double[] g, double[] x, double slope, double[] out, int cols,
                                               double[] sums) {
        int vectorCols = SPECIES.loopBound(cols);
        for (int row = 0; row < x.length; row += cols) {
            int c = 0;
            for (; c < vectorCols; c += SPECIES.length()) {
                int i = row + c;
                VectorMask<Double> positive = DoubleVector.fromArray(SPECIES, x, i).compare(VectorOperators.GT, 0.0);
                DoubleVector gv = DoubleVector.fromArray(SPECIES, g, i);
                DoubleVector v = gv.mul(slope).blend(gv, positive);
                v.intoArray(out, i);
                DoubleVector.fromArray(SPECIES, sums, c).add(v).intoArray(sums, c);
            }
            for (; c < cols; c++) {
                int i = row + c;
                double v = x[i] > 0.0 ? g[i] : slope * g[i];
                out[i] = v;
                sums[c] += v;
            }
        }
    }
}
