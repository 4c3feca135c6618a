package org.gansim.api.nn;

import java.util.Objects;

/**
 * The loss functions of the common GAN variants, each the mean over a batch as a 1x1 tensor.
 *
 * <p>Every loss that starts from logits is written with {@link Tensor#softplus()} and friends,
 * which never overflow, so the value and the gradient stay finite even for logits of
 * {@code +-1e4}, where the textbook {@code log(sigmoid(x))} would give {@code -Infinity}.
 *
 * <p>Pure functions; any thread (for tensors that belong to it).
 *
 * @since 1
 */
public final class Losses {

    private Losses() {
    }

    /**
     * Binary cross-entropy between {@code sigmoid(logits)} and one target for the whole batch:
     * {@code mean(softplus(l) - t * l)}, which equals {@code -mean(t log s + (1 - t) log(1 - s))}.
     *
     * @param logits raw discriminator outputs (any shape), not null
     * @param target usually 1 for real and 0 for fake (or a smoothed label such as 0.9)
     */
    public static Tensor bceWithLogits(Tensor logits, double target) {
        Objects.requireNonNull(logits, "logits");
        return logits.softplus().sub(logits.mul(target)).mean();
    }

    /**
     * Binary cross-entropy with one target per logit.
     *
     * @param logits raw outputs, not null
     * @param targets the same shape as {@code logits} (or broadcastable to it), not null
     */
    public static Tensor bceWithLogits(Tensor logits, Tensor targets) {
        Objects.requireNonNull(logits, "logits");
        Objects.requireNonNull(targets, "targets");
        return logits.softplus().sub(logits.mul(targets)).mean();
    }

    /**
     * Plain mean squared distance to a target, {@code mean((out - target)^2)}.
     *
     * <p>LSGAN's losses are half of this ({@code 0.5 * leastSquares(...)}); the factor only scales
     * the gradient, so it is left to the variant that wants it.
     */
    public static Tensor leastSquares(Tensor outputs, double target) {
        Objects.requireNonNull(outputs, "outputs");
        return outputs.add(-target).square().mean();
    }

    /**
     * The Wasserstein critic's loss, {@code mean(fake) - mean(real)}: minimising it pushes real
     * scores up and fake scores down. The generator's loss is {@code -mean(fakeScores)}.
     */
    public static Tensor wassersteinCritic(Tensor realScores, Tensor fakeScores) {
        Objects.requireNonNull(realScores, "realScores");
        Objects.requireNonNull(fakeScores, "fakeScores");
        return fakeScores.mean().sub(realScores.mean());
    }

    /** Hinge loss on real samples, {@code mean(relu(1 - logits))}. */
    public static Tensor hingeReal(Tensor logits) {
        Objects.requireNonNull(logits, "logits");
        return logits.neg().add(1.0).relu().mean();
    }

    /** Hinge loss on fake samples, {@code mean(relu(1 + logits))}. */
    public static Tensor hingeFake(Tensor logits) {
        Objects.requireNonNull(logits, "logits");
        return logits.add(1.0).relu().mean();
    }

    /**
     * The generator loss most GANs use: {@code -mean(log sigmoid(l)) = mean(softplus(-l))}.
     * Its gradient stays strong while the discriminator confidently rejects fakes.
     */
    public static Tensor nonSaturatingGenerator(Tensor fakeLogits) {
        Objects.requireNonNull(fakeLogits, "fakeLogits");
        return fakeLogits.neg().softplus().mean();
    }

    /**
     * The original minimax generator loss, {@code mean(log(1 - sigmoid(l))) = -mean(softplus(l))},
     * which the generator minimises. Its gradient vanishes when the discriminator wins easily,
     * which is the point of showing it in class.
     */
    public static Tensor minimaxGenerator(Tensor fakeLogits) {
        Objects.requireNonNull(fakeLogits, "fakeLogits");
        return fakeLogits.softplus().neg().mean();
    }
}
