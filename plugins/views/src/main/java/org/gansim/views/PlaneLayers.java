package org.gansim.views;

import java.util.Arrays;
import org.gansim.api.Batch;
import org.gansim.api.FrozenGan;
import org.gansim.api.LatentPrior;
import org.gansim.api.PlotBounds;
import org.gansim.api.Snapshot;

/**
 * What the 2-D data space draws besides the samples, worked out from one snapshot: D on a grid of
 * cells over the visible rectangle, the generator's push at each generated point, and the latent
 * manifold (G on a grid of latent vectors).
 *
 * <p>Computing it runs the networks thousands of times, so it is done once per snapshot on a worker
 * thread ({@link LatestOnlyWorker}); the result is immutable and handed to the Swing thread.
 *
 * @param snapshot     what it was computed from
 * @param view         the rectangle the grid covers
 * @param classShown   the class whose D and samples are shown, or -1 for all classes (D then for class 0)
 * @param gridSize     cells along each axis of the heat map
 * @param grid         D (or the critic) at the centre of each cell, row-major, row 0 at the bottom
 * @param probability  whether {@code grid} holds probabilities rather than critic scores
 * @param robustRange  the 98th percentile of |grid|: the scale of a critic's scores
 * @param arrowFrom    the generated points the arrows start at, x and y in turn
 * @param arrowPush    the direction the generator's loss moves each of them (D's input gradient)
 * @param meshSize     vertices along each latent axis of the manifold mesh (1 row when the latent size is 1)
 * @param meshRows     rows of vertices: {@code meshSize}, or 1 for a latent size of 1
 * @param mesh         G of each latent grid vertex, x and y in turn, row-major over (z2, z1)
 * @param latentRange  the mesh covers [-latentRange, latentRange] on each of the first two latent axes
 */
record PlaneLayers(Snapshot snapshot, PlotBounds view, int classShown, int gridSize, double[] grid,
                   boolean probability, double robustRange, double[] arrowFrom, double[] arrowPush,
                   int meshSize, int meshRows, double[] mesh, double latentRange) {

    /** Cells along each axis of the heat map: 64 × 64, above the 60 × 60 a smooth picture needs. */
    static final int GRID = 64;
    /** Vertices along each latent axis of the manifold mesh. */
    static final int MESH = 21;

    /**
     * Works out every layer; runs the networks, so call it off the Swing thread.
     *
     * @param points how many of the snapshot's generated points get arrows (the first ones: the same z every time)
     */
    static PlaneLayers compute(Snapshot snapshot, PlotBounds view, int classShown, int points, LatentPrior prior) {
        FrozenGan gan = snapshot.gan();
        int conditionalClass = gan.classes() > 0 ? Math.max(0, classShown) : -1;
        double[] grid = gan.discriminate(gridPoints(view, GRID, conditionalClass));
        Batch shown = generatedShown(snapshot, classShown, points);
        double[] push = shown.size() == 0 ? new double[0] : gan.discriminatorGradient(shown);
        int latentDim = gan.latentDim();
        int rows = latentDim == 1 ? 1 : MESH;
        double range = prior == LatentPrior.UNIFORM ? 1 : 2;
        double[] mesh = gan.generate(latentGrid(latentDim, MESH, rows, range, conditionalClass));
        return new PlaneLayers(snapshot, view, classShown, GRID, grid, gan.discriminatorIsProbability(),
                percentileOfMagnitude(grid, 0.98), shown.points(), push, MESH, rows, mesh, range);
    }

    /** The centres of a {@code size} × {@code size} grid of cells over {@code view}, row 0 at the bottom. */
    static Batch gridPoints(PlotBounds view, int size, int label) {
        double[] xy = new double[2 * size * size];
        for (int row = 0; row < size; row++) {
            for (int col = 0; col < size; col++) {
                int i = row * size + col;
                xy[2 * i] = view.minX() + (col + 0.5) * view.width() / size;
                xy[2 * i + 1] = view.minY() + (row + 0.5) * view.height() / size;
            }
        }
        return labelled(2, xy, size * size, label);
    }

    /**
     * Latent vectors on a grid over the first two latent axes, the others 0: a slice through latent
     * space when it has more than two dimensions.
     */
    static Batch latentGrid(int latentDim, int size, int rows, double range, int label) {
        double[] z = new double[latentDim * size * rows];
        for (int row = 0; row < rows; row++) {
            for (int col = 0; col < size; col++) {
                int i = row * size + col;
                z[i * latentDim] = -range + 2 * range * col / (size - 1);
                if (latentDim > 1) {
                    z[i * latentDim + 1] = -range + 2 * range * row / (size - 1);
                }
            }
        }
        return labelled(latentDim, z, size * rows, label);
    }

    private static Batch labelled(int dim, double[] values, int n, int label) {
        if (label < 0) {
            return Batch.of(dim, values);
        }
        int[] labels = new int[n];
        Arrays.fill(labels, label);
        return new Batch(dim, values, labels);
    }

    /** The first {@code points} generated points, only those of {@code classShown} when it is not -1. */
    static Batch generatedShown(Snapshot snapshot, int classShown, int points) {
        Batch all = snapshot.generated();
        int n = Math.min(points, all.size());
        double[] xy = new double[2 * n];
        int[] labels = all.hasLabels() ? new int[n] : null;
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (classShown >= 0 && all.hasLabels() && all.label(i) != classShown) {
                continue;
            }
            xy[2 * kept] = all.get(i, 0);
            xy[2 * kept + 1] = all.get(i, 1);
            if (labels != null) {
                labels[kept] = all.label(i);
            }
            kept++;
        }
        return new Batch(2, Arrays.copyOf(xy, 2 * kept), labels == null ? null : Arrays.copyOf(labels, kept));
    }

    /** The {@code q} quantile of the absolute values (finite ones only); 1 when there are none. */
    static double percentileOfMagnitude(double[] values, double q) {
        double[] magnitudes = Arrays.stream(values).filter(Double::isFinite).map(Math::abs).sorted().toArray();
        if (magnitudes.length == 0) {
            return 1;
        }
        return magnitudes[(int) Math.min(magnitudes.length - 1, Math.floor(q * magnitudes.length))];
    }

    /** D at data point (x, y) from the grid: the value of the cell it falls in, NaN outside the grid. */
    double discriminatorAt(double x, double y) {
        int col = (int) Math.floor((x - view.minX()) / view.width() * gridSize);
        int row = (int) Math.floor((y - view.minY()) / view.height() * gridSize);
        if (col < 0 || row < 0 || col >= gridSize || row >= gridSize) {
            return Double.NaN;
        }
        return grid[row * gridSize + col];
    }

    /**
     * The area in data space of the mesh cell whose lower-left vertex is (col, row): the quadrilateral
     * G maps the latent square to. Small cells are where G packs its samples densely.
     */
    double cellArea(int col, int row) {
        int a = row * meshSize + col;
        int b = a + 1;
        int c = a + meshSize + 1;
        int d = a + meshSize;
        double sum = cross(a, b) + cross(b, c) + cross(c, d) + cross(d, a);
        return Math.abs(sum) / 2;
    }

    private double cross(int i, int j) {
        return mesh[2 * i] * mesh[2 * j + 1] - mesh[2 * j] * mesh[2 * i + 1];
    }
}
