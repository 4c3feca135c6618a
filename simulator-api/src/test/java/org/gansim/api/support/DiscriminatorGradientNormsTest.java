package org.gansim.api.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import org.gansim.api.Batch;
import org.gansim.api.GanSetup;
import org.gansim.api.LatentPrior;
import org.gansim.api.StepReport;
import org.gansim.api.nn.Autograd;
import org.gansim.api.nn.Precision;
import org.gansim.api.nn.Tensor;
import org.gansim.api.param.Params;
import org.junit.jupiter.api.Test;

/**
 * The norms a gradient penalty reads, for every kind of critic {@link MlpGan} builds: plain, packed
 * (PacGAN) and conditional, in doubles and in floats, against central differences of the critic's
 * scores by each point's coordinates.
 */
class DiscriminatorGradientNormsTest {

    private static final int POINTS = 12;
    private static final double STEP = 1e-6;

    @Test
    void aPlainCriticsNormsAreThoseOfItsScoresDifferentiatedByEachPoint() {
        checkAgainstFiniteDifferences(new NetworkShape(false, 1, false), 0);
    }

    @Test
    void aPackedCriticsNormsAreEachPointsOwn() {
        checkAgainstFiniteDifferences(new NetworkShape(false, 3, false), 0);
    }

    @Test
    void aConditionalCriticsNormsLeaveTheLabelsOut() {
        checkAgainstFiniteDifferences(new NetworkShape(true, 1, false), 3);
    }

    private static void checkAgainstFiniteDifferences(NetworkShape shape, int classes) {
        for (Precision precision : Precision.values()) {
            Critic critic = new Critic(setup(classes), shape);
            double[] xy = new double[2 * POINTS];
            SplittableRandom random = new SplittableRandom(4);
            for (int i = 0; i < xy.length; i++) {
                xy[i] = random.nextDouble(-2, 2);
            }
            int[] labels = classes == 0 ? null : random.ints(POINTS, 0, classes).toArray();
            Batch batch = new Batch(2, xy, labels);

            double[] norms = precision.during(() -> critic.norms(Tensor.of(POINTS, 2, xy), batch).toArray());

            double tolerance = precision == Precision.DOUBLE ? 1e-6 : 2e-4;
            for (int i = 0; i < POINTS; i++) {
                double sumOfSquares = 0;
                for (int j = 0; j < 2; j++) {
                    double slope = (scoreSum(critic, xy, labels, 2 * i + j, STEP)
                            - scoreSum(critic, xy, labels, 2 * i + j, -STEP)) / (2 * STEP);
                    sumOfSquares += slope * slope;
                }
                assertEquals(Math.sqrt(sumOfSquares), norms[i], tolerance * Math.max(1, norms[i]),
                        shape + " in " + precision + ", point " + i);
            }
        }
    }

    /** The sum of the critic's scores, in doubles, with coordinate {@code k} moved by {@code h}. */
    private static double scoreSum(Critic critic, double[] xy, int[] labels, int k, double h) {
        double[] moved = xy.clone();
        moved[k] += h;
        return Autograd.withoutGraph(() -> critic.scores(Tensor.of(POINTS, 2, moved), new Batch(2, moved, labels))
                .sum().item());
    }

    private static GanSetup setup(int classes) {
        Params params = Params.defaults(OptimizerSettings.adam(1e-3, 0.5, 0.999).specs());
        return new GanSetup(2, classes, 2, LatentPrior.GAUSSIAN, List.of(8), List.of(16, 16), params, 5);
    }

    /** A critic of the given shape whose norms and scores the test reads; it never trains. */
    private static final class Critic extends MlpGan {

        Critic(GanSetup setup, NetworkShape shape) {
            super(setup, shape);
        }

        Tensor norms(Tensor points, Batch labels) {
            return discriminatorGradientNorms(points, labels, 0);
        }

        Tensor scores(Tensor points, Batch labels) {
            return discriminate(points, labels);
        }

        @Override
        public StepReport discriminatorStep(Batch real, Batch latent) {
            throw new UnsupportedOperationException("not trained");
        }

        @Override
        public StepReport generatorStep(Batch latent) {
            throw new UnsupportedOperationException("not trained");
        }
    }
}
