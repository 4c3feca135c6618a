package org.gansim.samples;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.gansim.api.param.Params;
import org.gansim.api.Batch;
import org.gansim.api.FrozenGan;
import org.gansim.api.Gan;
import org.gansim.api.GanSetup;
import org.gansim.api.StepReport;

/**
 * The smallest honest GAN, with gradients worked out by hand, for the kit's own tests: G(z) = A z + b
 * (+ a bias per class), D(x) = sigmoid(w . x + c (+ a bias per class)), the standard discriminator
 * loss and the non-saturating generator loss, plain gradient descent.
 *
 * <p>Fields are protected so the broken fixtures can each get one thing wrong.
 */
public class LinearGan implements Gan {

    protected final int dataDim;
    protected final int latentDim;
    protected final int classes;
    protected double learningRate;
    protected double[] a;       // dataDim x latentDim, row-major
    protected double[] b;       // dataDim
    protected double[] gClass;  // classes x dataDim
    protected double[] w;       // dataDim
    protected double c;
    protected double[] dClass;  // classes

    public LinearGan(GanSetup setup) {
        this.dataDim = setup.dataDim();
        this.latentDim = setup.latentDim();
        this.classes = setup.classes();
        this.learningRate = setup.params().getDouble("lr");
        RandomGenerator init = initRandom(setup);
        a = new double[dataDim * latentDim];
        for (int i = 0; i < a.length; i++) {
            a[i] = 0.5 * init.nextGaussian();
        }
        b = new double[dataDim];
        gClass = new double[Math.max(classes, 1) * dataDim];
        w = new double[dataDim];
        for (int i = 0; i < w.length; i++) {
            w[i] = 0.1 * init.nextGaussian();
        }
        dClass = new double[Math.max(classes, 1)];
    }

    /** Where the initial weights come from. */
    protected RandomGenerator initRandom(GanSetup setup) {
        return setup.initRandom();
    }

    protected static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    /** log(1 + e^x) without overflow. */
    protected static double softplus(double x) {
        return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
    }

    protected static int label(Batch batch, int row) {
        return batch.hasLabels() ? batch.label(row) : 0;
    }

    protected double[] generate(Batch latent) {
        return new Frozen(this).generate(latent);
    }

    protected double score(double[] points, int row, int label) {
        double s = c + (classes > 0 ? dClass[label] : 0);
        for (int j = 0; j < dataDim; j++) {
            s += w[j] * points[row * dataDim + j];
        }
        return s;
    }

    @Override
    public StepReport discriminatorStep(Batch real, Batch latent) {
        double[] x = real.points();
        double[] fake = generate(latent);
        int n = real.size();
        int m = latent.size();
        double[] gw = new double[dataDim];
        double gc = 0;
        double[] gd = new double[dClass.length];
        double loss = 0;
        double meanReal = 0;
        double meanFake = 0;
        int correct = 0;
        for (int i = 0; i < n; i++) {
            double s = score(x, i, label(real, i));
            double p = sigmoid(s);
            loss += softplus(-s) / n;
            meanReal += p / n;
            correct += p > 0.5 ? 1 : 0;
            double ds = (p - 1) / n;               // d softplus(-s) / ds
            accumulate(gw, x, i, ds);
            gc += ds;
            gd[label(real, i)] += ds;
        }
        for (int i = 0; i < m; i++) {
            double s = score(fake, i, label(latent, i));
            double p = sigmoid(s);
            loss += softplus(s) / m;
            meanFake += p / m;
            correct += p < 0.5 ? 1 : 0;
            double ds = p / m;                     // d softplus(s) / ds
            accumulate(gw, fake, i, ds);
            gc += ds;
            gd[label(latent, i)] += ds;
        }
        updateDiscriminator(gw, gc, gd);
        Map<String, Double> report = new LinkedHashMap<>();
        report.put(StepReport.D_LOSS, loss);
        report.put(StepReport.D_REAL, meanReal);
        report.put(StepReport.D_FAKE, meanFake);
        report.put(StepReport.D_ACCURACY, correct / (double) (n + m));
        return StepReport.of(report);
    }

    private void accumulate(double[] gradient, double[] points, int row, double factor) {
        for (int j = 0; j < dataDim; j++) {
            gradient[j] += factor * points[row * dataDim + j];
        }
    }

