package org.gansim.api.nn.fast;

import org.gansim.api.nn.FloatKernel;
import org.gansim.api.nn.PlainFloatKernel;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link FloatKernel} with the Vector API, the float half of {@link VectorMatmul} and {@link
 * VectorElementwise}: vectors as wide as the double kernels' (so twice the numbers), the same
 * six-row register blocks, and the bits of {@link PlainFloatKernel}. Each lane of a block
 * accumulates one element of the result over {@code p} in order with a fused multiply-add, which
 * is the textbook sum exactly; columns left over after the blocks (a layer of one or two outputs)
 * are summed in plain code, eight rows at once so that the adds do not wait for each other, and
 * results of one or two columns as the textbook's sixteen interleaved dot products.
 *
 * <p>Only loaded when the {@code jdk.incubator.vector} module is present (see {@link
 * FastBackend}). Stateless; any thread.
 */
final class VectorFloatKernel implements FloatKernel {

    private static final VectorSpecies<Float> SPECIES = VectorShape.SPECIES.vectorBitSize() >= 512
            ? FloatVector.SPECIES_512 : FloatVector.SPECIES_256;
    private static final int LANES = SPECIES.length();
    private static final int BLOCK_ROWS = 6;
    private static final int BLOCK_COLS = 2 * LANES;
    private static final int EDGE_ROWS = 8;
    /** The running sums of a narrow result's dot product: one vector of them, or two of 256 bits. */
    private static final int INTERLEAVED = PlainFloatKernel.INTERLEAVED;
    private static final boolean TWO_VECTORS_A_SUM = LANES < INTERLEAVED;

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
            narrow(a, rowStride, colStride, b, bias, c, from, m, k, n);
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

    /**
     * A result of fewer than {@link PlainFloatKernel#NARROW} columns, as sixteen interleaved sums:
     * as vector dot products where the rows of A lie in consecutive memory (a layer's forward
     * pass), as sixteen vectors of consecutive rows, one for each {@code p mod 16}, where its columns
     * do (a weight gradient), in plain code otherwise.
     */
    private static void narrow(float[] a, int rowStride, int colStride, float[] b, float[] bias, float[] c,
                               int first, int m, int k, int n) {
        if (colStride == 1) {
            narrowDots(a, rowStride, b, bias, c, first, m, k, n);
            return;
        }
        int i = rowStride == 1 ? narrowDownColumns(a, colStride, b, bias, c, first, m, k, n) : first;
        for (; i < m; i++) {
            for (int j = 0; j < n; j++) {
                float sum = PlainFloatKernel.interleaved(a, i * rowStride, colStride, b, j, n, k);
                c[i * n + j] = bias == null ? sum : sum + bias[j];
            }
        }
    }

