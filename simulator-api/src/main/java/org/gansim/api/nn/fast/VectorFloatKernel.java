package org.gansim.api.nn.fast;

import org.gansim.api.nn.FloatKernel;
import org.gansim.api.nn.PlainFloatKernel;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

import static jdk.incubator.vector.VectorOperators.GT;

/**
 * {@link FloatKernel} with the Vector API, the float half of {@link VectorMatmul} and {@link
 * VectorElementwise}: vectors as wide as the double kernels' (so twice the numbers), the same
 * six-row register blocks, and the bits of {@link PlainFloatKernel}. Each lane of a block
 * accumulates one element of the result over {@code p} in order with a fused multiply-add, which
 * is the textbook sum exactly; columns left over after the blocks (a layer of one or two outputs)
 * are summed in plain code, eight rows at once so that the adds do not wait for each other, and
 * results of one to three columns as the textbook's sixteen interleaved dot products ({@link
 * NarrowFloatProducts}).
 *
 * <p>Only loaded when the {@code jdk.incubator.vector} module is present (see {@link
 * FastBackend}). Stateless; any thread.
 */
final class VectorFloatKernel implements FloatKernel {

    /** The float vectors of every float kernel: as wide as the double kernels'. */
    static final VectorSpecies<Float> SPECIES = VectorShape.SPECIES.vectorBitSize() >= 512
            ? FloatVector.SPECIES_512 : FloatVector.SPECIES_256;
    static final int LANES = SPECIES.length();
    private static final int BLOCK_ROWS = 6;
    private static final int BLOCK_COLS = 2 * LANES;
    private static final int EDGE_ROWS = 8;

    @Override
    public void product(float[] a, int rowStride, int colStride, float[] b, float[] bias, float[] c, int k, int n,
                        int from, int m) {
        int blockedCols = n - n % BLOCK_COLS;
        int i = from;
        for (; i + BLOCK_ROWS <= m; i += BLOCK_ROWS) {
            for (int j = 0; j < blockedCols; j += BLOCK_COLS) {
                sixRowBlock(a, rowStride, colStride, b, bias, c, k, n, i, j);
            }
        }
        if (i + 4 <= m) {
            for (int j = 0; j < blockedCols; j += BLOCK_COLS) {
                fourRowBlock(a, rowStride, colStride, b, bias, c, k, n, i, j);
            }
            i += 4;
        }
        for (; i < m; i++) {
            for (int j = 0; j < blockedCols; j += BLOCK_COLS) {
                oneRowBlock(a, rowStride, colStride, b, bias, c, k, n, i, j);
            }
        }
        if (n < PlainFloatKernel.NARROW) {
            NarrowFloatProducts.product(a, rowStride, colStride, b, bias, c, from, m, k, n);
        } else if (blockedCols < n) {
            edgeColumns(a, rowStride, colStride, b, bias, c, from, m, k, n, blockedCols);
        }
    }

