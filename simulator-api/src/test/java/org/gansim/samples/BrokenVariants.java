package org.gansim.samples;

import java.util.Map;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.gansim.api.Batch;
import org.gansim.api.FrozenGan;
import org.gansim.api.Gan;
import org.gansim.api.GanSetup;
import org.gansim.api.StepReport;

/** Variants that each get one thing wrong, for the kit's own tests. */
public final class BrokenVariants {

    private BrokenVariants() {
    }

    /** D climbs its loss instead of descending it: the classic sign error. */
    public static class AscendingDiscriminator extends LinearGanVariant {
        @Override
        public Gan create(GanSetup setup) {
            return new LinearGan(setup) {
                @Override
                protected void updateDiscriminator(double[] gw, double gc, double[] gd) {
                    learningRate = -Math.abs(learningRate);
                    super.updateDiscriminator(gw, gc, gd);
                    learningRate = Math.abs(learningRate);
                }
            };
        }
    }

    /** Initialises from a generator of its own: not reproducible. */
    public static class OwnRandomness extends LinearGanVariant {
        @Override
        public Gan create(GanSetup setup) {
            return new LinearGan(setup) {
                @Override
                protected RandomGenerator initRandom(GanSetup ignored) {
                    return new Random();
                }
            };
        }
    }

    /** Its frozen copy shares the live weights. */
    public static class SharedFrozenWeights extends LinearGanVariant {
        @Override
        public Gan create(GanSetup setup) {
            return new LinearGan(setup) {
                @Override
                public FrozenGan freeze() {
                    return new Frozen(this, false);
                }
            };
        }
    }

    /** Its discriminator step also moves the generator. */
    public static class DStepMovesG extends LinearGanVariant {
        @Override
        public Gan create(GanSetup setup) {
            return new LinearGan(setup) {
                @Override
                public StepReport discriminatorStep(Batch real, Batch latent) {
                    b[0] += 0.01;
                    return super.discriminatorStep(real, latent);
                }
            };
        }
    }

    /** Its generator step does nothing. */
    public static class LazyGenerator extends LinearGanVariant {
        @Override
        public Gan create(GanSetup setup) {
            return new LinearGan(setup) {
                @Override
                public StepReport generatorStep(Batch latent) {
                    return StepReport.of(Map.of(StepReport.G_LOSS, 0.7));
                }
            };
        }
    }

    /** Reports a NaN generator loss. */
    public static class NaNLoss extends LinearGanVariant {
        @Override
        public Gan create(GanSetup setup) {
            return new LinearGan(setup) {
                @Override
                public StepReport generatorStep(Batch latent) {
                    return super.generatorStep(latent).with(StepReport.G_LOSS, Double.NaN);
                }
            };
        }
    }

    /** Forgets to report its accuracy. */
    public static class NoAccuracy extends LinearGanVariant {
        @Override
        public Gan create(GanSetup setup) {
            return new LinearGan(setup) {
                @Override
                public StepReport discriminatorStep(Batch real, Batch latent) {
                    StepReport full = super.discriminatorStep(real, latent);
                    return StepReport.of(Map.of(StepReport.D_LOSS, full.get(StepReport.D_LOSS),
                            StepReport.D_REAL, full.get(StepReport.D_REAL), StepReport.D_FAKE, full.get(StepReport.D_FAKE)));
                }
            };
        }
    }
}
