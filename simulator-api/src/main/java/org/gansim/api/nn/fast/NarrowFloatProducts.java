package org.gansim.api.nn.fast;

import org.gansim.api.nn.PlainFloatKernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The float products with fewer than {@link PlainFloatKernel#NARROW} columns (a discriminator's
 * logit, a generator's 2-D points), for {@link VectorFloatKernel}: each element is the textbook's
 * sixteen running sums by {@code p mod 16}, added in order, so the wide register blocks do not
 * apply. The same vector species as {@link VectorFloatKernel}: a second one in the process's
 * float kernels would keep the compiler from turning any of them into vector instructions.
 *
 * <p>Stateless; any thread.
 */
final class NarrowFloatProducts {

    private static final VectorSpecies<Float> SPECIES = VectorFloatKernel.SPECIES;
    private static final int LANES = VectorFloatKernel.LANES;
    /** The running sums of a narrow result's dot product: one vector of them, or two of 256 bits. */
    private static final int INTERLEAVED = PlainFloatKernel.INTERLEAVED;
    private static final boolean TWO_VECTORS_A_SUM = LANES < INTERLEAVED;

    private NarrowFloatProducts() {
    }

    /**
     * A result of fewer than {@link PlainFloatKernel#NARROW} columns, as sixteen interleaved sums:
     * as vector dot products where the rows of A lie in consecutive memory (a layer's forward
     * pass), as sixteen vectors of consecutive rows, one for each {@code p mod 16}, where its columns
     * do (a weight gradient), in plain code otherwise.
     */
    static void product(float[] a, int rowStride, int colStride, float[] b, float[] bias, float[] c, int first,
                        int m, int k, int n) {
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
}
