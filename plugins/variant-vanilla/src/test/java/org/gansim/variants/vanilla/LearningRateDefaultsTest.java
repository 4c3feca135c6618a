package org.gansim.variants.vanilla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gansim.api.param.ParamSpec;
import org.gansim.api.support.MlpVariant;
import org.gansim.api.support.VariantParams;
import org.junit.jupiter.api.Test;

/**
 * Each variant's default learning rates are the ones its description quotes: the papers' 2e-4 for the
 * hinge-loss and least-squares GANs (their losses do not saturate, and at 1e-3 two ring seeds of ten
 * stay below 80% high quality for each), GanSim's faster 1e-3 for the cross-entropy GANs, and the
 * unrolled GAN's own pair.
 */
class LearningRateDefaultsTest {

    @Test
    void theHingeLossGanKeepsMiyatoEtAlsLearningRate() {
        assertLearningRates(new HingeVariant(), 2e-4, 2e-4, "learning rate 2e-4");
    }

    @Test
    void theLeastSquaresGanKeepsDcgansLearningRate() {
        assertLearningRates(new LeastSquaresVariant(), 2e-4, 2e-4, "learning rate 2e-4");
    }

    @Test
    void theCrossEntropyGansLearnFasterThanDcgan() {
        assertLearningRates(new VanillaVariant(), 1e-3, 1e-3, "learning rate 0.001");
        assertLearningRates(new PacVariant(), 1e-3, 1e-3, "the other defaults are the vanilla GAN's");
    }

    @Test
    void theUnrolledGanKeepsItsAuthorsPair() {
        assertLearningRates(new UnrolledVariant(), 1e-4, 1e-3, "D learning rate 1e-4 and G learning rate 1e-3");
    }

    private static void assertLearningRates(MlpVariant variant, double d, double g, String quoted) {
        assertEquals(d, defaultOf(variant, VariantParams.LR_D), 0, variant.id() + ": D's learning rate");
        assertEquals(g, defaultOf(variant, VariantParams.LR_G), 0, variant.id() + ": G's learning rate");
        assertTrue(variant.description().contains(quoted), variant.id() + " should say '" + quoted + "': "
                + variant.description());
    }

    private static double defaultOf(MlpVariant variant, String key) {
        ParamSpec spec = variant.params().stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
        return ((Number) spec.defaultValue()).doubleValue();
    }
}
