package org.gansim.api.testkit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.gansim.api.GanVariant;
import org.gansim.api.ModeSet;
import org.gansim.api.PlotBounds;
import org.gansim.api.Sampler;
import org.gansim.api.TargetDistribution;
import org.gansim.api.nn.Tensor;
import org.gansim.api.param.Params;
import org.gansim.api.Batch;
import org.gansim.api.FrozenGan;
import org.gansim.api.Gan;
import org.gansim.api.GanSetup;
import org.gansim.api.training.HistoryRecorder;
import org.gansim.api.Snapshot;
import org.gansim.api.StepReport;
import org.gansim.api.training.TrainingSettings;
import org.gansim.api.ViewContext;
import org.gansim.api.View;

/**
 * Made-up but consistent training states, for testing a view without training anything: real points
 * on a ring (two clusters in 1-D), a generator that squashes its noise into a square, a
 * discriminator that believes points near the centre, and loss curves that settle.
 *
 * <pre>{@code
 * ViewContext context = Snapshots.context(2, 0);
 * View view = new MyVisualization().create(context);
 * view.show(Snapshots.at(context, 500));
 * }</pre>
 *
 * <p>Every snapshot is immutable and built from fixed seeds: the same arguments give the same
 * snapshot. Any thread may build one; hand it to views on the Swing event thread.
 *
 * @since 1
 */
public final class Snapshots {

    private static final int POINTS = 256;

    private Snapshots() {
    }

    /**
     * A context like the app's for data of one or two dimensions, with known modes.
     *
     * @param dataDim 1 or 2
     * @param classes 0, or the number of classes of a conditional simulation
     * @return a context with latent size 2
     */
    public static ViewContext context(int dataDim, int classes) {
        if (dataDim == 1) {
            ModeSet clusters = new ModeSet(1, new double[] {-2, 2}, 0.3);
            return new ViewContext(1, classes, 2, new PlotBounds(-4, 4, 0, 1), Optional.of(clusters),
                    "two clusters (test)", "test GAN", Optional.of(mixtureDensity(clusters)));
        }
        double[] centres = new double[16];
        for (int i = 0; i < 8; i++) {
            centres[2 * i] = 2 * Math.cos(2 * Math.PI * i / 8);
            centres[2 * i + 1] = 2 * Math.sin(2 * Math.PI * i / 8);
        }
        ModeSet ring = new ModeSet(2, centres, 0.1);
        return new ViewContext(2, classes, 2, PlotBounds.square(3), Optional.of(ring),
                "ring of eight (test)", "test GAN", Optional.of(mixtureDensity(ring)));
    }

    /** The density of an equal mixture of isotropic normals at the modes, as the real points are drawn. */
    private static org.gansim.api.Density mixtureDensity(ModeSet modes) {
        return point -> {
            double sum = 0;
            for (int i = 0; i < modes.count(); i++) {
                double[] c = modes.centre(i);
                double product = 1;
                for (int axis = 0; axis < modes.dimension(); axis++) {
                    double u = (point[axis] - c[axis]) / modes.std();
                    product *= Math.exp(-u * u / 2) / (modes.std() * Math.sqrt(2 * Math.PI));
                }
                sum += product;
            }
            return sum / modes.count();
        };
    }

    /**
     * The state of a simulation of {@code context} after {@code step} generator steps, with one
     * recorded report per step (at most 1024, thinned as the app does).
     *
     * @param context what the simulation is; never null
     * @param step    0 for a fresh simulation with an empty history, or more
     * @return a snapshot whose batches match the context's dimensions and classes
     */
    public static Snapshot at(ViewContext context, long step) {
        int dim = context.dataDim();
        int latentDim = context.latentDim();
        int classes = context.classes();
        SplittableRandom rng = new SplittableRandom(7);
        ModeSet modes = context.modes().orElse(new ModeSet(dim, new double[dim], 1));
        double[] real = new double[POINTS * dim];
        int[] realLabels = new int[POINTS];
        for (int i = 0; i < POINTS; i++) {
            int mode = i % modes.count();
            double[] centre = modes.centre(mode);
            for (int axis = 0; axis < dim; axis++) {
                real[i * dim + axis] = centre[axis] + modes.std() * rng.nextGaussian();
            }
            realLabels[i] = classes == 0 ? 0 : mode % classes;
        }
        double[] z = new double[POINTS * latentDim];
        int[] latentLabels = new int[POINTS];
        for (int i = 0; i < z.length; i++) {
            z[i] = rng.nextGaussian();
        }
        for (int i = 0; i < POINTS; i++) {
            latentLabels[i] = classes == 0 ? 0 : i % classes;
        }
        Batch latent = new Batch(latentDim, z, classes == 0 ? null : latentLabels);
        FrozenGan gan = new MadeUpGan(dim, latentDim, classes);
        Batch generated = new Batch(dim, gan.generate(latent), classes == 0 ? null : latentLabels);
        return new Snapshot(step, history(step), new Batch(dim, real, classes == 0 ? null : realLabels), latent,
                generated, gan, defaultSettings(), false, 0);
    }

