package org.gansim.api.nn;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Matrix products with the JDK's Vector API: 256-bit vectors of four doubles and fused
 * multiply-add, in a register-blocked kernel.
 *
 * <p>The main kernel computes a block of 6 rows x 8 columns of the result at a time, keeping the
 * 48 partial sums (twelve vectors of four) in registers along the whole shared dimension: each
 * step loads two vectors of the right-hand matrix, broadcasts six numbers of the left-hand one
 * and does twelve fused multiply-adds. Twelve independent sums are enough to keep both FMA units
 * busy despite each FMA's latency, and together with the three working registers they fit in the
 * sixteen vector registers of AVX2. Edges that do not fill a block use smaller blocks (4 x 8,
 * 4 x 4, 1 x 4) and finally
 * scalar {@link Math#fma} loops, which do exactly what one vector lane does, so a result element
 * is computed the same way wherever it falls.
 *
 * <p>{@code A B} and {@code A^T B} share that kernel: it reads the left-hand matrix through two
 * strides, so the transpose is never built. {@code A B^T} copies the right-hand matrix (a weight
 * matrix, small) into its transpose first. Results only one to three columns wide (a
 * discriminator's logit, a generator's 2-D point) would leave the block kernel idle, so they
 * take dedicated paths that vectorise along the other dimension.
 *
 * <p>This class refers to {@code jdk.incubator.vector}, so it is only loaded when that module is
 * present (see {@link Kernels}). Large products are split by rows of the result between the
 * calling thread and one helper ({@link RowSplitter}); each element is still computed by one
 * thread in one fixed order, so results never depend on the split. Stateless; any thread.
 */
final class VectorMatmul implements MatmulKernel {

    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_256;
    private static final int LANES = 4;
    private static final int TALL_BLOCK_ROWS = 6;
    private static final int BLOCK_ROWS = 4;
    private static final int BLOCK_COLS = 8;
    /** Results narrower than this take the narrow paths. */
    private static final int NARROW = 4;

    /** Scratch slots: packed column panels, a transposed right-hand matrix, packed rows. */
    private static final int PANELS = 0;
    private static final int TRANSPOSED = 1;
    private static final int ROW_PANEL = 2;

    /**
     * Per-thread working arrays, grown as needed and reused by every product on that thread, so
     * that packing and transposing allocate nothing in steady state. The kernel never calls
     * itself, so a slot is never used twice at once on one thread.
     */
    private static final ThreadLocal<double[][]> SCRATCH = ThreadLocal.withInitial(() -> new double[3][0]);

    private static double[] scratch(int slot, int size) {
        double[][] arrays = SCRATCH.get();
        if (arrays[slot].length < size) {
            arrays[slot] = new double[size];
        }
        return arrays[slot];
    }

    /**
     * @throws UnsupportedOperationException if this hardware's vectors hold fewer than four
     *         doubles (256-bit vectors would then be emulated, slowly)
     */
    VectorMatmul() {
        if (DoubleVector.SPECIES_PREFERRED.vectorBitSize() < SPECIES.vectorBitSize()) {
            throw new UnsupportedOperationException("Vectors of " + DoubleVector.SPECIES_PREFERRED.vectorBitSize()
                    + " bits are too narrow");
        }
    }

    @Override
    public void affine(double[] a, double[] b, double[] bias, double[] c, int m, int k, int n) {
        if (n < NARROW) {
            double[] bTransposed = transpose(b, k, n, scratch(TRANSPOSED, n * k));
            RowSplitter.forRows(m, (long) m * n * k,
                    (from, to) -> rowDotProducts(a, bTransposed, bias, c, k, n, from, to));
            return;
        }
        // A(i, p) = a[i * k + p]
        double[] panels = packColumnPanels(b, k, m, n);
        RowSplitter.forRows(m, (long) m * n * k,
                (from, to) -> blocked(a, k, 1, b, panels, bias, c, k, n, from, to));
    }

    @Override
    public void multiplyTransposeA(double[] a, double[] b, double[] c, int k, int m, int n) {
        if (n < NARROW) {
            narrowTransposeA(a, b, c, k, m, n);
            return;
        }
        // a is k x m, so (A^T)(i, p) = a[p * m + i]
        double[] panels = packColumnPanels(b, k, m, n);
        RowSplitter.forRows(m, (long) m * n * k,
                (from, to) -> blocked(a, 1, m, b, panels, null, c, k, n, from, to));
    }

    @Override
    public void multiplyTransposeB(double[] a, double[] b, double[] c, int m, int k, int n) {
        if (n < NARROW) {
            // The rows of b are already the columns we need.
            RowSplitter.forRows(m, (long) m * n * k, (from, to) -> rowDotProducts(a, b, null, c, k, n, from, to));
            return;
        }
        double[] bTransposed = transpose(b, n, k, scratch(TRANSPOSED, n * k));
        double[] panels = packColumnPanels(bTransposed, k, m, n);
        RowSplitter.forRows(m, (long) m * n * k,
                (from, to) -> blocked(a, k, 1, bTransposed, panels, null, c, k, n, from, to));
    }

    /** Writes the transpose of {@code x} ({@code rows x cols}) into {@code t} and returns it. */
    private static double[] transpose(double[] x, int rows, int cols, double[] t) {
        for (int r = 0; r < rows; r++) {
            for (int col = 0; col < cols; col++) {
                t[col * rows + r] = x[r * cols + col];
            }
        }
        return t;
    }

    // ------------------------------------------------------------ the blocked kernel

    /**
     * Copies the full 8-column blocks of {@code b} ({@code k x n}) into panels: the panel of
     * columns {@code j..j+7} holds, for each {@code p}, those 8 numbers of row {@code p} side by
     * side. The kernel then walks memory in order with a constant stride, which also lets the JIT
     * prove its array indices safe once per loop instead of checking them at every step.
     */
    private static double[] packColumnPanels(double[] b, int k, int m, int n) {
        if (n == BLOCK_COLS || m < TALL_BLOCK_ROWS) {
            return b; // already laid out as one panel, or no 6-row block will read the panels
        }
        int fullCols = n - n % BLOCK_COLS;
        double[] panels = scratch(PANELS, fullCols * k);
        for (int j = 0; j < fullCols; j += BLOCK_COLS) {
            int panel = j * k;
            for (int p = 0; p < k; p++) {
                System.arraycopy(b, p * n + j, panels, panel + p * BLOCK_COLS, BLOCK_COLS);
            }
        }
        return panels;
    }

    /**
     * Rows {@code [from, to)} of {@code C = L B (+ bias)}, where {@code L(i, p) = a[i * rowStride +
     * p * colStride]}, {@code B} is {@code k x n} row-major and {@code panels} holds its 8-column
     * blocks as made by {@link #packColumnPanels}.
     */
    private static void blocked(double[] a, int rowStride, int colStride, double[] b, double[] panels,
                                double[] bias, double[] c, int k, int n, int from, int to) {
        int fullCols = n - n % BLOCK_COLS;
        int i = from;
        double[] rowPanel = scratch(ROW_PANEL, TALL_BLOCK_ROWS * k);
        for (; i + TALL_BLOCK_ROWS <= to; i += TALL_BLOCK_ROWS) {
            // The six rows of L, interleaved: rowPanel[p * 6 + r] = L(i + r, p).
            for (int p = 0; p < k; p++) {
                for (int r = 0; r < TALL_BLOCK_ROWS; r++) {
                    rowPanel[p * TALL_BLOCK_ROWS + r] = a[(i + r) * rowStride + p * colStride];
                }
            }
            for (int j = 0; j < fullCols; j += BLOCK_COLS) {
                block6x8(rowPanel, panels, j * k, bias, c, k, n, i, j);
            }
            for (int row = i; row < i + TALL_BLOCK_ROWS; row++) {
                int j = fullCols;
                for (; j + LANES <= n; j += LANES) {
                    block1x4(a, rowStride, colStride, b, bias, c, k, n, row, j);
                }
                scalarColumns(a, rowStride, colStride, b, bias, c, k, n, row, j);
            }
        }
        for (; i + BLOCK_ROWS <= to; i += BLOCK_ROWS) {
            int j = 0;
            for (; j < fullCols; j += BLOCK_COLS) {
                block4x8(a, rowStride, colStride, b, bias, c, k, n, i, j);
            }
            if (j + LANES <= n) {
                block4x4(a, rowStride, colStride, b, bias, c, k, n, i, j);
                j += LANES;
            }
            for (int row = i; row < i + BLOCK_ROWS; row++) {
                scalarColumns(a, rowStride, colStride, b, bias, c, k, n, row, j);
            }
        }
        for (; i < to; i++) {
            int j = 0;
            for (; j + LANES <= n; j += LANES) {
                block1x4(a, rowStride, colStride, b, bias, c, k, n, i, j);
            }
            scalarColumns(a, rowStride, colStride, b, bias, c, k, n, i, j);
        }
    }

    /**
     * The inner kernel: the 6 x 8 block of the result at row {@code i}, column {@code j}, from six
     * interleaved rows ({@code rows[p * 6 + r]}) and one column panel ({@code panels[panel + p * 8
     * + col]}).
     */
    private static void block6x8(double[] rows, double[] panels, int panel, double[] bias,
                                 double[] c, int k, int n, int i, int j) {
        DoubleVector c00 = DoubleVector.zero(SPECIES);
        DoubleVector c01 = DoubleVector.zero(SPECIES);
        DoubleVector c10 = DoubleVector.zero(SPECIES);
        DoubleVector c11 = DoubleVector.zero(SPECIES);
        DoubleVector c20 = DoubleVector.zero(SPECIES);
        DoubleVector c21 = DoubleVector.zero(SPECIES);
        DoubleVector c30 = DoubleVector.zero(SPECIES);
        DoubleVector c31 = DoubleVector.zero(SPECIES);
        DoubleVector c40 = DoubleVector.zero(SPECIES);
        DoubleVector c41 = DoubleVector.zero(SPECIES);
        DoubleVector c50 = DoubleVector.zero(SPECIES);
        DoubleVector c51 = DoubleVector.zero(SPECIES);
        for (int p = 0; p < k; p++) {
            int bp = panel + p * BLOCK_COLS;
            DoubleVector b0 = DoubleVector.fromArray(SPECIES, panels, bp);
            DoubleVector b1 = DoubleVector.fromArray(SPECIES, panels, bp + LANES);
            int ap = p * TALL_BLOCK_ROWS;
            DoubleVector x = DoubleVector.broadcast(SPECIES, rows[ap]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            x = DoubleVector.broadcast(SPECIES, rows[ap + 1]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            x = DoubleVector.broadcast(SPECIES, rows[ap + 2]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            x = DoubleVector.broadcast(SPECIES, rows[ap + 3]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            x = DoubleVector.broadcast(SPECIES, rows[ap + 4]);
            c40 = x.fma(b0, c40);
            c41 = x.fma(b1, c41);
            x = DoubleVector.broadcast(SPECIES, rows[ap + 5]);
            c50 = x.fma(b0, c50);
            c51 = x.fma(b1, c51);
        }
        if (bias != null) {
            DoubleVector bias0 = DoubleVector.fromArray(SPECIES, bias, j);
            DoubleVector bias1 = DoubleVector.fromArray(SPECIES, bias, j + LANES);
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

    private static void block4x8(double[] a, int rowStride, int colStride, double[] b, double[] bias,
                                 double[] c, int k, int n, int i, int j) {
        DoubleVector c00 = DoubleVector.zero(SPECIES);
        DoubleVector c01 = DoubleVector.zero(SPECIES);
        DoubleVector c10 = DoubleVector.zero(SPECIES);
        DoubleVector c11 = DoubleVector.zero(SPECIES);
        DoubleVector c20 = DoubleVector.zero(SPECIES);
        DoubleVector c21 = DoubleVector.zero(SPECIES);
        DoubleVector c30 = DoubleVector.zero(SPECIES);
        DoubleVector c31 = DoubleVector.zero(SPECIES);
        int a0 = i * rowStride;
        int a1 = a0 + rowStride;
        int a2 = a1 + rowStride;
        int a3 = a2 + rowStride;
        for (int p = 0; p < k; p++) {
            int bp = p * n + j;
            DoubleVector b0 = DoubleVector.fromArray(SPECIES, b, bp);
            DoubleVector b1 = DoubleVector.fromArray(SPECIES, b, bp + LANES);
            int ap = p * colStride;
            DoubleVector x = DoubleVector.broadcast(SPECIES, a[a0 + ap]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            x = DoubleVector.broadcast(SPECIES, a[a1 + ap]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            x = DoubleVector.broadcast(SPECIES, a[a2 + ap]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            x = DoubleVector.broadcast(SPECIES, a[a3 + ap]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
        }
        if (bias != null) {
            DoubleVector bias0 = DoubleVector.fromArray(SPECIES, bias, j);
            DoubleVector bias1 = DoubleVector.fromArray(SPECIES, bias, j + LANES);
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

    private static void block4x4(double[] a, int rowStride, int colStride, double[] b, double[] bias,
                                 double[] c, int k, int n, int i, int j) {
        DoubleVector c0 = DoubleVector.zero(SPECIES);
        DoubleVector c1 = DoubleVector.zero(SPECIES);
        DoubleVector c2 = DoubleVector.zero(SPECIES);
        DoubleVector c3 = DoubleVector.zero(SPECIES);
        int a0 = i * rowStride;
        for (int p = 0; p < k; p++) {
            DoubleVector bv = DoubleVector.fromArray(SPECIES, b, p * n + j);
            int ap = a0 + p * colStride;
            c0 = DoubleVector.broadcast(SPECIES, a[ap]).fma(bv, c0);
            c1 = DoubleVector.broadcast(SPECIES, a[ap + rowStride]).fma(bv, c1);
            c2 = DoubleVector.broadcast(SPECIES, a[ap + 2 * rowStride]).fma(bv, c2);
            c3 = DoubleVector.broadcast(SPECIES, a[ap + 3 * rowStride]).fma(bv, c3);
        }
        if (bias != null) {
            DoubleVector biasVector = DoubleVector.fromArray(SPECIES, bias, j);
            c0 = c0.add(biasVector);
            c1 = c1.add(biasVector);
            c2 = c2.add(biasVector);
            c3 = c3.add(biasVector);
        }
        int c00 = i * n + j;
        c0.intoArray(c, c00);
        c1.intoArray(c, c00 + n);
        c2.intoArray(c, c00 + 2 * n);
        c3.intoArray(c, c00 + 3 * n);
    }

    private static void block1x4(double[] a, int rowStride, int colStride, double[] b, double[] bias,
                                 double[] c, int k, int n, int i, int j) {
        DoubleVector sum = DoubleVector.zero(SPECIES);
        int a0 = i * rowStride;
        for (int p = 0; p < k; p++) {
            DoubleVector bv = DoubleVector.fromArray(SPECIES, b, p * n + j);
            sum = DoubleVector.broadcast(SPECIES, a[a0 + p * colStride]).fma(bv, sum);
        }
        if (bias != null) {
            sum = sum.add(DoubleVector.fromArray(SPECIES, bias, j));
        }
        sum.intoArray(c, i * n + j);
    }

    /** Columns {@code from..n-1} of one row, one element at a time, as one vector lane would do it. */
    private static void scalarColumns(double[] a, int rowStride, int colStride, double[] b, double[] bias,
                                      double[] c, int k, int n, int i, int from) {
        int a0 = i * rowStride;
        for (int j = from; j < n; j++) {
            double sum = 0.0;
            for (int p = 0; p < k; p++) {
                sum = Math.fma(a[a0 + p * colStride], b[p * n + j], sum);
            }
            c[i * n + j] = bias == null ? sum : sum + bias[j];
        }
    }

    // ------------------------------------------------------------ narrow results

    /**
     * Rows {@code [from, to)} of {@code C = A Bt^T (+ bias)} for a result only {@code n < 4}
     * columns wide: each element is the dot product of row i of {@code a} ({@code m x k}) and
     * row j of {@code bt} ({@code n x k}), vectorised along {@code k}.
     */
    private static void rowDotProducts(double[] a, double[] bt, double[] bias, double[] c, int k, int n,
                                       int from, int to) {
        int vectorEnd = k - k % LANES;
        for (int i = from; i < to; i++) {
            int aRow = i * k;
            for (int j = 0; j < n; j++) {
                int bRow = j * k;
                DoubleVector sum = DoubleVector.zero(SPECIES);
                int p = 0;
                for (; p < vectorEnd; p += LANES) {
                    sum = DoubleVector.fromArray(SPECIES, a, aRow + p)
                            .fma(DoubleVector.fromArray(SPECIES, bt, bRow + p), sum);
                }
                double total = sum.reduceLanes(VectorOperators.ADD);
                for (; p < k; p++) {
                    total = Math.fma(a[aRow + p], bt[bRow + p], total);
                }
                c[i * n + j] = bias == null ? total : total + bias[j];
            }
        }
    }

    /**
     * {@code C = A^T B} for a result only {@code n < 4} columns wide ({@code a} is {@code k x m},
     * {@code b} is {@code k x n}): for each output column, vectorised along the rows of the
     * result, which are contiguous in each row of {@code a}.
     */
    private static void narrowTransposeA(double[] a, double[] b, double[] c, int k, int m, int n) {
        int vectorEnd = m - m % LANES;
        double[] lanes = new double[LANES];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < vectorEnd; i += LANES) {
                DoubleVector sum = DoubleVector.zero(SPECIES);
                for (int p = 0; p < k; p++) {
                    sum = DoubleVector.fromArray(SPECIES, a, p * m + i)
                            .fma(DoubleVector.broadcast(SPECIES, b[p * n + j]), sum);
                }
                sum.intoArray(lanes, 0);
                for (int lane = 0; lane < LANES; lane++) {
                    c[(i + lane) * n + j] = lanes[lane];
                }
            }
            for (int i = vectorEnd; i < m; i++) {
                double sum = 0.0;
                for (int p = 0; p < k; p++) {
                    sum = Math.fma(a[p * m + i], b[p * n + j], sum);
                }
                c[i * n + j] = sum;
            }
        }
    }
}
