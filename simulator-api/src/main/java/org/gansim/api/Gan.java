package org.gansim.api;

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

    /** An immutable copy of both networks as they are now. */
    FrozenGan freeze();
}
