package org.gansim.api;

import java.util.Optional;
import org.gansim.api.param.Params;

/**
 * One live GAN: a generator, a discriminator (or critic), their optimizers and losses.
 *
 * <p>Created by {@link org.gansim.api.GanVariant#create}. A {@code Gan} is mutable and is only ever
 * used by the one training thread that created it; the views see it through {@link #freeze()}. The
 * training loop calls {@link #discriminatorStep} k times, then {@link #generatorStep} once.
 *
 * @since 1
 */
public interface Gan {

    /**
     * Updates the discriminator once on a batch of real samples and a batch of generated ones.
     *
     * @param real   real samples, labelled when the GAN is conditional; never null
     * @param latent latent vectors for the fake batch (labelled with the classes to generate when
     *               conditional); never null
     * @return at least {@link StepReport#D_LOSS}, {@link StepReport#D_REAL}, {@link StepReport#D_FAKE}
     *     and {@link StepReport#D_ACCURACY}
     */
    StepReport discriminatorStep(Batch real, Batch latent);

    /**
     * Updates the generator once to fool the current discriminator.
     *
     * @param latent latent vectors, labelled when conditional; never null
     * @return at least {@link StepReport#G_LOSS}
     */
    StepReport generatorStep(Batch latent);

    /**
     * Applies new values of the variant's live parameters (learning rates, critic steps, penalty
     * weight, ...) between steps, keeping optimizer state. Values have been checked against the
     * specs; parameters whose spec is not live are only changed by creating a new {@code Gan}.
     */
    void updateParams(Params params);

    /**
     * Trains from now on with every learning rate at {@code factor} times the value its parameter is
     * set to: the host's learning-rate schedule ({@code train.lr_schedule}) calls this between steps,
     * and a later {@link #updateParams} keeps the factor, so a rate changed by the user is scaled too.
     *
     * <p>Added in API 2 as a default method that ignores the factor, so a GAN written without it keeps
     * training at its set rates. GANs built on {@link org.gansim.api.support.MlpGan} follow it.
     *
     * @param factor 0 or more; 1 is the rates as set
     * @since 2
     */
    default void scaleLearningRates(double factor) {
    }

    /** An immutable copy of both networks as they are now. */
    FrozenGan freeze();

    /**
     * What this GAN has learned and accumulated, when it can say: saved with an experiment so that
     * opening it and training on gives the very numbers the original run would have given.
     *
     * <p>Added in API 2 as a default method so plugins written for API 1 keep working: they return
     * nothing, and their experiments are saved without networks (they start afresh when opened).
     * GANs built on {@link org.gansim.api.support.MlpGan} save their weights, optimizer state and
     * in-step random stream.
     *
     * @since 2
     */
    default Optional<GanState> saveState() {
        return Optional.empty();
    }

    /**
     * Puts back what {@link #saveState()} returned for a GAN built from the same setup.
     *
     * @throws IllegalArgumentException one sentence when the state does not fit this GAN
     * @throws UnsupportedOperationException when this GAN cannot restore a state (the default)
     * @since 2
     */
    default void restoreState(GanState state) {
        throw new UnsupportedOperationException("This GAN cannot restore saved networks");
    }
}
