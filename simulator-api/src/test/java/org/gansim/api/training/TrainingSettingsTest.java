package org.gansim.api.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gansim.api.ApiVersion;
import org.gansim.api.GanVariant;
import org.gansim.api.PlotBounds;
import org.gansim.api.Sampler;
import org.gansim.api.TargetDistribution;
import org.gansim.api.param.ParamSpec;
import org.gansim.api.param.Params;
import org.junit.jupiter.api.Test;
import org.gansim.api.GanSetup;
import org.gansim.api.Gan;
import org.gansim.api.LatentPrior;

class TrainingSettingsTest {

    /** A target with one parameter, enough to test the target namespace. */
    static final class Circle implements TargetDistribution {
        public String id() {
            return "circle";
        }

        public int apiVersion() {
            return ApiVersion.CURRENT;
        }

        public List<ParamSpec> params() {
            return List.of(ParamSpec.decimal("radius", "Radius", 2, 0.1, 10));
        }

        public Sampler create(Params params) {
            throw new UnsupportedOperationException("not needed here");
        }
    }

    /** A variant with a learning rate and a chosen number of critic steps. */
    static final class Critic implements GanVariant {
        private final int steps;

        Critic(int steps) {
            this.steps = steps;
        }

        public String id() {
            return "critic" + steps;
        }

        public int apiVersion() {
            return ApiVersion.CURRENT;
        }

        public List<ParamSpec> params() {
            return List.of(ParamSpec.decimal("lr_d", "D learning rate", 2e-4, 1e-6, 1).logScale());
        }

        public int defaultDiscriminatorSteps() {
            return steps;
        }

        public Gan create(GanSetup setup) {
            throw new UnsupportedOperationException("not needed here");
        }
    }

    private final TrainingSettings defaults = TrainingSettings.defaults(new Circle(), new Critic(5));

    @Test
    void defaultsFollowTheIssueAndTheVariant() {
        assertEquals(List.of(64, 64), defaults.params("model").getIntList("g_hidden"));
        assertEquals(List.of(64, 64), defaults.params("model").getIntList("d_hidden"));
        assertEquals(2, defaults.latentDim());
        assertEquals(LatentPrior.GAUSSIAN, defaults.prior());
        assertEquals(256, defaults.batchSize());
        assertEquals(5, defaults.discriminatorSteps(), "d_steps defaults to the variant's own choice");
        assertEquals(2.0, defaults.params("target").getDouble("radius"));
    }

    @Test
    void architectureNeedsAResetAndTrainingSettingsAreLive() {
        for (ParamSpec spec : TrainingSettings.modelSpecs()) {
            assertFalse(spec.live(), spec.key());
        }
        for (ParamSpec spec : TrainingSettings.trainSpecs(1)) {
            assertTrue(spec.live(), spec.key());
        }
        assertFalse(defaults.spec("model.latent_dim").live());
    }

    @Test
    void flatParamsNameEveryValueWithItsNamespace() {
        assertEquals(List.of("target.radius", "variant.lr_d", "model.g_hidden", "model.d_hidden",
                "model.latent_dim", "model.prior", "train.batch", "train.d_steps", "train.lr_schedule",
                "train.lr_decay_steps", "train.lr_floor", "train.precision"), defaults.keys());
        TrainingSettings changed = defaults.withAssignment("target.radius=1").withAssignment("model.g_hidden=8, 4");
        assertEquals(1.0, changed.all().getDouble("target.radius"));
        assertEquals(List.of(8, 4), changed.all().getIntList("model.g_hidden"));
        assertEquals(List.of("target.radius", "model.g_hidden"), changed.changedFrom(defaults));
        assertEquals(2.0, defaults.all().getDouble("target.radius"), "settings are immutable");
    }

    @Test
    void assignmentsReachEveryNamespace() {
        TrainingSettings s = defaults.withAssignment("variant.lr_d=1e-4")
                .withAssignment("model.latent_dim=3")
                .withAssignment("model.prior=uniform")
                .withAssignment("train.batch=64")
                .withAssignment("train.d_steps=1");
        assertEquals(1e-4, s.params("variant").getDouble("lr_d"));
        assertEquals(LatentPrior.UNIFORM, s.prior());
        assertEquals(64, s.batchSize());
        assertEquals(1, s.discriminatorSteps());
        GanSetup setup = s.ganSetup(2, 0, 42L);
        assertEquals(3, setup.latentDim());
        assertEquals(LatentPrior.UNIFORM, setup.prior());
        assertEquals(List.of(64, 64), setup.generatorHidden());
        assertEquals(1e-4, setup.params().getDouble("lr_d"));
        assertEquals(42L, setup.seed());
    }

