package org.gansim.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.gansim.api.GanVariant;
import org.gansim.api.TargetDistribution;
import org.gansim.api.training.TrainingSettings;
import org.gansim.app.presets.Preset;
import org.gansim.app.presets.Presets;
import org.junit.jupiter.api.Test;

/**
 * The alerts from real training, fed as the window feeds them: one snapshot every
 * {@link #SNAPSHOT_EVERY} steps. Each figure holds on five seeds.
 */
class AlertMonitorTrainingTest {

    private static final int SEEDS = 5;
    private static final int SNAPSHOT_EVERY = 25;

    @Test
    void aHugeDiscriminatorLearningRateWithFiveDStepsRaisesDOverpoweringOnEverySeed() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Set<Alert.Kind> seen = alertsOver(settings("ring8", "vanilla",
                    "variant.lr_d=0.01", "train.d_steps=5", "variant.lr_g=1e-5"), seed, 1500);
            assertTrue(seen.contains(Alert.Kind.D_OVERPOWERING), "seed " + seed + " raised only " + seen);
        }
    }

    @Test
    void theRingCollapsePresetRaisesModeCollapseOnEverySeed() {
        Preset preset = Presets.find("ring-collapse").orElseThrow();
        String[] assignments = preset.assignments().toArray(new String[0]);
        for (long seed = 1; seed <= SEEDS; seed++) {
            Set<Alert.Kind> seen = alertsOver(settings(preset.target(), preset.variant(), assignments), seed, 2000);
            assertTrue(seen.contains(Alert.Kind.MODE_COLLAPSE), "seed " + seed + " raised only " + seen);
        }
    }

    @Test
    void aHealthyVanillaRunOnTheGaussianRaisesNothing() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Set<Alert.Kind> seen = alertsOver(settings("gaussian", "vanilla"), seed, 2000);
            assertEquals(Set.of(), seen, "seed " + seed);
        }
    }

    /** Every alert raised at any snapshot of a run. */
    private static Set<Alert.Kind> alertsOver(TrainingSettings settings, long seed, int steps) {
        Simulation simulation = new Simulation(settings, seed, 500);
        AlertMonitor monitor = new AlertMonitor(simulation.modes());
        Set<Alert.Kind> seen = EnumSet.noneOf(Alert.Kind.class);
        for (int done = 0; done < steps; done += SNAPSHOT_EVERY) {
            for (int i = 0; i < SNAPSHOT_EVERY; i++) {
                simulation.step();
            }
            List<Alert> alerts = monitor.update(simulation.snapshot(false, 0));
            alerts.forEach(a -> seen.add(a.kind()));
        }
        return seen;
    }

    static TrainingSettings settings(String targetId, String variantId, String... assignments) {
        TargetDistribution target = ServiceLoader.load(TargetDistribution.class).stream()
                .map(ServiceLoader.Provider::get).filter(t -> t.id().equals(targetId)).findFirst().orElseThrow();
        GanVariant variant = ServiceLoader.load(GanVariant.class).stream()
                .map(ServiceLoader.Provider::get).filter(v -> v.id().equals(variantId)).findFirst().orElseThrow();
        TrainingSettings settings = TrainingSettings.defaults(target, variant);
        for (String assignment : assignments) {
            settings = settings.withAssignment(assignment);
        }
        return settings;
    }
}
