package org.gansim.api.support;

import java.util.Arrays;
import org.gansim.api.nn.FrozenMlp;
import org.gansim.api.nn.Tensor;
import org.gansim.api.Batch;
import org.gansim.api.FrozenGan;

/**
 * Frozen copies of an {@link MlpGan}'s two networks, for the views. Immutable and safe to call from
 * any thread at once.
 *
 * <p>A packing discriminator (PacGAN) judges m samples together; to give it a value at one point x,
 * as a heat map needs, it is shown the pack (x, x, ..., x): its verdict on a pack made only of x.
 *
 * @since 1
 */
public final class MlpFrozenGan implements FrozenGan {

    private final FrozenMlp generator;
    private final FrozenMlp discriminator;
    private final int dataDim;
    private final int latentDim;
    private final int classes;
    private final int pack;
    private final boolean probability;

    /**
     * @param generator     the frozen generator, taking {@code latentDim + classes} inputs
     * @param discriminator the frozen discriminator, taking {@code pack * (dataDim + classes)} inputs
     * @param dataDim       numbers per data point
     * @param latentDim     numbers per latent vector
     * @param classes       one-hot label width, 0 when unconditional
     * @param pack          samples per discriminator input, at least 1
     * @param probability   whether D's raw output is a logit to pass through a sigmoid
     */
    public MlpFrozenGan(FrozenMlp generator, FrozenMlp discriminator, int dataDim, int latentDim, int classes,
                        int pack, boolean probability) {
        this.generator = generator;
        this.discriminator = discriminator;
        this.dataDim = dataDim;
        this.latentDim = latentDim;
        this.classes = classes;
        this.pack = pack;
        this.probability = probability;
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
        return probability;
    }

    @Override
    public double[] generate(Batch latent) {
        checkDimension(latent, latentDim, "latent vectors");
        return generator.forward(withLabels(latent), latent.size());
    }

    @Override
    public double[] discriminate(Batch points) {
        checkDimension(points, dataDim, "points");
        double[] raw = discriminator.forward(packedInputs(points), points.size());
        return probability ? probabilities(raw) : raw;
    }

    /**
     * The gradient of D's output (the probability when D outputs one) with respect to each point; for a
     * packing D, the sum over the pack's copies of the point, since moving x moves every copy.
     */
    @Override
    public double[] discriminatorGradient(Batch points) {
        checkDimension(points, dataDim, "points");
        int n = points.size();
        double[] inputs = packedInputs(points);
        double[] inputGradient = discriminator.inputGradient(inputs, n, 0);
        double[] scale = new double[n];
        if (probability) {
            double[] p = probabilities(discriminator.forward(inputs, n));
            for (int i = 0; i < n; i++) {
                scale[i] = p[i] * (1 - p[i]); // d sigmoid(l) / dl
            }
        } else {
            Arrays.fill(scale, 1);
        }
        int width = dataDim + classes;
        int inputWidth = pack * width;
        double[] gradient = new double[n * dataDim];
        for (int i = 0; i < n; i++) {
            for (int copy = 0; copy < pack; copy++) {
                for (int axis = 0; axis < dataDim; axis++) {
                    gradient[i * dataDim + axis] += scale[i] * inputGradient[i * inputWidth + copy * width + axis];
                }
            }
        }
        return gradient;
    }

    /** The sigmoid of each logit, by the engine's one sigmoid ({@link Tensor#sigmoid()}). */
    static double[] probabilities(double[] logits) {
        return Tensor.of(logits.length, 1, logits).sigmoid().toArray();
    }

    private double[] withLabels(Batch batch) {
        double[] points = batch.points();
        if (classes == 0) {
            return points;
        }
        if (!batch.hasLabels()) {
            throw new IllegalArgumentException("This conditional GAN needs labelled " + (batch.dimension() == dataDim
                    ? "points" : "latent vectors") + ", one class from 0 to " + (classes - 1) + " each");
        }
        double[] codes = OneHot.rows(batch.labels(), classes);
        int d = batch.dimension();
        double[] rows = new double[batch.size() * (d + classes)];
        for (int i = 0; i < batch.size(); i++) {
            System.arraycopy(points, i * d, rows, i * (d + classes), d);
            System.arraycopy(codes, i * classes, rows, i * (d + classes) + d, classes);
        }
        return rows;
    }

    /** Each point with its label, repeated {@code pack} times along the row. */
    private double[] packedInputs(Batch points) {
        double[] rows = withLabels(points);
        if (pack == 1) {
            return rows;
        }
        int width = dataDim + classes;
        double[] packed = new double[points.size() * pack * width];
        for (int i = 0; i < points.size(); i++) {
            for (int copy = 0; copy < pack; copy++) {
                System.arraycopy(rows, i * width, packed, (i * pack + copy) * width, width);
            }
        }
        return packed;
    }

    private static void checkDimension(Batch batch, int expected, String what) {
        if (batch.dimension() != expected) {
            throw new IllegalArgumentException("This GAN takes " + what + " of " + expected
                    + " numbers, got " + batch.dimension());
        }
    }
}