    @Test
    void anUnknownKeyNamesItAndEveryValidKeyOnOneLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> defaults.withAssignment("target.nope=1"));
        assertEquals("Unknown parameter 'target.nope'; valid keys: target.radius, variant.lr_d, "
                + "model.g_hidden, model.d_hidden, model.latent_dim, model.prior, train.batch, train.d_steps, "
                + "train.lr_schedule, train.lr_decay_steps, train.lr_floor, train.precision",
                e.getMessage());
    }

    @Test
    void anUnknownNamespaceListsTheNamespacesAndKeys() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> defaults.withAssignment("radius=1"));
        assertTrue(e.getMessage().startsWith("Unknown parameter 'radius': a key starts with one of the "
                + "namespaces target, variant, model, train; valid keys: target.radius"), e.getMessage());
    }

    @Test
    void aBadValueNamesTheKeyAndTheValidValues() {
        assertEquals("train.batch must be an integer from 1 to 4096, got 'lots'",
                assertThrows(IllegalArgumentException.class,
                        () -> defaults.withAssignment("train.batch=lots")).getMessage());
        assertEquals("target.radius must be a number from 0.1 to 10, got 20.0",
                assertThrows(IllegalArgumentException.class,
                        () -> defaults.withAssignment("target.radius=20")).getMessage());
        assertEquals("model.prior must be one of gaussian, uniform, got 'cauchy'",
                assertThrows(IllegalArgumentException.class,
                        () -> defaults.withAssignment("model.prior=cauchy")).getMessage());
        assertEquals("A parameter must be written KEY=VALUE (for example target.radius=1), got 'train.batch'",
                assertThrows(IllegalArgumentException.class,
                        () -> defaults.withAssignment("train.batch")).getMessage());
    }

    @Test
    void theLearningRateScheduleIsConstantByDefaultAndReadFromItsThreeKeys() {
        assertEquals(new LearningRateSchedule("constant", 20_000, 0.1), defaults.learningRateSchedule());
        TrainingSettings cosine = defaults.withAssignment("train.lr_schedule=cosine")
                .withAssignment("train.lr_decay_steps=10000")
                .withAssignment("train.lr_floor=0");
        assertEquals(new LearningRateSchedule("cosine", 10_000, 0), cosine.learningRateSchedule());
    }

    @Test
    void aBadScheduleValueNamesTheKeyAndTheValidRange() {
        assertEquals("train.lr_schedule must be one of constant, linear, cosine, got 'exponential'",
                assertThrows(IllegalArgumentException.class,
                        () -> defaults.withAssignment("train.lr_schedule=exponential")).getMessage());
        assertEquals("train.lr_decay_steps must be an integer from 1 to 10000000, got 0",
                assertThrows(IllegalArgumentException.class,
                        () -> defaults.withAssignment("train.lr_decay_steps=0")).getMessage());
        assertEquals("train.lr_floor must be a number from 0 to 1, got 1.5",
                assertThrows(IllegalArgumentException.class,
                        () -> defaults.withAssignment("train.lr_floor=1.5")).getMessage());
    }

    @Test
    void switchingVariantKeepsAChosenStepCountAndOtherwiseTakesTheNewDefault() {
        assertEquals(1, defaults.withVariant(new Critic(1)).discriminatorSteps());
        TrainingSettings chosen = defaults.withAssignment("train.d_steps=3").withAssignment("train.batch=32")
                .withAssignment("train.lr_schedule=linear");
        TrainingSettings switched = chosen.withVariant(new Critic(1));
        assertEquals(3, switched.discriminatorSteps());
        assertEquals(32, switched.batchSize());
        assertEquals("linear", switched.learningRateSchedule().kind(), "the schedule is the host's, kept");
        assertEquals("critic1", switched.variant().id());
    }

    @Test
    void switchingTargetResetsOnlyTheTargetNamespace() {
        TrainingSettings s = defaults.withAssignment("target.radius=1").withAssignment("train.batch=32");
        TrainingSettings switched = s.withTarget(new Circle());
        assertEquals(2.0, switched.params("target").getDouble("radius"));
        assertEquals(32, switched.batchSize());
    }

    @Test
    void namespacedSpecsKeepEverythingButTheKey() {
        ParamSpec spec = TrainingSettings.namespaced("variant",
                ParamSpec.decimal("lr_d", "D learning rate", 2e-4, 1e-6, 1).logScale().describe("why"));
        assertEquals(new ParamSpec.DecimalSpec("variant.lr_d", "D learning rate", "why", 2e-4, 1e-6, 1, true, true),
                spec);
    }

    @Test
    void namespacedTextKeepsSayingItIsADrawing() {
        ParamSpec spec = TrainingSettings.namespaced("target",
                ParamSpec.text("points", "Drawing", "0 0").drawnPoints().describe("why"));
        assertEquals(new ParamSpec.TextSpec("target.points", "Drawing", "why", "0 0", true, true), spec);
    }
}