    /**
     * Rows of A along {@code p}: each element a dot product of sixteen lanes (one vector of 512
     * bits or two of 256), four rows at once, and the four rows' sixteen lanes then added up side by
     * side, so that the four chains of adds overlap. One species of vectors throughout the class: a
     * second one would keep the compiler from turning any of them into vector instructions.
     */
    private static void narrowDots(float[] a, int rowStride, float[] b, float[] bias, float[] c, int first, int m,
                                   int k, int n) {
        float[] bt = new float[n * k];
        for (int p = 0; p < k; p++) {
            for (int j = 0; j < n; j++) {
                bt[j * k + p] = b[p * n + j];
            }
        }
        int whole = k - k % INTERLEAVED;
        float[] lanes = new float[4 * INTERLEAVED];
        float[] sums = new float[4];
        int i = first;
        for (; i + 4 <= m; i += 4) {
            int a0 = i * rowStride;
            for (int j = 0; j < n; j++) {
                int b0 = j * k;
                FloatVector s0 = FloatVector.zero(SPECIES);
                FloatVector s1 = FloatVector.zero(SPECIES);
                FloatVector s2 = FloatVector.zero(SPECIES);
                FloatVector s3 = FloatVector.zero(SPECIES);
                FloatVector s0High = FloatVector.zero(SPECIES);
                FloatVector s1High = FloatVector.zero(SPECIES);
                FloatVector s2High = FloatVector.zero(SPECIES);
                FloatVector s3High = FloatVector.zero(SPECIES);
                for (int p = 0; p < whole; p += INTERLEAVED) {
                    FloatVector bv = FloatVector.fromArray(SPECIES, bt, b0 + p);
                    s0 = FloatVector.fromArray(SPECIES, a, a0 + p).fma(bv, s0);
                    s1 = FloatVector.fromArray(SPECIES, a, a0 + rowStride + p).fma(bv, s1);
                    s2 = FloatVector.fromArray(SPECIES, a, a0 + 2 * rowStride + p).fma(bv, s2);
                    s3 = FloatVector.fromArray(SPECIES, a, a0 + 3 * rowStride + p).fma(bv, s3);
                    if (TWO_VECTORS_A_SUM) {
                        FloatVector bvHigh = FloatVector.fromArray(SPECIES, bt, b0 + p + LANES);
                        s0High = FloatVector.fromArray(SPECIES, a, a0 + p + LANES).fma(bvHigh, s0High);
                        s1High = FloatVector.fromArray(SPECIES, a, a0 + rowStride + p + LANES).fma(bvHigh, s1High);
                        s2High = FloatVector.fromArray(SPECIES, a, a0 + 2 * rowStride + p + LANES)
                                .fma(bvHigh, s2High);
                        s3High = FloatVector.fromArray(SPECIES, a, a0 + 3 * rowStride + p + LANES)
                                .fma(bvHigh, s3High);
                    }
                }
                s0.intoArray(lanes, 0);
                s1.intoArray(lanes, INTERLEAVED);
                s2.intoArray(lanes, 2 * INTERLEAVED);
                s3.intoArray(lanes, 3 * INTERLEAVED);
                if (TWO_VECTORS_A_SUM) {
                    s0High.intoArray(lanes, LANES);
                    s1High.intoArray(lanes, INTERLEAVED + LANES);
                    s2High.intoArray(lanes, 2 * INTERLEAVED + LANES);
                    s3High.intoArray(lanes, 3 * INTERLEAVED + LANES);
                }
                addLanesOfFourRows(lanes, sums);
                for (int r = 0; r < 4; r++) {
                    float sum = sums[r];
                    int ar = a0 + r * rowStride;
                    for (int p = whole; p < k; p++) {
                        sum = Math.fma(a[ar + p], bt[b0 + p], sum);
                    }
                    c[(i + r) * n + j] = bias == null ? sum : sum + bias[j];
                }
            }
        }
        for (; i < m; i++) {
            for (int j = 0; j < n; j++) {
                float sum = PlainFloatKernel.interleaved(a, i * rowStride, 1, bt, j * k, 1, k);
                c[i * n + j] = bias == null ? sum : sum + bias[j];
            }
        }
    }

    /** Each row's sixteen running sums added in order, the four rows side by side. */
    private static void addLanesOfFourRows(float[] lanes, float[] sums) {
        float t0 = lanes[0];
        float t1 = lanes[INTERLEAVED];
        float t2 = lanes[2 * INTERLEAVED];
        float t3 = lanes[3 * INTERLEAVED];
        for (int l = 1; l < INTERLEAVED; l++) {
            t0 += lanes[l];
            t1 += lanes[INTERLEAVED + l];
            t2 += lanes[2 * INTERLEAVED + l];
            t3 += lanes[3 * INTERLEAVED + l];
        }
        sums[0] = t0;
        sums[1] = t1;
        sums[2] = t2;
        sums[3] = t3;
    }

