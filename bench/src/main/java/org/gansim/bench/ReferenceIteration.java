package org.gansim.bench;

import java.util.SplittableRandom;
import org.gansim.api.nn.Activation;
import org.gansim.api.nn.Adam;
import org.gansim.api.nn.Autograd;
import org.gansim.api.nn.Init;
import org.gansim.api.nn.Losses;
import org.gansim.api.nn.Mlp;
import org.gansim.api.nn.Optimizer;
import org.gansim.api.nn.Tensor;

/**
 * One training iteration of a plain GAN on the ring of 8 Gaussians, the workload GanSim's speed
 * is measured by (and that {@code reference_iteration.py} repeats in PyTorch).
 *
 * <p>Generator {@code 2 -> h -> h -> 2} and discriminator {@code 2 -> h -> h -> 1}, ReLU, Adam
 * (lr 1e-3, betas 0.9 and 0.999) for both. One iteration: a discriminator step (BCE with logits,
 * targets 1 and 0) on a real batch and on a fake batch made without a graph ({@link
 * Autograd#withoutGraph}), then a generator step with the non-saturating loss on fresh noise,
 * updating only the generator (the backward pass is asked for the generator's parameters only,
 * so no gradient work is spent on the discriminator's weights).
 *
 * <p>Single-threaded use.
 */
public final class ReferenceIteration {

    /** The two workloads: the reference net and one the size of GAN Lab's default. */
    public enum Size {
        /** Hidden layers of 64, batch 256. */
        REFERENCE(64, 256),
        /** Hidden layers of 8, batch 150: overheads dominate. */
        GAN_LAB(8, 150);

        final int hidden;
        final int batch;

        Size(int hidden, int batch) {
            this.hidden = hidden;
            this.batch = batch;
        }
    }

    /** Time spent in each phase, in nanoseconds, when profiling. */
    public static final class Profile {
        final String[] names = {"sample", "D forward+loss", "D backward", "D adam", "G forward+loss",
                "G backward", "G adam"};
        final long[] nanos = new long[names.length];
        long iterations;

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder();
            long total = 0;
            for (long n : nanos) {
                total += n;
            }
            for (int i = 0; i < names.length; i++) {
                text.append(String.format("  %-16s %8.1f us  %5.1f%%%n", names[i],
                        nanos[i] / 1e3 / iterations, 100.0 * nanos[i] / total));
            }
            return text.append(String.format("  %-16s %8.1f us%n", "total", total / 1e3 / iterations)).toString();
        }
    }

    private final int batch;
    private final Mlp generator;
    private final Mlp discriminator;
    private final Optimizer generatorOptimizer;
    private final Optimizer discriminatorOptimizer;
    private final SplittableRandom random;
    private final double[] realBuffer;
    private final double[] noiseBuffer;

    public ReferenceIteration(Size size, long seed) {
        this(size.hidden, size.batch, seed);
    }

    public ReferenceIteration(int hidden, int batch, long seed) {
        this.batch = batch;
        random = new SplittableRandom(seed);
        generator = Mlp.builder(2).hidden(hidden, hidden).activation(Activation.RELU)
                .output(2, Activation.IDENTITY).init(Init.he()).build(random.split());
        discriminator = Mlp.builder(2).hidden(hidden, hidden).activation(Activation.RELU)
                .output(1, Activation.IDENTITY).init(Init.he()).build(random.split());
        generatorOptimizer = new Adam(generator.parameters(), 1e-3, 0.9, 0.999, 1e-8);
        discriminatorOptimizer = new Adam(discriminator.parameters(), 1e-3, 0.9, 0.999, 1e-8);
        realBuffer = new double[batch * 2];
        noiseBuffer = new double[batch * 2];
    }

    /** One iteration; returns the sum of both losses (so that nothing can be optimised away). */
    public double step() {
        return step(null);
    }

    /** One iteration, adding the time of each phase to {@code profile} when it is not null. */
    public double step(Profile profile) {
        long t0 = System.nanoTime();
        Tensor real = ring();
        Tensor noise = noise();
        Tensor secondNoise = noise();
        long t1 = System.nanoTime();

        Tensor fake = Autograd.withoutGraph(() -> generator.forward(noise));
        discriminatorOptimizer.zeroGrad();
        Tensor discriminatorLoss = Losses.bceWithLogits(discriminator.forward(real), 1.0)
                .add(Losses.bceWithLogits(discriminator.forward(fake), 0.0));
        long t2 = System.nanoTime();
        discriminatorLoss.backward();
        long t3 = System.nanoTime();
        discriminatorOptimizer.step();
        long t4 = System.nanoTime();

        generatorOptimizer.zeroGrad();
        Tensor generatorLoss = Losses.nonSaturatingGenerator(discriminator.forward(generator.forward(secondNoise)));
        long t5 = System.nanoTime();
        generatorLoss.backward(generator.parameters());
        long t6 = System.nanoTime();
        generatorOptimizer.step();
        long t7 = System.nanoTime();
        if (profile != null) {
            long[] n = profile.nanos;
            n[0] += t1 - t0;
            n[1] += t2 - t1;
            n[2] += t3 - t2;
            n[3] += t4 - t3;
            n[4] += t5 - t4;
            n[5] += t6 - t5;
            n[6] += t7 - t6;
            profile.iterations++;
        }
        return discriminatorLoss.item() + generatorLoss.item();
    }

    /** A batch from the ring of 8 Gaussians: radius 2, standard deviation 0.02. */
    private Tensor ring() {
        double[] points = realBuffer;
        for (int r = 0; r < batch; r++) {
            int mode = random.nextInt(8);
            points[2 * r] = CENTRE_X[mode] + 0.02 * random.nextGaussian();
            points[2 * r + 1] = CENTRE_Y[mode] + 0.02 * random.nextGaussian();
        }
        return Tensor.of(batch, 2, points);
    }

    /** The eight centres, worked out once, as the PyTorch twin does. */
    private static final double[] CENTRE_X = new double[8];
    private static final double[] CENTRE_Y = new double[8];

    static {
        for (int mode = 0; mode < 8; mode++) {
            double angle = 2 * Math.PI * mode / 8;
            CENTRE_X[mode] = 2 * Math.cos(angle);
            CENTRE_Y[mode] = 2 * Math.sin(angle);
        }
    }

    private Tensor noise() {
        double[] z = noiseBuffer;
        for (int i = 0; i < z.length; i++) {
            z[i] = random.nextGaussian();
        }
        return Tensor.of(batch, 2, z);
    }

    /** The generator's current weights, for checks. */
    public double[] generatorWeights() {
        return generator.flatParameters();
    }
}
