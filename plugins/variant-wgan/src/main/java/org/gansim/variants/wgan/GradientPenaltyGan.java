package org.gansim.variants.wgan;

import org.gansim.api.nn.Tensor;
import org.gansim.api.Batch;
import org.gansim.api.GanSetup;

/**
 * WGAN-GP (Gulrajani et al. 2017, Algorithm 1): the critic's loss gains
 * {@code lambda * mean (|grad_x C(x^)| - 1)^2} at x^ = e x + (1 - e) G(z), with e uniform in [0, 1]
 * for each pair of a real sample x and a generated one.
 */
final class GradientPenaltyGan extends WassersteinGan {

    /** Keeps the square root differentiable where the gradient is exactly zero. */
    private static final double TINY = 1e-12;

    GradientPenaltyGan(GanSetup setup) {
        super(setup);
    }

    @Override
    Penalty penalty(Tensor realPoints, Tensor fakePoints, Batch labels) {
        int n = realPoints.rows();
        int d = realPoints.cols();
        double[] real = realPoints.toArray();
        double[] fake = fakePoints.toArray();
        double[] mixed = new double[n * d];
        for (int i = 0; i < n; i++) {
            double e = stepRandom.nextDouble();
            for (int j = 0; j < d; j++) {
                mixed[i * d + j] = e * real[i * d + j] + (1 - e) * fake[i * d + j];
            }
        }
        // The penalty's own gradient by the critic's weights is a second derivative: the norms are a
        // graph node that can be differentiated again (in closed form for the plain critic).
        Tensor norms = discriminatorGradientNorms(Tensor.of(n, d, mixed), labels, TINY);
        Tensor loss = norms.add(-1).square().mean().mul(params().getDouble(GradientPenaltyVariant.LAMBDA));
        return new Penalty(loss, norms.mean().item());
    }
}
