package org.gansim.app.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gansim.api.GanVariant;
import org.gansim.api.param.Params;
import org.gansim.api.training.TrainingSettings;
import org.gansim.app.plugins.PluginRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every built-in variant writes out its own game, and the views receive it with their context. */
class VariantObjectiveTest {

    private static PluginRegistry registry;

    @BeforeAll
    static void load() {
        registry = PluginRegistry.load(List.of());
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    private static String objective(String variantId, String... assignments) {
        GanVariant variant = registry.variant(variantId).orElseThrow();
        TrainingSettings settings = TrainingSettings.defaults(registry.target(variant.conditional() ? "blobs" : "ring8")
                .orElseThrow(), variant);
        for (String assignment : assignments) {
            String[] kv = assignment.split("=", 2);
            settings = settings.withText(kv[0], kv[1]);
        }
        return variant.objective(settings.params(TrainingSettings.VARIANT));
    }

    @Test
    void everyBuiltInVariantSaysWhatItsPlayersAimFor() {
        for (GanVariant variant : registry.variants()) {
            assertThat(objective(variant.id())).as(variant.id()).isNotBlank().contains("G");
        }
    }

    @Test
    void theObjectiveFollowsTheVariantsOwnValues() {
        assertThat(objective("vanilla", "variant.loss=minimax")).startsWith("min_G max_D");
        assertThat(objective("vanilla")).contains("G: max E[log D(G(z))]");
        assertThat(objective("lsgan", "variant.b=2")).contains("(D(x) \u2212 2)\u00b2");
        assertThat(objective("wgan-gp", "variant.lambda=10")).contains("\u03bb = 10.0");
        assertThat(objective("pacgan", "variant.pack=3")).contains("m = 3");
        assertThat(objective("unrolled", "variant.unrolling_steps=7")).contains("K = 7");
        assertThat(objective("hinge")).contains("max(0, 1 + D(G(z)))");
    }

    @Test
    void theViewsContextCarriesIt() {
        TrainingSettings settings = TrainingSettings.defaults(registry.target("ring8").orElseThrow(),
                registry.variant("hinge").orElseThrow());
        Simulation simulation = new Simulation(settings, 1, 10);
        assertThat(simulation.context().objective()).isEqualTo(objective("hinge"));
    }

    @Test
    void aVariantThatSaysNothingLeavesItEmpty() {
        GanVariant quiet = registry.variant("vanilla").orElseThrow();
        GanVariant silent = new GanVariant() {
            public String id() {
                return "silent";
            }

            public int apiVersion() {
                return quiet.apiVersion();
            }

            public org.gansim.api.Gan create(org.gansim.api.GanSetup setup) {
                return quiet.create(setup);
            }
        };
        assertThat(silent.objective(Params.defaults(List.of()))).isEmpty();
    }
}