    /** Rows {@code i .. i + 5}, columns {@code j .. j + 2 LANES - 1}: twelve sums held in registers. */
    private static void sixRowBlock(float[] a, int rowStride, int colStride, float[] b, float[] bias, float[] c,
                                    int k, int n, int i, int j) {
        FloatVector c00 = FloatVector.zero(SPECIES);
        FloatVector c01 = FloatVector.zero(SPECIES);
        FloatVector c10 = FloatVector.zero(SPECIES);
        FloatVector c11 = FloatVector.zero(SPECIES);
        FloatVector c20 = FloatVector.zero(SPECIES);
        FloatVector c21 = FloatVector.zero(SPECIES);
        FloatVector c30 = FloatVector.zero(SPECIES);
        FloatVector c31 = FloatVector.zero(SPECIES);
        FloatVector c40 = FloatVector.zero(SPECIES);
        FloatVector c41 = FloatVector.zero(SPECIES);
        FloatVector c50 = FloatVector.zero(SPECIES);
        FloatVector c51 = FloatVector.zero(SPECIES);
        int a0 = i * rowStride;
        for (int p = 0; p < k; p++) {
            int bp = p * n + j;
            FloatVector b0 = FloatVector.fromArray(SPECIES, b, bp);
            FloatVector b1 = FloatVector.fromArray(SPECIES, b, bp + LANES);
            int ap = a0 + p * colStride;
            FloatVector x = FloatVector.broadcast(SPECIES, a[ap]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            x = FloatVector.broadcast(SPECIES, a[ap + rowStride]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            x = FloatVector.broadcast(SPECIES, a[ap + 2 * rowStride]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            x = FloatVector.broadcast(SPECIES, a[ap + 3 * rowStride]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            x = FloatVector.broadcast(SPECIES, a[ap + 4 * rowStride]);
            c40 = x.fma(b0, c40);
            c41 = x.fma(b1, c41);
            x = FloatVector.broadcast(SPECIES, a[ap + 5 * rowStride]);
            c50 = x.fma(b0, c50);
            c51 = x.fma(b1, c51);
        }
        if (bias != null) {
            FloatVector bias0 = FloatVector.fromArray(SPECIES, bias, j);
            FloatVector bias1 = FloatVector.fromArray(SPECIES, bias, j + LANES);
            c00 = c00.add(bias0);
            c01 = c01.add(bias1);
            c10 = c10.add(bias0);
            c11 = c11.add(bias1);
            c20 = c20.add(bias0);
            c21 = c21.add(bias1);
            c30 = c30.add(bias0);
            c31 = c31.add(bias1);
            c40 = c40.add(bias0);
            c41 = c41.add(bias1);
            c50 = c50.add(bias0);
            c51 = c51.add(bias1);
        }
        int c0 = i * n + j;
        c00.intoArray(c, c0);
        c01.intoArray(c, c0 + LANES);
        c10.intoArray(c, c0 + n);
        c11.intoArray(c, c0 + n + LANES);
        c20.intoArray(c, c0 + 2 * n);
        c21.intoArray(c, c0 + 2 * n + LANES);
        c30.intoArray(c, c0 + 3 * n);
        c31.intoArray(c, c0 + 3 * n + LANES);
        c40.intoArray(c, c0 + 4 * n);
        c41.intoArray(c, c0 + 4 * n + LANES);
        c50.intoArray(c, c0 + 5 * n);
        c51.intoArray(c, c0 + 5 * n + LANES);
    }

    /** Rows {@code i .. i + 3}: the four rows a six-row block can leave over, eight sums in registers. */
    private static void fourRowBlock(float[] a, int rowStride, int colStride, float[] b, float[] bias, float[] c,
                                     int k, int n, int i, int j) {
        FloatVector c00 = FloatVector.zero(SPECIES);
        FloatVector c01 = FloatVector.zero(SPECIES);
        FloatVector c10 = FloatVector.zero(SPECIES);
        FloatVector c11 = FloatVector.zero(SPECIES);
        FloatVector c20 = FloatVector.zero(SPECIES);
        FloatVector c21 = FloatVector.zero(SPECIES);
        FloatVector c30 = FloatVector.zero(SPECIES);
        FloatVector c31 = FloatVector.zero(SPECIES);
        int a0 = i * rowStride;
        for (int p = 0; p < k; p++) {
            int bp = p * n + j;
            FloatVector b0 = FloatVector.fromArray(SPECIES, b, bp);
            FloatVector b1 = FloatVector.fromArray(SPECIES, b, bp + LANES);
            int ap = a0 + p * colStride;
            FloatVector x = FloatVector.broadcast(SPECIES, a[ap]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            x = FloatVector.broadcast(SPECIES, a[ap + rowStride]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            x = FloatVector.broadcast(SPECIES, a[ap + 2 * rowStride]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            x = FloatVector.broadcast(SPECIES, a[ap + 3 * rowStride]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
        }
        if (bias != null) {
            FloatVector bias0 = FloatVector.fromArray(SPECIES, bias, j);
            FloatVector bias1 = FloatVector.fromArray(SPECIES, bias, j + LANES);
            c00 = c00.add(bias0);
            c01 = c01.add(bias1);
            c10 = c10.add(bias0);
            c11 = c11.add(bias1);
            c20 = c20.add(bias0);
            c21 = c21.add(bias1);
            c30 = c30.add(bias0);
            c31 = c31.add(bias1);
        }
        int c0 = i * n + j;
        c00.intoArray(c, c0);
        c01.intoArray(c, c0 + LANES);
        c10.intoArray(c, c0 + n);
        c11.intoArray(c, c0 + n + LANES);
        c20.intoArray(c, c0 + 2 * n);
        c21.intoArray(c, c0 + 2 * n + LANES);
        c30.intoArray(c, c0 + 3 * n);
        c31.intoArray(c, c0 + 3 * n + LANES);
    }

    /** One row {@code i}, columns {@code j .. j + 2 LANES - 1}: the rows a six-row block leaves over. */
    private static void oneRowBlock(float[] a, int rowStride, int colStride, float[] b, float[] bias, float[] c,
                                    int k, int n, int i, int j) {
        FloatVector c0 = FloatVector.zero(SPECIES);
        FloatVector c1 = FloatVector.zero(SPECIES);
        int a0 = i * rowStride;
        for (int p = 0; p < k; p++) {
            FloatVector x = FloatVector.broadcast(SPECIES, a[a0 + p * colStride]);
            c0 = x.fma(FloatVector.fromArray(SPECIES, b, p * n + j), c0);
            c1 = x.fma(FloatVector.fromArray(SPECIES, b, p * n + j + LANES), c1);
        }
        if (bias != null) {
            c0 = c0.add(FloatVector.fromArray(SPECIES, bias, j));
            c1 = c1.add(FloatVector.fromArray(SPECIES, bias, j + LANES));
        }
        c0.intoArray(c, i * n + j);
        c1.intoArray(c, i * n + j + LANES);
    }

    /**
     * Columns {@code from .. n - 1} (a layer of one or two outputs), each element the ordered sum of
     * the textbook. Where a column of A lies in consecutive memory (A read down its columns, as in a
     * weight gradient) a vector holds consecutive rows; otherwise eight rows at a time in plain
     * code, eight independent chains of adds so that none waits for the one before.
     */
    private static void edgeColumns(float[] a, int rowStride, int colStride, float[] b, float[] bias, float[] c,
                                    int first, int m, int k, int n, int from) {
        for (int j = from; j < n; j++) {
            int i = rowStride == 1 && bias == null ? vectorRows(a, colStride, b, c, first, m, k, n, j) : first;
            for (; i + EDGE_ROWS <= m; i += EDGE_ROWS) {
                eightRows(a, rowStride, colStride, b, bias, c, k, n, i, j);
            }
            for (; i < m; i++) {
                float sum = 0f;
                for (int p = 0; p < k; p++) {
                    sum = Math.fma(a[i * rowStride + p * colStride], b[p * n + j], sum);
                }
                c[i * n + j] = bias == null ? sum : sum + bias[j];
            }
        }
    }

    /** Rows {@code i .. i + 7} of column {@code j}, eight sums in eight registers. */
    private static void eightRows(float[] a, int rowStride, int colStride, float[] b, float[] bias, float[] c,
                                  int k, int n, int i, int j) {
        float s0 = 0f;
        float s1 = 0f;
        float s2 = 0f;
        float s3 = 0f;
        float s4 = 0f;
        float s5 = 0f;
        float s6 = 0f;
        float s7 = 0f;
        int a0 = i * rowStride;
        for (int p = 0; p < k; p++) {
            float bpj = b[p * n + j];
            int ap = a0 + p * colStride;
            s0 = Math.fma(a[ap], bpj, s0);
            s1 = Math.fma(a[ap + rowStride], bpj, s1);
            s2 = Math.fma(a[ap + 2 * rowStride], bpj, s2);
            s3 = Math.fma(a[ap + 3 * rowStride], bpj, s3);
            s4 = Math.fma(a[ap + 4 * rowStride], bpj, s4);
            s5 = Math.fma(a[ap + 5 * rowStride], bpj, s5);
            s6 = Math.fma(a[ap + 6 * rowStride], bpj, s6);
            s7 = Math.fma(a[ap + 7 * rowStride], bpj, s7);
        }
        if (bias != null) {
            float add = bias[j];
            s0 += add;
            s1 += add;
            s2 += add;
            s3 += add;
            s4 += add;
            s5 += add;
            s6 += add;
            s7 += add;
        }
        int c0 = i * n + j;
        c[c0] = s0;
        c[c0 + n] = s1;
        c[c0 + 2 * n] = s2;
        c[c0 + 3 * n] = s3;
        c[c0 + 4 * n] = s4;
        c[c0 + 5 * n] = s5;
        c[c0 + 6 * n] = s6;
        c[c0 + 7 * n] = s7;
    }

    /**
     * Column {@code j} for A stored down its columns ({@code A(i, p) = a[i + p * colStride]}, no
     * bias: a weight gradient), a vector of consecutive rows at a time, two vectors at once.
     * Returns the first row left for the plain loops.
     */
    private static int vectorRows(float[] a, int colStride, float[] b, float[] c, int first, int m, int k, int n,
                                  int j) {
        float[] lanes = new float[2 * LANES];
        int i = first;
        for (; i + 2 * LANES <= m; i += 2 * LANES) {
            FloatVector s0 = FloatVector.zero(SPECIES);
            FloatVector s1 = FloatVector.zero(SPECIES);
            for (int p = 0; p < k; p++) {
                FloatVector bpj = FloatVector.broadcast(SPECIES, b[p * n + j]);
                int ap = i + p * colStride;
                s0 = FloatVector.fromArray(SPECIES, a, ap).fma(bpj, s0);
                s1 = FloatVector.fromArray(SPECIES, a, ap + LANES).fma(bpj, s1);
            }
            s0.intoArray(lanes, 0);
            s1.intoArray(lanes, LANES);
            for (int r = 0; r < 2 * LANES; r++) {
                c[(i + r) * n + j] = lanes[r];
            }
        }
        return i;
    }

    @Override
    public void round(double[] from, float[] to) {
        int i = 0;
        VectorSpecies<Double> doubles = VectorShape.SPECIES;
        VectorSpecies<Float> half = doubles.length() == 8 ? FloatVector.SPECIES_256 : FloatVector.SPECIES_128;
        for (int end = doubles.loopBound(from.length); i < end; i += doubles.length()) {
            DoubleVector.fromArray(doubles, from, i).convertShape(VectorOperators.D2F, half, 0)
                    .reinterpretAsFloats().intoArray(to, i);
        }
        for (; i < from.length; i++) {
            to[i] = (float) from[i];
        }
    }

    @Override
    public void widen(float[] from, double[] to) {
        int i = 0;
        VectorSpecies<Double> doubles = VectorShape.SPECIES;
        VectorSpecies<Float> half = doubles.length() == 8 ? FloatVector.SPECIES_256 : FloatVector.SPECIES_128;
        for (int end = doubles.loopBound(from.length); i < end; i += doubles.length()) {
            FloatVector.fromArray(half, from, i).convertShape(VectorOperators.F2D, doubles, 0)
                    .reinterpretAsDoubles().intoArray(to, i);
        }
        for (; i < from.length; i++) {
            to[i] = from[i];
        }
    }

    @Override
    public void leakyRelu(float[] x, int from, int to, float slope) {
        int i = from;
        for (int end = from + SPECIES.loopBound(to - from); i < end; i += LANES) {
            FloatVector v = FloatVector.fromArray(SPECIES, x, i);
            VectorMask<Float> positive = v.compare(VectorOperators.GT, 0f);
            v.mul(slope).blend(v, positive).intoArray(x, i);
        }
        for (; i < to; i++) {
            float v = x[i];
            x[i] = v > 0f ? v : slope * v;
        }
    }

    /**
     * Four rows at a time in memory order; each vector of column sums is read, has the four rows
     * added one after the other (so each column is still summed row after row: the bits of the
     * plain loop) and is written back.
     *
     * <p>No vector lives from one pass of a loop to the next, and no helper method returns one, on
     * purpose: written either way, the code was compiled to vector instructions in short tests but
     * not always in a training process, where every vector became an object on the heap (about
     * 100 KB of garbage a call, five times slower).
     */
    @Override
    public void leakyReluGradientAndColumnSums(float[] g, float[] y, float slope, float[] out, int cols,
                                               float[] sums) {
        int vectorCols = SPECIES.loopBound(cols);
        int rows = y.length / cols;
        int r = 0;
        for (; r + 4 <= rows; r += 4) {
            for (int c = 0; c < vectorCols; c += LANES) {
                int i0 = r * cols + c;
                int i1 = i0 + cols;
                int i2 = i1 + cols;
                int i3 = i2 + cols;
                FloatVector g0 = FloatVector.fromArray(SPECIES, g, i0);
                FloatVector g1 = FloatVector.fromArray(SPECIES, g, i1);
                FloatVector g2 = FloatVector.fromArray(SPECIES, g, i2);
                FloatVector g3 = FloatVector.fromArray(SPECIES, g, i3);
                FloatVector m0 = g0.mul(slope).blend(g0, FloatVector.fromArray(SPECIES, y, i0).compare(GT, 0f));
                FloatVector m1 = g1.mul(slope).blend(g1, FloatVector.fromArray(SPECIES, y, i1).compare(GT, 0f));
                FloatVector m2 = g2.mul(slope).blend(g2, FloatVector.fromArray(SPECIES, y, i2).compare(GT, 0f));
                FloatVector m3 = g3.mul(slope).blend(g3, FloatVector.fromArray(SPECIES, y, i3).compare(GT, 0f));
                m0.intoArray(out, i0);
                m1.intoArray(out, i1);
                m2.intoArray(out, i2);
                m3.intoArray(out, i3);
                FloatVector.fromArray(SPECIES, sums, c).add(m0).add(m1).add(m2).add(m3).intoArray(sums, c);
            }
        }
        for (; r < rows; r++) {
            for (int c = 0; c < vectorCols; c += LANES) {
                int i = r * cols + c;
                FloatVector gv = FloatVector.fromArray(SPECIES, g, i);
                FloatVector m = gv.mul(slope).blend(gv, FloatVector.fromArray(SPECIES, y, i).compare(GT, 0f));
                m.intoArray(out, i);
                FloatVector.fromArray(SPECIES, sums, c).add(m).intoArray(sums, c);
            }
        }
        for (int c = vectorCols; c < cols; c++) {
            float sum = sums[c];
            for (int i = c; i < y.length; i += cols) {
                float v = y[i] > 0f ? g[i] : slope * g[i];
                out[i] = v;
                sum += v;
            }
            sums[c] = sum;
        }
    }

    @Override
    public void columnSums(float[] g, int cols, float[] sums) {
        int vectorCols = SPECIES.loopBound(cols);
        // Row by row, each vector of sums read and written back: see leakyReluGradientAndColumnSums.
        for (int i = 0; i < g.length; i += cols) {
            for (int c = 0; c < vectorCols; c += LANES) {
                FloatVector.fromArray(SPECIES, sums, c).add(FloatVector.fromArray(SPECIES, g, i + c))
                        .intoArray(sums, c);
            }
        }
        for (int c = vectorCols; c < cols; c++) {
            float sum = sums[c];
            for (int i = c; i < g.length; i += cols) {
                sum += g[i];
            }
            sums[c] = sum;
        }
    }
}
