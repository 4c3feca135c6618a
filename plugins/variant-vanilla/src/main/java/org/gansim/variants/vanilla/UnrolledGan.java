package org.gansim.variants.vanilla;

import java.util.ArrayList;
import java.util.List;
import org.gansim.api.Batch;
import org.gansim.api.GanSetup;
import org.gansim.api.StepReport;
import org.gansim.api.nn.Activation;
import org.gansim.api.nn.Autograd;
import org.gansim.api.nn.Linear;
import org.gansim.api.nn.Losses;
import org.gansim.api.nn.Tensor;
import org.gansim.api.support.CrossEntropyGan;
import org.gansim.api.support.NetworkShape;
import org.gansim.api.support.VariantParams;

/**
 * The unrolled GAN of Metz et al. (2017). D is trained as in the vanilla GAN. G is trained on the
 * surrogate loss {@code f_K(theta_G, theta_D) = f(theta_G, theta_D^K)}: the value of the game
 * {@code f = mean log D(x) + mean log(1 - D(G(z)))} against the discriminator D would become after K
 * more of its own optimizer steps on this step's batches (the paper's equations 10 to 12). G minimises
 * f_K; D's real weights are not moved by the unrolling.
 *
 * <p>With {@link UnrolledVariant#SECOND_ORDER} on (the paper's method), G's gradient flows back through
 * the K updates, so G feels how D would react to it: the term {@code d theta_D^K / d theta_G} that
 * stops G from dumping its samples on the one spot D currently likes. Off, the unrolled weights are
 * constants: G just plays against the D of K steps ahead (cheaper, and a weaker cure).
 *
 * <p>The unrolled steps are Adam steps that continue the real D optimizer's state, as the authors'
 * code unrolls the optimizer in use: this class keeps a copy of Adam's running moments, updated from
 * D's gradient after each real D step. With another optimizer the unrolled steps are plain gradient
 * steps at D's learning rate. Used by one training thread only.
 */
final class UnrolledGan extends CrossEntropyGan {

    /** Keeps the square root differentiable where a running mean of squared gradients is exactly zero. */
    private static final double TINY = 1e-30;
    /** Adam's epsilon, as the real optimizer uses it. */
    private static final double EPSILON = 1e-8;

    private final double[][] firstMoments;
    private final double[][] secondMoments;
    private long adamSteps;
    /** The real batch of the last D step: the unrolled steps train on it, as the authors' code does. */
    private Batch lastRealBatch;

    UnrolledGan(GanSetup setup) {
        super(setup, NetworkShape.standard());
        List<Tensor> parameters = discriminator.parameters();
        firstMoments = new double[parameters.size()][];
        secondMoments = new double[parameters.size()][];
        for (int i = 0; i < parameters.size(); i++) {
            firstMoments[i] = new double[parameters.get(i).size()];
            secondMoments[i] = new double[parameters.get(i).size()];
        }
    }

    @Override
    public StepReport discriminatorStep(Batch real, Batch latent) {
        StepReport report = super.discriminatorStep(real, latent);
        followAdam();
        lastRealBatch = real;
        return report;
    }

