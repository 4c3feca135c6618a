package org.gansim.samples;

import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import org.gansim.api.PlotBounds;
import org.gansim.api.Sampler;
import org.gansim.api.param.ParamSpec;
import org.gansim.api.param.Params;
import org.gansim.api.Batch;

/** Targets that each break one rule of the contract, for the kit's own tests. */
public final class BrokenClusters {

    private BrokenClusters() {
    }

    public static class UpperCaseId extends Cluster {
        @Override
        public String id() {
            return "My Cluster";
        }
    }

    public static class IdFromACounter extends Cluster {
        private static final AtomicInteger INSTANCES = new AtomicInteger();
        private final String id = "cluster-" + INSTANCES.incrementAndGet();

        @Override
        public String id() {
            return id;
        }
    }

    public static class FutureApi extends Cluster {
        @Override
        public int apiVersion() {
            return 99;
        }
    }

    public static class DuplicateParameter extends Cluster {
        @Override
        public List<ParamSpec> params() {
            return List.of(ParamSpec.decimal("spread", "Spread", 0.1, 0.01, 1),
                    ParamSpec.integer("spread", "Spread again", 1, 0, 3));
        }

        @Override
        public Sampler create(Params params) {
            return new Corners(0.1, 0);
        }
    }

    public static class OwnRandomness extends Cluster {
        @Override
        public Sampler create(Params params) {
            Random own = new Random();
            return new Corners(0.1, 0) {
                @Override
                public Batch sample(int n, RandomGenerator rng) {
                    return super.sample(n, own);
                }
            };
        }
    }

    public static class NaNAtFour extends Cluster {
        @Override
        public Sampler create(Params params) {
            return new Corners(0.1, 0) {
                @Override
                public Batch sample(int n, RandomGenerator rng) {
                    double[] p = super.sample(n, rng).points();
                    if (n > 4) {
                        p[8] = Math.log(-1);
                    }
                    return Batch.of(2, p);
                }
            };
        }
    }

    public static class OneShort extends Cluster {
        @Override
        public Sampler create(Params params) {
            return new Corners(0.1, 0) {
                @Override
                public Batch sample(int n, RandomGenerator rng) {
                    return super.sample(Math.max(1, n - 1), rng);
                }
            };
        }
    }

    public static class ThreeDimensions extends Cluster {
        @Override
        public Sampler create(Params params) {
            return new Corners(0.1, 0) {
                @Override
                public int dimension() {
                    return 3;
                }
            };
        }
    }

    public static class ClassesWithoutLabels extends Cluster {
        @Override
        public Sampler create(Params params) {
            return new Corners(0.1, 0) {
                @Override
                public int classes() {
                    return 4;
                }
            };
        }
    }

    public static class TinyBounds extends Cluster {
        @Override
        public Sampler create(Params params) {
            return new Corners(0.1, 0) {
                @Override
                public PlotBounds bounds() {
                    return PlotBounds.square(0.5);
                }
            };
        }
    }

    public static class CreateThrows extends Cluster {
        @Override
        public Sampler create(Params params) {
            throw new IllegalStateException("radius missing");
        }
    }

    public static class EndlessLoop extends Cluster {
        @Override
        public Sampler create(Params params) {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait();
            }
            throw new IllegalStateException("interrupted");
        }
    }
}
