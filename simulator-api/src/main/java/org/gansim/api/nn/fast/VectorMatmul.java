package org.gansim.api.nn.fast;

import org.gansim.api.nn.MatmulKernel;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Matrix products with the JDK's Vector API: the widest vectors this CPU has for doubles (512
 * bits, eight doubles, with AVX-512; 256 bits, four, with AVX2) and fused multiply-add, in a
 * register-blocked kernel.
 *
 * <p>The main kernel computes a block of 6 rows x 2 vectors of columns of the result at a time (6
 * x 16 with 512-bit vectors, 6 x 8 with 256-bit ones), keeping the twelve vectors of partial sums
 * in registers along the whole shared dimension: each step loads two vectors of the right-hand
 * matrix, broadcasts six numbers of the left-hand one and does twelve fused multiply-adds. Twelve
 * independent sums are enough to keep both FMA units busy despite each FMA's latency, and
 * together with the three working registers they fit in the sixteen vector registers of AVX2.
 * The right-hand matrix is first copied into panels two vectors wide, so the kernel reads it in
 * order. Rows that do not fill a 6-row block use 4-row and 1-row blocks, columns past the last
 * panel one vector at a time and finally scalar {@link Math#fma} loops, which do exactly what one
 * vector lane does.
 *
 * <p>The shapes of a 2-D GAN also need products the block kernel would do badly: a shared
 * dimension of 1 or 2 (a point entering the first layer), fewer than six result rows (the
 * weight gradient of that layer) and results one to three columns wide (a logit, a 2-D point).
 * Each has its own path, arranged so that several chains of multiply-adds are in flight at once
 * instead of one waiting on the last. Every result at least four columns wide, on any path, is
 * the fused sum over the shared dimension in increasing order, then the bias, so an element's
 * bits depend neither on the path, nor on the thread, nor on the width of the vectors. (The
 * narrow results' dot products add four partial sums in lane order, in 256-bit vectors or, with
 * wider ones, in four scalars.)
 *
 * <p>{@code A B} and {@code A^T B} read the left-hand matrix through two strides, so its
 * transpose is never built; {@code A B^T} builds the panels of {@code B^T} straight from {@code
 * B}. This class refers to {@code jdk.incubator.vector}, so it is only loaded when that module is
 * present (see {@link FastBackend}). Large products are split by rows of the result between the
 * calling thread and one helper ({@link RowSplitter}). Stateless; any thread.
 *
 * <p>The width is {@link VectorShape}'s.
 */
final class VectorMatmul implements MatmulKernel {

    private static final VectorSpecies<Double> SPECIES = VectorShape.SPECIES;
    private static final int LANES = VectorShape.LANES;
    private static final int TALL_BLOCK_ROWS = 6;
    private static final int BLOCK_ROWS = 4;
    private static final int BLOCK_COLS = 2 * LANES;
    /** Results narrower than this take the narrow paths. */
    private static final int NARROW = 4;

    /** Products whose shared dimension is this short take the short path. */
    private static final int SHORT = 2;
    /** Column groups of the few-rows path: four vectors, four independent sums. */
    private static final int WIDE_COLS = 4 * LANES;

    /** Scratch slots: packed column panels, a transposed right-hand matrix. */
    private static final int PANELS = 0;
    private static final int TRANSPOSED = 1;

    /**
     * Per-thread working arrays, grown as needed and reused by every product on that thread, so
     * that packing and transposing allocate nothing in steady state. The kernel never calls
     * itself, so a slot is never used twice at once on one thread.
     */
    private static final ThreadLocal<double[][]> SCRATCH = ThreadLocal.withInitial(() -> new double[2][0]);

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
        if (DoubleVector.SPECIES_PREFERRED.vectorBitSize() < 256) {
            throw new UnsupportedOperationException("Vectors of " + DoubleVector.SPECIES_PREFERRED.vectorBitSize()
                    + " bits are too narrow");
        }
    }

    /** The width of the vectors of the blocked kernel: 512 or 256. */
    static int vectorBits() {
        return SPECIES.vectorBitSize();
    }

    @Override
    public void affine(double[] a, double[] b, double[] bias, double[] c, int m, int k, int n) {
        if (n < NARROW) {
            double[] bTransposed = transpose(b, k, n, scratch(TRANSPOSED, n * k));
            RowSplitter.forRows(m, (long) m * n * k,
                    (from, to) -> rowDotProducts(a, bTransposed, bias, c, k, n, from, to));
            return;
        }
        if (k <= SHORT) {
            shortProducts(a, b, bias, c, k, n, 0, m);
            return;
        }
        // A(i, p) = a[i * k + p]
        double[] panels = packColumnPanels(b, k, n);
        RowSplitter.forRows(m, (long) m * n * k,
                (from, to) -> blocked(a, k, 1, panels, b, bias, c, k, n, from, to));
    }

    @Override
    public void affineRows(double[] a, double[] b, double[] bias, double[] c, int k, int n, int from, int to) {
        if (n < NARROW) {
            rowDotProducts(a, transpose(b, k, n, scratch(TRANSPOSED, n * k)), bias, c, k, n, from, to);
        } else if (k <= SHORT) {
            shortProducts(a, b, bias, c, k, n, from, to);
        } else {
            blocked(a, k, 1, packColumnPanels(b, k, n), b, bias, c, k, n, from, to);
        }
    }

    @Override
    public void multiplyTransposeA(double[] a, double[] b, double[] c, int k, int m, int n) {
        if (n < NARROW) {
            narrowTransposeA(a, b, c, k, m, n);
            return;
        }
        // a is k x m, so (A^T)(i, p) = a[p * m + i]
        if (m < TALL_BLOCK_ROWS) {
            fewRows(a, 1, m, b, c, k, n, m);
            return;
        }
        double[] panels = packColumnPanels(b, k, n);
        RowSplitter.forRows(m, (long) m * n * k,
                (from, to) -> blocked(a, 1, m, panels, b, null, c, k, n, from, to));
    }

    @Override
    public void multiplyTransposeB(double[] a, double[] b, double[] c, int m, int k, int n) {
        if (n < NARROW) {
            // The rows of b are already the columns we need.
            RowSplitter.forRows(m, (long) m * n * k, (from, to) -> rowDotProducts(a, b, null, c, k, n, from, to));
            return;
        }
        if (k <= SHORT) {
            shortProducts(a, transpose(b, n, k, scratch(TRANSPOSED, n * k)), null, c, k, n, 0, m);
            return;
        }
        double[] panels = packTransposedPanels(b, n, k);
        // Columns past the last full panel are read from B^T itself.
        double[] edge = n % BLOCK_COLS == 0 ? null : transpose(b, n, k, scratch(TRANSPOSED, n * k));
        RowSplitter.forRows(m, (long) m * n * k,
                (from, to) -> blocked(a, k, 1, panels, edge, null, c, k, n, from, to));
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
     * Copies the full blocks of {@code BLOCK_COLS} columns of {@code b} ({@code k x n}) into panels:
     * the panel of columns {@code j..j+BLOCK_COLS-1} holds, for each {@code p}, those numbers of row {@code p} side by
     * side. The kernel then walks memory in order with a constant stride, which also lets the JIT
     * prove its array indices safe once per loop instead of checking them at every step.
     */
    private static double[] packColumnPanels(double[] b, int k, int n) {
        if (n == BLOCK_COLS) {
            return b; // already laid out as one panel
        }
        int fullCols = n - n % BLOCK_COLS;
        double[] panels = scratch(PANELS, fullCols * k);
        for (int j = 0; j < fullCols; j += BLOCK_COLS) {
            int panel = j * k;
            for (int p = 0; p < k; p++) {
                // Two vector moves rather than System.arraycopy, whose call costs more than a few numbers.
                int from = p * n + j;
                int to = panel + p * BLOCK_COLS;
                DoubleVector.fromArray(SPECIES, b, from).intoArray(panels, to);
                DoubleVector.fromArray(SPECIES, b, from + LANES).intoArray(panels, to + LANES);
            }
        }
        return panels;
    }

    /**
     * The panels of {@code B^T} (see {@link #packColumnPanels}) made straight from {@code b}
     * ({@code n x k}), so the transpose itself is never built: {@code B^T(p, j) = b[j * k + p]}.
     */
    private static double[] packTransposedPanels(double[] b, int n, int k) {
        int fullCols = n - n % BLOCK_COLS;
        double[] panels = scratch(PANELS, fullCols * k);
        for (int j = 0; j < fullCols; j += BLOCK_COLS) {
            int panel = j * k;
            for (int col = 0; col < BLOCK_COLS; col++) {
                int row = (j + col) * k;
                for (int p = 0; p < k; p++) {
                    panels[panel + p * BLOCK_COLS + col] = b[row + p];
                }
            }
        }
        return panels;
    }

    /**
     * Rows {@code [from, to)} of {@code C = L B (+ bias)}, where {@code L(i, p) = a[i * rowStride +
     * p * colStride]} and {@code B} is {@code k x n}: its full blocks of columns are read from
     * {@code panels} (as made by {@link #packColumnPanels}), its last {@code n % BLOCK_COLS} columns from
     * {@code edge}, {@code B} itself in row-major order (unused, and may be null, when there are
     * no such columns).
     */
    private static void blocked(double[] a, int rowStride, int colStride, double[] panels, double[] edge,
                                double[] bias, double[] c, int k, int n, int from, int to) {
        int fullCols = n - n % BLOCK_COLS;
        int i = from;
        for (; i + TALL_BLOCK_ROWS <= to; i += TALL_BLOCK_ROWS) {
            for (int j = 0; j < fullCols; j += BLOCK_COLS) {
                sixRowBlock(a, rowStride, colStride, panels, j * k, bias, c, k, n, i, j);
            }
            for (int row = i; row < i + TALL_BLOCK_ROWS; row++) {
                edgeColumns(a, rowStride, colStride, edge, bias, c, k, n, row, fullCols);
            }
        }
        for (; i + BLOCK_ROWS <= to; i += BLOCK_ROWS) {
            for (int j = 0; j < fullCols; j += BLOCK_COLS) {
                fourRowBlock(a, rowStride, colStride, panels, j * k, bias, c, k, n, i, j);
            }
            for (int row = i; row < i + BLOCK_ROWS; row++) {
                edgeColumns(a, rowStride, colStride, edge, bias, c, k, n, row, fullCols);
            }
        }
        for (; i < to; i++) {
            for (int j = 0; j < fullCols; j += BLOCK_COLS) {
                oneRowBlock(a, rowStride, colStride, panels, j * k, bias, c, k, n, i, j);
            }
            edgeColumns(a, rowStride, colStride, edge, bias, c, k, n, i, fullCols);
        }
    }

    /** Columns {@code from..n-1} of row {@code i}, from the row-major {@code b}: a vector at a time, then singly. */
    private static void edgeColumns(double[] a, int rowStride, int colStride, double[] b, double[] bias,
                                    double[] c, int k, int n, int i, int from) {
        int j = from;
        for (; j + LANES <= n; j += LANES) {
            oneVector(a, rowStride, colStride, b, bias, c, k, n, i, j);
        }
        scalarColumns(a, rowStride, colStride, b, bias, c, k, n, i, j);
    }

    /**
     * The inner kernel: the block of six rows and one panel of the result at row {@code i}, column
     * {@code j}, from six rows of L read in place and one column panel ({@code panels[panel + p *
     * BLOCK_COLS + col]}).
     */
    private static void sixRowBlock(double[] a, int rowStride, int colStride, double[] panels, int panel,
                                    double[] bias, double[] c, int k, int n, int i, int j) {
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
        int a0 = i * rowStride;
        for (int p = 0; p < k; p++) {
            int bp = panel + p * BLOCK_COLS;
            DoubleVector b0 = DoubleVector.fromArray(SPECIES, panels, bp);
            DoubleVector b1 = DoubleVector.fromArray(SPECIES, panels, bp + LANES);
            int ap = a0 + p * colStride;
            DoubleVector x = DoubleVector.broadcast(SPECIES, a[ap]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            x = DoubleVector.broadcast(SPECIES, a[ap + 1 * rowStride]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            x = DoubleVector.broadcast(SPECIES, a[ap + 2 * rowStride]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            x = DoubleVector.broadcast(SPECIES, a[ap + 3 * rowStride]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            x = DoubleVector.broadcast(SPECIES, a[ap + 4 * rowStride]);
            c40 = x.fma(b0, c40);
            c41 = x.fma(b1, c41);
            x = DoubleVector.broadcast(SPECIES, a[ap + 5 * rowStride]);
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

    /** The block of four rows and one panel at row {@code i}, column {@code j}: the rows of L read in place, B from its panel. */
    private static void fourRowBlock(double[] a, int rowStride, int colStride, double[] panels, int panel,
                                 double[] bias, double[] c, int k, int n, int i, int j) {
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
            int bp = panel + p * BLOCK_COLS;
            DoubleVector b0 = DoubleVector.fromArray(SPECIES, panels, bp);
            DoubleVector b1 = DoubleVector.fromArray(SPECIES, panels, bp + LANES);
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

    /** One row of L times one panel of B: the one-row block at row {@code i}, column {@code j}. */
    private static void oneRowBlock(double[] a, int rowStride, int colStride, double[] panels, int panel,
                                 double[] bias, double[] c, int k, int n, int i, int j) {
        DoubleVector sum0 = DoubleVector.zero(SPECIES);
        DoubleVector sum1 = DoubleVector.zero(SPECIES);
        int a0 = i * rowStride;
        for (int p = 0; p < k; p++) {
            int bp = panel + p * BLOCK_COLS;
            DoubleVector x = DoubleVector.broadcast(SPECIES, a[a0 + p * colStride]);
            sum0 = x.fma(DoubleVector.fromArray(SPECIES, panels, bp), sum0);
            sum1 = x.fma(DoubleVector.fromArray(SPECIES, panels, bp + LANES), sum1);
        }
        if (bias != null) {
            sum0 = sum0.add(DoubleVector.fromArray(SPECIES, bias, j));
            sum1 = sum1.add(DoubleVector.fromArray(SPECIES, bias, j + LANES));
        }
        sum0.intoArray(c, i * n + j);
        sum1.intoArray(c, i * n + j + LANES);
    }

    private static void oneVector(double[] a, int rowStride, int colStride, double[] b, double[] bias,
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

    // ------------------------------------------------------------ short and narrow products

    /**
     * Rows {@code [from, to)} of {@code C = A B (+ bias)} when the shared dimension {@code k} is 1 or 2 (a 2-D point
     * entering its first layer; a logit's gradient going back through its last): each group of
     * four result numbers is a chain of one or two multiply-adds, so there is nothing to block;
     * the row's one or two numbers are broadcast once and swept along the columns of B.
     */
    private static void shortProducts(double[] a, double[] b, double[] bias, double[] c, int k, int n, int from,
                                      int to) {
        int vectorEnd = n - n % LANES;
        DoubleVector zero = DoubleVector.zero(SPECIES);
        for (int i = from; i < to; i++) {
            DoubleVector x0 = DoubleVector.broadcast(SPECIES, a[i * k]);
            int c0 = i * n;
            if (k == 1) {
                for (int j = 0; j < vectorEnd; j += LANES) {
                    DoubleVector sum = x0.fma(DoubleVector.fromArray(SPECIES, b, j), zero);
                    if (bias != null) {
                        sum = sum.add(DoubleVector.fromArray(SPECIES, bias, j));
                    }
                    sum.intoArray(c, c0 + j);
                }
            } else {
                DoubleVector x1 = DoubleVector.broadcast(SPECIES, a[i * k + 1]);
                for (int j = 0; j < vectorEnd; j += LANES) {
                    DoubleVector sum = x1.fma(DoubleVector.fromArray(SPECIES, b, n + j),
                            x0.fma(DoubleVector.fromArray(SPECIES, b, j), zero));
                    if (bias != null) {
                        sum = sum.add(DoubleVector.fromArray(SPECIES, bias, j));
                    }
                    sum.intoArray(c, c0 + j);
                }
            }
            scalarColumns(a, k, 1, b, bias, c, k, n, i, vectorEnd);
        }
    }

    /**
     * {@code C = L B} for fewer than six rows of L (a weight gradient of a layer with one or two
     * inputs): two rows and 16 columns at a time, eight independent sums, enough to keep both
     * FMA units busy while each multiply-add waits for the one before it in its sum. The last
     * row of an odd count is paired with itself: computed twice and stored twice, the same bits.
     */
    private static void fewRows(double[] a, int rowStride, int colStride, double[] b, double[] c, int k, int n,
                                int m) {
        for (int i = 0; i < m; i += 2) {
            int second = Math.min(i + 1, m - 1);
            int a0 = i * rowStride;
            int a1 = second * rowStride;
            int j = 0;
            for (; j + WIDE_COLS <= n; j += WIDE_COLS) {
                DoubleVector sum00 = DoubleVector.zero(SPECIES);
                DoubleVector sum01 = DoubleVector.zero(SPECIES);
                DoubleVector sum02 = DoubleVector.zero(SPECIES);
                DoubleVector sum03 = DoubleVector.zero(SPECIES);
                DoubleVector sum10 = DoubleVector.zero(SPECIES);
                DoubleVector sum11 = DoubleVector.zero(SPECIES);
                DoubleVector sum12 = DoubleVector.zero(SPECIES);
                DoubleVector sum13 = DoubleVector.zero(SPECIES);
                for (int p = 0; p < k; p++) {
                    int bp = p * n + j;
                    DoubleVector b0 = DoubleVector.fromArray(SPECIES, b, bp);
                    DoubleVector b1 = DoubleVector.fromArray(SPECIES, b, bp + LANES);
                    DoubleVector b2 = DoubleVector.fromArray(SPECIES, b, bp + 2 * LANES);
                    DoubleVector b3 = DoubleVector.fromArray(SPECIES, b, bp + 3 * LANES);
                    DoubleVector x0 = DoubleVector.broadcast(SPECIES, a[a0 + p * colStride]);
                    DoubleVector x1 = DoubleVector.broadcast(SPECIES, a[a1 + p * colStride]);
                    sum00 = x0.fma(b0, sum00);
                    sum01 = x0.fma(b1, sum01);
                    sum02 = x0.fma(b2, sum02);
                    sum03 = x0.fma(b3, sum03);
                    sum10 = x1.fma(b0, sum10);
                    sum11 = x1.fma(b1, sum11);
                    sum12 = x1.fma(b2, sum12);
                    sum13 = x1.fma(b3, sum13);
                }
                int c0 = i * n + j;
                int c1 = second * n + j;
                sum00.intoArray(c, c0);
                sum01.intoArray(c, c0 + LANES);
                sum02.intoArray(c, c0 + 2 * LANES);
                sum03.intoArray(c, c0 + 3 * LANES);
                sum10.intoArray(c, c1);
                sum11.intoArray(c, c1 + LANES);
                sum12.intoArray(c, c1 + 2 * LANES);
                sum13.intoArray(c, c1 + 3 * LANES);
            }
            edgeColumns(a, rowStride, colStride, b, null, c, k, n, i, j);
            edgeColumns(a, rowStride, colStride, b, null, c, k, n, second, j);
        }
    }

    /**
     * Rows {@code [from, to)} of {@code C = A Bt^T (+ bias)} for a result only {@code n < 4}
     * columns wide: each element is the dot product of row i of {@code a} ({@code m x k}) and
     * row j of {@code bt} ({@code n x k}), vectorised along {@code k}: four partial sums, one per
     * lane, added in lane order, then the last {@code k % 4} products. Four rows are done side by
     * side so that four chains of multiply-adds run at once.
     */
    private static void rowDotProducts(double[] a, double[] bt, double[] bias, double[] c, int k, int n,
                                       int from, int to) {
        if (LANES != 4) {
            rowDotProductsInScalars(a, bt, bias, c, k, n, from, to);
            return;
        }
        int vectorEnd = k - k % 4;
        int i = from;
        for (; i + 4 <= to; i += 4) {
            int a0 = i * k;
            for (int j = 0; j < n; j++) {
                int bRow = j * k;
                DoubleVector sum0 = DoubleVector.zero(SPECIES);
                DoubleVector sum1 = DoubleVector.zero(SPECIES);
                DoubleVector sum2 = DoubleVector.zero(SPECIES);
                DoubleVector sum3 = DoubleVector.zero(SPECIES);
                for (int p = 0; p < vectorEnd; p += 4) {
                    DoubleVector y = four(bt, bRow + p);
                    sum0 = four(a, a0 + p).fma(y, sum0);
                    sum1 = four(a, a0 + k + p).fma(y, sum1);
                    sum2 = four(a, a0 + 2 * k + p).fma(y, sum2);
                    sum3 = four(a, a0 + 3 * k + p).fma(y, sum3);
                }
                c[i * n + j] = finishDot(sum0, a, a0, bt, bRow, vectorEnd, k, bias, j);
                c[(i + 1) * n + j] = finishDot(sum1, a, a0 + k, bt, bRow, vectorEnd, k, bias, j);
                c[(i + 2) * n + j] = finishDot(sum2, a, a0 + 2 * k, bt, bRow, vectorEnd, k, bias, j);
                c[(i + 3) * n + j] = finishDot(sum3, a, a0 + 3 * k, bt, bRow, vectorEnd, k, bias, j);
            }
        }
        for (; i < to; i++) {
            int aRow = i * k;
            for (int j = 0; j < n; j++) {
                int bRow = j * k;
                DoubleVector sum = DoubleVector.zero(SPECIES);
                for (int p = 0; p < vectorEnd; p += 4) {
                    sum = four(a, aRow + p).fma(four(bt, bRow + p), sum);
                }
                c[i * n + j] = finishDot(sum, a, aRow, bt, bRow, vectorEnd, k, bias, j);
            }
        }
    }

    /** Four numbers of {@code x} from {@code i}: a dot product's four partial sums (256-bit vectors). */
    private static DoubleVector four(double[] x, int i) {
        return DoubleVector.fromArray(SPECIES, x, i);
    }

    /**
     * {@link #rowDotProducts} where vectors hold more than four doubles: the same four partial sums
     * in four scalars (vectors of another width in this JVM would slow every kernel down, see
     * {@link VectorShape}). These products are small: a logit or a 2-D point per row. Two rows at a
     * time, so that eight chains of multiply-adds run at once instead of waiting on four.
     */
    private static void rowDotProductsInScalars(double[] a, double[] bt, double[] bias, double[] c, int k, int n,
                                                int from, int to) {
        int end = k - k % 4;
        for (int i = from; i < to; i += 2) {
            // The last row of an odd count is paired with itself: computed twice, stored twice, the same bits.
            int second = Math.min(i + 1, to - 1);
            int aRow = i * k;
            int aNext = second * k;
            for (int j = 0; j < n; j++) {
                int bRow = j * k;
                double lane0 = 0.0;
                double lane1 = 0.0;
                double lane2 = 0.0;
                double lane3 = 0.0;
                double next0 = 0.0;
                double next1 = 0.0;
                double next2 = 0.0;
                double next3 = 0.0;
                for (int p = 0; p < end; p += 4) {
                    double y0 = bt[bRow + p];
                    double y1 = bt[bRow + p + 1];
                    double y2 = bt[bRow + p + 2];
                    double y3 = bt[bRow + p + 3];
                    lane0 = Math.fma(a[aRow + p], y0, lane0);
                    lane1 = Math.fma(a[aRow + p + 1], y1, lane1);
                    lane2 = Math.fma(a[aRow + p + 2], y2, lane2);
                    lane3 = Math.fma(a[aRow + p + 3], y3, lane3);
                    next0 = Math.fma(a[aNext + p], y0, next0);
                    next1 = Math.fma(a[aNext + p + 1], y1, next1);
                    next2 = Math.fma(a[aNext + p + 2], y2, next2);
                    next3 = Math.fma(a[aNext + p + 3], y3, next3);
                }
                c[i * n + j] = finishLanes(lane0 + lane1 + lane2 + lane3, a, aRow, bt, bRow, end, k, bias, j);
                c[second * n + j] = finishLanes(next0 + next1 + next2 + next3, a, aNext, bt, bRow, end, k, bias, j);
            }
        }
    }

    /**
     * The end of one dot product: the lanes added in lane order (spelled out, because {@code
     * reduceLanes} may add them in any order, which could differ between interpreted and compiled
     * code and so between runs), the products past the last full vector, and the bias.
     */
    private static double finishDot(DoubleVector sum, double[] a, int aRow, double[] bt, int bRow, int vectorEnd,
                                    int k, double[] bias, int j) {
        return finishLanes(sum.lane(0) + sum.lane(1) + sum.lane(2) + sum.lane(3), a, aRow, bt, bRow, vectorEnd, k,
                bias, j);
    }

    /** The end of one dot product, from the sum of its four lanes: the last products and the bias. */
    private static double finishLanes(double lanes, double[] a, int aRow, double[] bt, int bRow, int end, int k,
                                      double[] bias, int j) {
        double total = lanes;
        for (int p = end; p < k; p++) {
            total = Math.fma(a[aRow + p], bt[bRow + p], total);
        }
        return bias == null ? total : total + bias[j];
    }

    /**
     * {@code C = A^T B} for a result only {@code n < 4} columns wide ({@code a} is {@code k x m},
     * {@code b} is {@code k x n}): for each output column, vectorised along the rows of the
     * result, which are contiguous in each row of {@code a}; eight vectors of rows (eight
     * chains of multiply-adds) at a time, then four vectors, then one, then single rows.
     */
    private static void narrowTransposeA(double[] a, double[] b, double[] c, int k, int m, int n) {
        for (int j = 0; j < n; j++) {
            int i = 0;
            for (; i + 8 * LANES <= m; i += 8 * LANES) {
                DoubleVector sum0 = DoubleVector.zero(SPECIES);
                DoubleVector sum1 = DoubleVector.zero(SPECIES);
                DoubleVector sum2 = DoubleVector.zero(SPECIES);
                DoubleVector sum3 = DoubleVector.zero(SPECIES);
                DoubleVector sum4 = DoubleVector.zero(SPECIES);
                DoubleVector sum5 = DoubleVector.zero(SPECIES);
                DoubleVector sum6 = DoubleVector.zero(SPECIES);
                DoubleVector sum7 = DoubleVector.zero(SPECIES);
                for (int p = 0; p < k; p++) {
                    DoubleVector y = DoubleVector.broadcast(SPECIES, b[p * n + j]);
                    int ap = p * m + i;
                    sum0 = DoubleVector.fromArray(SPECIES, a, ap).fma(y, sum0);
                    sum1 = DoubleVector.fromArray(SPECIES, a, ap + LANES).fma(y, sum1);
                    sum2 = DoubleVector.fromArray(SPECIES, a, ap + 2 * LANES).fma(y, sum2);
                    sum3 = DoubleVector.fromArray(SPECIES, a, ap + 3 * LANES).fma(y, sum3);
                    sum4 = DoubleVector.fromArray(SPECIES, a, ap + 4 * LANES).fma(y, sum4);
                    sum5 = DoubleVector.fromArray(SPECIES, a, ap + 5 * LANES).fma(y, sum5);
                    sum6 = DoubleVector.fromArray(SPECIES, a, ap + 6 * LANES).fma(y, sum6);
                    sum7 = DoubleVector.fromArray(SPECIES, a, ap + 7 * LANES).fma(y, sum7);
                }
                storeColumn(sum0, c, i, n, j);
                storeColumn(sum1, c, i + LANES, n, j);
                storeColumn(sum2, c, i + 2 * LANES, n, j);
                storeColumn(sum3, c, i + 3 * LANES, n, j);
                storeColumn(sum4, c, i + 4 * LANES, n, j);
                storeColumn(sum5, c, i + 5 * LANES, n, j);
                storeColumn(sum6, c, i + 6 * LANES, n, j);
                storeColumn(sum7, c, i + 7 * LANES, n, j);
            }
            for (; i + 4 * LANES <= m; i += 4 * LANES) {
                DoubleVector sum0 = DoubleVector.zero(SPECIES);
                DoubleVector sum1 = DoubleVector.zero(SPECIES);
                DoubleVector sum2 = DoubleVector.zero(SPECIES);
                DoubleVector sum3 = DoubleVector.zero(SPECIES);
                for (int p = 0; p < k; p++) {
                    DoubleVector y = DoubleVector.broadcast(SPECIES, b[p * n + j]);
                    int ap = p * m + i;
                    sum0 = DoubleVector.fromArray(SPECIES, a, ap).fma(y, sum0);
                    sum1 = DoubleVector.fromArray(SPECIES, a, ap + LANES).fma(y, sum1);
                    sum2 = DoubleVector.fromArray(SPECIES, a, ap + 2 * LANES).fma(y, sum2);
                    sum3 = DoubleVector.fromArray(SPECIES, a, ap + 3 * LANES).fma(y, sum3);
                }
                storeColumn(sum0, c, i, n, j);
                storeColumn(sum1, c, i + LANES, n, j);
                storeColumn(sum2, c, i + 2 * LANES, n, j);
                storeColumn(sum3, c, i + 3 * LANES, n, j);
            }
            for (; i + LANES <= m; i += LANES) {
                DoubleVector sum = DoubleVector.zero(SPECIES);
                for (int p = 0; p < k; p++) {
                    sum = DoubleVector.fromArray(SPECIES, a, p * m + i)
                            .fma(DoubleVector.broadcast(SPECIES, b[p * n + j]), sum);
                }
                storeColumn(sum, c, i, n, j);
            }
            for (; i < m; i++) {
                double sum = 0.0;
                for (int p = 0; p < k; p++) {
                    sum = Math.fma(a[p * m + i], b[p * n + j], sum);
                }
                c[i * n + j] = sum;
            }
        }
    }

    /** Writes the lanes of {@code sum} to rows {@code i..i+LANES-1} of column {@code j} of {@code c}. */
    private static void storeColumn(DoubleVector sum, double[] c, int i, int n, int j) {
        if (n == 1) {
            sum.intoArray(c, i);
            return;
        }
        for (int lane = 0; lane < LANES; lane++) {
            c[(i + lane) * n + j] = sum.lane(lane);
        }
    }
}