    /** Gradient descent on D's weights. */
    protected void updateDiscriminator(double[] gw, double gc, double[] gd) {
        for (int j = 0; j < dataDim; j++) {
            w[j] -= learningRate * gw[j];
        }
        c -= learningRate * gc;
        if (classes > 0) {
            for (int k = 0; k < classes; k++) {
                dClass[k] -= learningRate * gd[k];
            }
        }
    }

    @Override
    public StepReport generatorStep(Batch latent) {
        double[] fake = generate(latent);
        double[] z = latent.points();
        int m = latent.size();
        double[] ga = new double[a.length];
        double[] gb = new double[dataDim];
        double[] gk = new double[gClass.length];
        double loss = 0;
        for (int i = 0; i < m; i++) {
            int y = label(latent, i);
            double s = score(fake, i, y);
            loss += softplus(-s) / m;
            double ds = (sigmoid(s) - 1) / m;       // non-saturating: d softplus(-s) / ds
            for (int j = 0; j < dataDim; j++) {
                double dx = ds * w[j];              // ds/dx_j = w_j
                gb[j] += dx;
                gk[y * dataDim + j] += dx;
                for (int k = 0; k < latentDim; k++) {
                    ga[j * latentDim + k] += dx * z[i * latentDim + k];
                }
            }
        }
        for (int i = 0; i < a.length; i++) {
            a[i] -= learningRate * ga[i];
        }
        for (int j = 0; j < dataDim; j++) {
            b[j] -= learningRate * gb[j];
        }
        if (classes > 0) {
            for (int i = 0; i < gClass.length; i++) {
                gClass[i] -= learningRate * gk[i];
            }
        }
        return StepReport.of(Map.of(StepReport.G_LOSS, loss));
    }

    @Override
    public void updateParams(Params params) {
        learningRate = params.getDouble("lr");
    }

    @Override
    public FrozenGan freeze() {
        return new Frozen(this);
    }

    /** An immutable copy of the weights. */
    protected static class Frozen implements FrozenGan {
        private final int dataDim;
        private final int latentDim;
        private final int classes;
        private final double[] a;
        private final double[] b;
        private final double[] gClass;
        private final double[] w;
        private final double c;
        private final double[] dClass;

        protected Frozen(LinearGan gan) {
            this(gan, true);
        }

        /** @param copy false only for the broken fixture that shares its weights */
        protected Frozen(LinearGan gan, boolean copy) {
            dataDim = gan.dataDim;
            latentDim = gan.latentDim;
            classes = gan.classes;
            a = copy ? gan.a.clone() : gan.a;
            b = copy ? gan.b.clone() : gan.b;
            gClass = copy ? gan.gClass.clone() : gan.gClass;
            w = copy ? gan.w.clone() : gan.w;
            c = gan.c;
            dClass = copy ? gan.dClass.clone() : gan.dClass;
        }

        @Override
        public int dataDim() {
            return dataDim;
        }

        @Override
        public int latentDim() {
            return latentDim;
        }

        @Override
        public int classes() {
            return classes;
        }

        @Override
        public boolean discriminatorIsProbability() {
            return true;
        }

        @Override
        public double[] generate(Batch latent) {
            double[] z = latent.points();
            double[] x = new double[latent.size() * dataDim];
            for (int i = 0; i < latent.size(); i++) {
                int y = label(latent, i);
                for (int j = 0; j < dataDim; j++) {
                    double v = b[j] + (classes > 0 ? gClass[y * dataDim + j] : 0);
                    for (int k = 0; k < latentDim; k++) {
                        v += a[j * latentDim + k] * z[i * latentDim + k];
                    }
                    x[i * dataDim + j] = v;
                }
            }
            return x;
        }

        private double score(Batch points, int row) {
            double s = c + (classes > 0 ? dClass[label(points, row)] : 0);
            for (int j = 0; j < dataDim; j++) {
                s += w[j] * points.get(row, j);
            }
            return s;
        }

        @Override
        public double[] discriminate(Batch points) {
            double[] p = new double[points.size()];
            for (int i = 0; i < p.length; i++) {
                p[i] = sigmoid(score(points, i));
            }
            return p;
        }

        @Override
        public double[] discriminatorGradient(Batch points) {
            double[] g = new double[points.size() * dataDim];
            for (int i = 0; i < points.size(); i++) {
                double p = sigmoid(score(points, i));
                for (int j = 0; j < dataDim; j++) {
                    g[i * dataDim + j] = p * (1 - p) * w[j];
                }
            }
            return g;
        }
    }
}