    /**
     * Columns of A in consecutive memory ({@code A(i, p) = a[i + p * colStride]}): a vector of
     * consecutive rows, with one running sum for each {@code p mod 16}, kept in an array the
     * compiler holds in registers. Returns the first row left for plain code.
     */
    private static int narrowDownColumns(float[] a, int colStride, float[] b, float[] bias, float[] c, int first,
                                         int m, int k, int n) {
        int whole = k - k % INTERLEAVED;
        float[] lanes = new float[LANES];
        int i = first;
        for (; i + LANES <= m; i += LANES) {
            for (int j = 0; j < n; j++) {
                FloatVector sum = FloatVector.zero(SPECIES);
                if (whole > 0) {
                    interleavedDownColumns(a, colStride, b, i, j, n, whole, lanes);
                    sum = FloatVector.fromArray(SPECIES, lanes, 0);
                }
                for (int p = whole; p < k; p++) {
                    FloatVector bpj = FloatVector.broadcast(SPECIES, b[p * n + j]);
                    sum = FloatVector.fromArray(SPECIES, a, i + p * colStride).fma(bpj, sum);
                }
                if (bias != null) {
                    sum = sum.add(bias[j]);
                }
                sum.intoArray(lanes, 0);
                for (int r = 0; r < LANES; r++) {
                    c[(i + r) * n + j] = lanes[r];
                }
            }
        }
        return i;
    }

    /**
     * The sixteen running sums by {@code p mod 16} over {@code p < whole}, added in order, into
     * {@code out} (an array, not a returned vector, which a call the compiler does not inline would
     * have to box).
     */
    private static void interleavedDownColumns(float[] a, int colStride, float[] b, int i, int j, int n,
                                               int whole, float[] out) {
        FloatVector t0 = FloatVector.zero(SPECIES);
        FloatVector t1 = FloatVector.zero(SPECIES);
        FloatVector t2 = FloatVector.zero(SPECIES);
        FloatVector t3 = FloatVector.zero(SPECIES);
        FloatVector t4 = FloatVector.zero(SPECIES);
        FloatVector t5 = FloatVector.zero(SPECIES);
        FloatVector t6 = FloatVector.zero(SPECIES);
        FloatVector t7 = FloatVector.zero(SPECIES);
        FloatVector t8 = FloatVector.zero(SPECIES);
        FloatVector t9 = FloatVector.zero(SPECIES);
        FloatVector t10 = FloatVector.zero(SPECIES);
        FloatVector t11 = FloatVector.zero(SPECIES);
        FloatVector t12 = FloatVector.zero(SPECIES);
        FloatVector t13 = FloatVector.zero(SPECIES);
        FloatVector t14 = FloatVector.zero(SPECIES);
        FloatVector t15 = FloatVector.zero(SPECIES);
        for (int p = 0; p < whole; p += INTERLEAVED) {
            int ap = i + p * colStride;
            int bp = p * n + j;
            t0 = down(a, ap, b, bp, t0);
            t1 = down(a, ap + colStride, b, bp + n, t1);
            t2 = down(a, ap + 2 * colStride, b, bp + 2 * n, t2);
            t3 = down(a, ap + 3 * colStride, b, bp + 3 * n, t3);
            t4 = down(a, ap + 4 * colStride, b, bp + 4 * n, t4);
            t5 = down(a, ap + 5 * colStride, b, bp + 5 * n, t5);
            t6 = down(a, ap + 6 * colStride, b, bp + 6 * n, t6);
            t7 = down(a, ap + 7 * colStride, b, bp + 7 * n, t7);
            t8 = down(a, ap + 8 * colStride, b, bp + 8 * n, t8);
            t9 = down(a, ap + 9 * colStride, b, bp + 9 * n, t9);
            t10 = down(a, ap + 10 * colStride, b, bp + 10 * n, t10);
            t11 = down(a, ap + 11 * colStride, b, bp + 11 * n, t11);
            t12 = down(a, ap + 12 * colStride, b, bp + 12 * n, t12);
            t13 = down(a, ap + 13 * colStride, b, bp + 13 * n, t13);
            t14 = down(a, ap + 14 * colStride, b, bp + 14 * n, t14);
            t15 = down(a, ap + 15 * colStride, b, bp + 15 * n, t15);
        }
        t0.add(t1).add(t2).add(t3).add(t4).add(t5).add(t6).add(t7).add(t8).add(t9).add(t10).add(t11)
                .add(t12).add(t13).add(t14).add(t15).intoArray(out, 0);
    }

