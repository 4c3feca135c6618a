package org.gansim.api;

import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.gansim.api.param.Params;

/**
 * Everything a {@link org.gansim.api.GanVariant} needs to build its two networks.
 *
 * @param dataDim             dimension of real and generated samples (1 or 2)
 * @param classes             number of classes for a conditional GAN, 0 otherwise
 * @param latentDim           dimension of the noise z fed to the generator
 * @param prior               the distribution of z
 * @param generatorHidden     widths of the generator's hidden layers
 * @param discriminatorHidden widths of the discriminator's hidden layers
 * @param params              the variant's own parameter values, checked against its specs
 * @param seed                the seed for weight initialisation and any randomness inside a step
 * @since 1
 */
public record GanSetup(int dataDim, int classes, int latentDim, LatentPrior prior,
                       List<Integer> generatorHidden, List<Integer> discriminatorHidden,
                       Params params, long seed) {

    public GanSetup {
        if (dataDim < 1 || classes < 0 || latentDim < 1) {
            throw new IllegalArgumentException("Invalid GAN setup: data dimension " + dataDim
                    + ", classes " + classes + ", latent dimension " + latentDim);
        }
        generatorHidden = List.copyOf(generatorHidden);
        discriminatorHidden = List.copyOf(discriminatorHidden);
    }

    /** A fresh generator for initialising weights: the same seed gives the same initial networks. */
    public RandomGenerator initRandom() {
        return new SplittableRandom(seed);
    }

    /**
     * A fresh generator for randomness inside training steps (interpolation points, packing order),
     * independent of {@link #initRandom()}. Since API 2 a {@link SavableRandom} (the same numbers as
     * before), so a saved experiment can record where the stream is.
     */
    public RandomGenerator stepRandom() {
        return new SavableRandom(seed ^ 0x5DEECE66DL);
    }

    /** Whether the GAN is given class labels. */
    public boolean conditional() {
        return classes > 0;
    }
}
