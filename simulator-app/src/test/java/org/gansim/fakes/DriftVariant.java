package org.gansim.fakes;

import java.util.List;
import java.util.random.RandomGenerator;
import org.gansim.api.ApiVersion;
import org.gansim.api.GanVariant;
import org.gansim.api.param.ParamSpec;
import org.gansim.api.param.Params;
import org.gansim.api.Batch;
import org.gansim.api.FrozenGan;
import org.gansim.api.Gan;
import org.gansim.api.GanSetup;
import org.gansim.api.StepReport;

/**
 * A fake variant for host tests, small enough to reason about by hand: the "discriminator" tracks the
 * mean of the real data (m += lr_d * (mean(real) - m)) and the generator, G(z) = mu + scale * z,
 * drifts its centre towards it (mu += lr_g * (m - mu)). Its numbers depend on every batch it is given,
 * so determinism tests see any change in the data or noise streams.
 *
 * <p>{@code fault} makes it misbehave from step {@code fault_step} on: {@code throw} throws,
 * {@code nan} reports a NaN loss, {@code shape} freezes a generator that returns one point too few,
 * {@code loop} spins until its thread is interrupted (an endless loop that lets the test JVM go once
 * the host gives up on it).
 */
public final class DriftVariant implements GanVariant {

    private final String id;

    public DriftVariant() {
        this("drift");
    }

    public DriftVariant(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int apiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public String name() {
        return "Drift " + id;
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.decimal("lr_d", "D rate", 0.1, 1e-6, 1).logScale(),
                ParamSpec.decimal("lr_g", "G rate", 0.05, 1e-6, 1).logScale(),
                ParamSpec.integer("width", "Width", 4, 1, 64).resetRequired(),
                ParamSpec.choice("fault", "Fault", "none", "none", "throw", "nan", "shape", "loop"),
                ParamSpec.integer("fault_step", "Fault step", 5, 1, 1_000_000));
    }

    @Override
    public Gan create(GanSetup setup) {
        return new DriftGan(setup);
    }

    /** The live fake GAN. */
    public static final class DriftGan implements Gan {
        private final int dim;
        private final int latentDim;
        private final double[] mu;
        private final double[] m;
        private double scale = 0.3;
        private Params params;
        private int generatorSteps;
        private final RandomGenerator stepRandom;

        DriftGan(GanSetup setup) {
            this.dim = setup.dataDim();
            this.latentDim = setup.latentDim();
            this.params = setup.params();
            RandomGenerator init = setup.initRandom();
            this.mu = new double[dim];
            this.m = new double[dim];
            for (int a = 0; a < dim; a++) {
                mu[a] = init.nextGaussian();
            }
            this.stepRandom = setup.stepRandom();
        }

        @Override
        public StepReport discriminatorStep(Batch real, Batch latent) {
            double[] realMean = mean(real.points(), dim);
            double[] fakeMean = mean(generate(mu, scale, latent, dim, latentDim), dim);
            double lr = params.getDouble("lr_d");
            double gap = 0;
            for (int a = 0; a < dim; a++) {
                m[a] += lr * (realMean[a] - m[a]);
                gap += (realMean[a] - fakeMean[a]) * (realMean[a] - fakeMean[a]);
            }
            return StepReport.empty().with(StepReport.D_LOSS, gap).with(StepReport.D_REAL, 0.5 + 0.1 * stepRandom.nextDouble())
                    .with(StepReport.D_FAKE, 0.5).with(StepReport.D_ACCURACY, 0.5);
        }

        @Override
        public StepReport generatorStep(Batch latent) {
            generatorSteps++;
            String fault = params.getString("fault");
            if (generatorSteps >= params.getInt("fault_step")) {
                if (fault.equals("throw")) {
                    throw new IllegalStateException("boom at step " + generatorSteps);
                }
                if (fault.equals("loop")) {
                    while (!Thread.currentThread().isInterrupted()) {
                        Thread.onSpinWait();
                    }
                }
                if (fault.equals("nan")) {
                    return StepReport.empty().with(StepReport.G_LOSS, Double.NaN);
                }
            }
            double lr = params.getDouble("lr_g");
            double loss = 0;
            for (int a = 0; a < dim; a++) {
                mu[a] += lr * (m[a] - mu[a]);
                loss += (m[a] - mu[a]) * (m[a] - mu[a]);
            }
            return StepReport.empty().with(StepReport.G_LOSS, loss);
        }

        @Override
        public void updateParams(Params newParams) {
            this.params = newParams;
        }

        @Override
        public FrozenGan freeze() {
            double[] muCopy = mu.clone();
            double[] mCopy = m.clone();
            double s = scale;
            int missing = params.getString("fault").equals("shape") && generatorSteps >= params.getInt("fault_step")
                    ? dim : 0;
            return new FrozenGan() {
                public int dataDim() {
                    return dim;
                }

                public int latentDim() {
                    return latentDim;
                }

                public int classes() {
                    return 0;
                }

                public boolean discriminatorIsProbability() {
                    return true;
                }

                public double[] generate(Batch latent) {
                    double[] points = DriftGan.generate(muCopy, s, latent, dim, latentDim);
                    return java.util.Arrays.copyOf(points, points.length - missing);
                }

                public double[] discriminate(Batch points) {
                    double[] out = new double[points.size()];
                    for (int i = 0; i < out.length; i++) {
                        double d2 = 0;
                        for (int a = 0; a < dim; a++) {
                            double d = points.get(i, a) - mCopy[a];
                            d2 += d * d;
                        }
                        out[i] = Math.exp(-d2);
                    }
                    return out;
                }

                public double[] discriminatorGradient(Batch points) {
                    return new double[points.size() * dim];
                }
            };
        }

        /** The generator's centre now, for tests. */
        public double[] centre() {
            return mu.clone();
        }

        static double[] generate(double[] mu, double scale, Batch latent, int dim, int latentDim) {
            double[] out = new double[latent.size() * dim];
            for (int i = 0; i < latent.size(); i++) {
                for (int a = 0; a < dim; a++) {
                    out[i * dim + a] = mu[a] + scale * latent.get(i, a % latentDim);
                }
            }
            return out;
        }

        static double[] mean(double[] points, int dim) {
            double[] mean = new double[dim];
            int n = points.length / dim;
            for (int i = 0; i < n; i++) {
                for (int a = 0; a < dim; a++) {
                    mean[a] += points[i * dim + a] / n;
                }
            }
            return mean;
        }
    }
}