    private static org.gansim.api.History history(long step) {
        HistoryRecorder recorder = new HistoryRecorder(1024);
        for (long s = 1; s <= step; s++) {
            double settled = 1 - Math.exp(-s / 200.0);
            double wobble = 0.05 * Math.sin(s / 7.0);
            recorder.record(s, StepReport.of(Map.of(
                    StepReport.D_LOSS, 1.386 - 0.2 * settled + wobble,
                    StepReport.G_LOSS, 0.693 + 0.3 * settled - wobble,
                    StepReport.D_REAL, 0.5 + 0.2 * settled,
                    StepReport.D_FAKE, 0.5 - 0.1 * settled,
                    StepReport.D_ACCURACY, 0.5 + 0.3 * settled)));
        }
        return recorder.snapshot();
    }

    /** The host's default model and training settings, as a view finds them under their namespaced keys. */
    private static Params defaultSettings() {
        return TrainingSettings.defaults(new NoTarget(), new NoVariant()).all();
    }

    /** A stand-in with no parameters, only to fill in the host's own namespaces. */
    private static final class NoTarget implements TargetDistribution {
        @Override
        public String id() {
            return "testkit-target";
        }

        @Override
        public int apiVersion() {
            return org.gansim.api.ApiVersion.CURRENT;
        }

        @Override
        public Sampler create(Params params) {
            throw new UnsupportedOperationException("only a stand-in for the snapshot's settings");
        }
    }

    /** A stand-in with no parameters, only to fill in the host's own namespaces. */
    private static final class NoVariant implements GanVariant {
        @Override
        public String id() {
            return "testkit-variant";
        }

        @Override
        public int apiVersion() {
            return org.gansim.api.ApiVersion.CURRENT;
        }

        @Override
        public Gan create(GanSetup setup) {
            throw new UnsupportedOperationException("only a stand-in for the snapshot's settings");
        }
    }

    /**
     * A frozen GAN given by formulas: G(z) squashes each axis of z into (-1.5, 1.5); D(x) =
     * sigmoid(1 - |x|^2 / 2), so D believes points near the centre; its gradient is exact.
     */
    private record MadeUpGan(int dataDim, int latentDim, int classes) implements FrozenGan {

        @Override
        public boolean discriminatorIsProbability() {
            return true;
        }

        @Override
        public double[] generate(Batch latent) {
            double[] out = new double[latent.size() * dataDim];
            for (int i = 0; i < latent.size(); i++) {
                for (int axis = 0; axis < dataDim; axis++) {
                    out[i * dataDim + axis] = 1.5 * Math.tanh(latent.get(i, axis % latent.dimension()));
                }
            }
            return out;
        }

        @Override
        public double[] discriminate(Batch points) {
            double[] out = new double[points.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = sigmoid(1 - squaredNorm(points, i) / 2);
            }
            return out;
        }

        @Override
        public double[] discriminatorGradient(Batch points) {
            double[] out = new double[points.size() * points.dimension()];
            for (int i = 0; i < points.size(); i++) {
                double p = sigmoid(1 - squaredNorm(points, i) / 2);
                for (int axis = 0; axis < points.dimension(); axis++) {
                    out[i * points.dimension() + axis] = -p * (1 - p) * points.get(i, axis);
                }
            }
            return out;
        }

        private static double squaredNorm(Batch points, int row) {
            double sum = 0;
            for (int axis = 0; axis < points.dimension(); axis++) {
                sum += points.get(row, axis) * points.get(row, axis);
            }
            return sum;
        }

        /** The sigmoid of one number, by the engine's one sigmoid. */
        private static double sigmoid(double x) {
            return Tensor.of(1, 1, x).sigmoid().item();
        }
    }

    /** The contexts the view checks try: 1-D, 2-D, and 2-D with three classes. */
    static List<ViewContext> checkedContexts() {
        return List.of(context(1, 0), context(2, 0), context(2, 3));
    }
}