    /** Updates the copy of Adam's moments from the gradient D's optimizer has just used. */
    private void followAdam() {
        double beta1 = params().getDouble(VariantParams.BETA1);
        double beta2 = params().getDouble(VariantParams.BETA2);
        List<Tensor> parameters = discriminator.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            double[] g = parameters.get(i).grad().toArray();
            double[] m = firstMoments[i];
            double[] v = secondMoments[i];
            for (int j = 0; j < g.length; j++) {
                m[j] = beta1 * m[j] + (1 - beta1) * g[j];
                v[j] = beta2 * v[j] + (1 - beta2) * g[j] * g[j];
            }
        }
        adamSteps++;
    }

    @Override
    public StepReport generatorStep(Batch latent) {
        Tensor fake = generate(latent);
        Tensor realPoints = points(lastRealBatch);
        List<Tensor> weights = unroll(realPoints, fake, params().getInt(UnrolledVariant.UNROLLING_STEPS),
                params().getBoolean(UnrolledVariant.SECOND_ORDER));
        // G minimises the value of the game against the unrolled D, i.e. maximises D's loss there.
        Tensor loss = discriminatorLoss(weights, realPoints, fake).neg();
        double gradientNorm = updateGenerator(loss, fake, fake.rows());
        return StepReport.empty()
                .with(StepReport.G_LOSS, loss.item())
                .with(StepReport.G_GRADIENT_NORM, gradientNorm);
    }

    /**
     * D's weights after {@code k} optimizer steps on D's loss for these real and generated points,
     * starting from its current weights; recorded on the graph when {@code secondOrder}.
     */
    List<Tensor> unroll(Tensor realPoints, Tensor fake, int k, boolean secondOrder) {
        List<Tensor> weights = new ArrayList<>(discriminator.parameters());
        boolean adam = VariantParams.ADAM.equals(params().getString(VariantParams.OPTIMIZER));
        // D's real optimizer's rate now, learning-rate schedule included: the unrolled steps are D's own.
        double lr = discriminatorLearningRate();
        double beta1 = params().getDouble(VariantParams.BETA1);
        double beta2 = params().getDouble(VariantParams.BETA2);
        List<Tensor> m = new ArrayList<>();
        List<Tensor> v = new ArrayList<>();
        for (int i = 0; i < weights.size(); i++) {
            Tensor w = weights.get(i);
            m.add(Tensor.of(w.rows(), w.cols(), firstMoments[i].clone()));
            v.add(Tensor.of(w.rows(), w.cols(), secondMoments[i].clone()));
        }
        for (int step = 1; step <= k; step++) {
            Tensor loss = discriminatorLoss(weights, realPoints, fake);
            List<Tensor> gradients = Autograd.grad(loss, weights, secondOrder);
            long t = adamSteps + step;
            List<Tensor> next = new ArrayList<>(weights.size());
            for (int i = 0; i < weights.size(); i++) {
                Tensor g = gradients.get(i);
                Tensor move;
                if (adam) {
                    m.set(i, m.get(i).mul(beta1).add(g.mul(1 - beta1)));
                    v.set(i, v.get(i).mul(beta2).add(g.square().mul(1 - beta2)));
                    Tensor mHat = m.get(i).mul(1 / (1 - Math.pow(beta1, t)));
                    Tensor vHat = v.get(i).mul(1 / (1 - Math.pow(beta2, t)));
                    move = mHat.div(vHat.add(TINY).sqrt().add(EPSILON));
                } else {
                    move = g;
                }
                next.add(weights.get(i).sub(move.mul(lr)));
            }
            weights = next;
        }
        return weights;
    }

    /** D's live weights and biases, in the order {@link #unroll} returns them. */
    List<Tensor> discriminatorWeights() {
        return discriminator.parameters();
    }

    /** D's cross-entropy loss with the given weights (weight then bias of each layer, input side first). */
    Tensor discriminatorLoss(List<Tensor> weights, Tensor realPoints, Tensor fakePoints) {
        return Losses.bceWithLogits(logits(weights, realPoints), 1.0)
                .add(Losses.bceWithLogits(logits(weights, fakePoints), 0.0));
    }

    /** D's forward pass written out layer by layer, so that its weights may be graph nodes. */
    Tensor logits(List<Tensor> weights, Tensor points) {
        List<Linear> layers = discriminator.layers();
        Activation activation = discriminator.activation();
        Tensor x = points;
        for (int i = 0; i < layers.size(); i++) {
            x = x.matmul(weights.get(2 * i)).add(weights.get(2 * i + 1));
            if (i < layers.size() - 1) {
                x = activation.apply(x);
            }
        }
        return x;
    }
}