    /** {@code sum + A(i .. i + LANES - 1, p) B(p, j)}; that piece of A's column starts at {@code ap}. */
    private static FloatVector down(float[] a, int ap, float[] b, int bp, FloatVector sum) {
        return FloatVector.fromArray(SPECIES, a, ap).fma(FloatVector.broadcast(SPECIES, b[bp]), sum);
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
     * Four vectors of columns at a time, their sums held in registers while the rows go by in
     * memory order (a strip of columns read down the rows would stride through memory, and its
     * stores would alias with the loads of other arrays).
     */
    @Override
    public void leakyReluGradientAndColumnSums(float[] g, float[] y, float slope, float[] out, int cols,
                                               float[] sums) {
        int vectorCols = SPECIES.loopBound(cols);
        int c = 0;
        for (; c + 4 * LANES <= vectorCols; c += 4 * LANES) {
            FloatVector s0 = FloatVector.fromArray(SPECIES, sums, c);
            FloatVector s1 = FloatVector.fromArray(SPECIES, sums, c + LANES);
            FloatVector s2 = FloatVector.fromArray(SPECIES, sums, c + 2 * LANES);
            FloatVector s3 = FloatVector.fromArray(SPECIES, sums, c + 3 * LANES);
            for (int i = c; i < y.length; i += cols) {
                s0 = s0.add(masked(g, y, slope, out, i));
                s1 = s1.add(masked(g, y, slope, out, i + LANES));
                s2 = s2.add(masked(g, y, slope, out, i + 2 * LANES));
                s3 = s3.add(masked(g, y, slope, out, i + 3 * LANES));
            }
            s0.intoArray(sums, c);
            s1.intoArray(sums, c + LANES);
            s2.intoArray(sums, c + 2 * LANES);
            s3.intoArray(sums, c + 3 * LANES);
        }
        for (; c < vectorCols; c += LANES) {
            FloatVector sum = FloatVector.fromArray(SPECIES, sums, c);
            for (int i = c; i < y.length; i += cols) {
                sum = sum.add(masked(g, y, slope, out, i));
            }
            sum.intoArray(sums, c);
        }
        for (; c < cols; c++) {
            float sum = sums[c];
            for (int i = c; i < y.length; i += cols) {
                float v = y[i] > 0f ? g[i] : slope * g[i];
                out[i] = v;
                sum += v;
            }
            sums[c] = sum;
        }
    }

    /** {@code out = y > 0 ? g : slope g} for one vector at {@code i}, returned for the sums. */
    private static FloatVector masked(float[] g, float[] y, float slope, float[] out, int i) {
        VectorMask<Float> positive = FloatVector.fromArray(SPECIES, y, i).compare(VectorOperators.GT, 0f);
        FloatVector gv = FloatVector.fromArray(SPECIES, g, i);
        FloatVector v = gv.mul(slope).blend(gv, positive);
        v.intoArray(out, i);
        return v;
    }

    @Override
    public void columnSums(float[] g, int cols, float[] sums) {
        int vectorCols = SPECIES.loopBound(cols);
        for (int c = 0; c < vectorCols; c += LANES) {
            FloatVector sum = FloatVector.fromArray(SPECIES, sums, c);
            for (int i = c; i < g.length; i += cols) {
                sum = sum.add(FloatVector.fromArray(SPECIES, g, i));
            }
            sum.intoArray(sums, c);
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
