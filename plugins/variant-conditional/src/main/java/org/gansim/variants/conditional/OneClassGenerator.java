package org.gansim.variants.conditional;

import java.util.Arrays;
import org.gansim.api.Batch;
import org.gansim.api.FrozenGan;

/**
 * A frozen conditional GAN whose generator is always asked for one class, whatever labels the
 * latent vectors carry: what the views show when the user picks a class. The discriminator is
 * unchanged. Immutable; any thread.
 */
record OneClassGenerator(FrozenGan gan, int shownClass) implements FrozenGan {

    @Override
    public int dataDim() {
        return gan.dataDim();
    }

    @Override
    public int latentDim() {
        return gan.latentDim();
    }

    @Override
    public int classes() {
        return gan.classes();
    }

    @Override
    public boolean discriminatorIsProbability() {
        return gan.discriminatorIsProbability();
    }

    @Override
    public double[] generate(Batch latent) {
        int[] labels = new int[latent.size()];
        Arrays.fill(labels, shownClass);
        return gan.generate(latent.withLabels(labels));
    }

    @Override
    public double[] discriminate(Batch points) {
        return gan.discriminate(points);
    }

    @Override
    public double[] discriminatorGradient(Batch points) {
        return gan.discriminatorGradient(points);
    }
}
