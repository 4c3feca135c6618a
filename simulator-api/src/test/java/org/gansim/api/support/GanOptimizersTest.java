package org.gansim.api.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.gansim.api.nn.Adam;
import org.gansim.api.nn.Sgd;
import org.gansim.api.nn.Tensor;
import org.junit.jupiter.api.Test;

class GanOptimizersTest {

    private static GanOptimizers optimizers(OptimizerSettings settings) {
        return new GanOptimizers(List.of(Tensor.parameter(1, 2, new double[] {1, 2})),
                List.of(Tensor.parameter(1, 2, new double[] {3, 4})), settings);
    }

    private static OptimizerSettings adam(double lrD, double lrG) {
        return new OptimizerSettings(VariantParams.ADAM, lrD, lrG, 0.5, 0.999, 0, 0.99);
    }

    @Test
    void aScheduleFactorScalesBothSetRates() {
        GanOptimizers optimizers = optimizers(adam(4e-4, 2e-4));
        optimizers.scaleLearningRates(0.25);
        assertEquals(1e-4, optimizers.discriminator().learningRate());
        assertEquals(5e-5, optimizers.generator().learningRate());
        optimizers.scaleLearningRates(1);
        assertEquals(4e-4, optimizers.discriminator().learningRate(), "the set rates come back at factor 1");
        assertEquals(2e-4, optimizers.generator().learningRate());
    }

    @Test
    void aRateChangedLiveIsScaledByTheFactorInForce() {
        GanOptimizers optimizers = optimizers(adam(4e-4, 2e-4));
        optimizers.scaleLearningRates(0.5);
        optimizers.update(adam(1e-3, 8e-4));
        assertEquals(5e-4, optimizers.discriminator().learningRate());
        assertEquals(4e-4, optimizers.generator().learningRate());

        // A new kind of optimizer starts fresh, but at the scaled rates too.
        optimizers.update(new OptimizerSettings(VariantParams.SGD, 1e-2, 2e-2, 0.5, 0.999, 0.9, 0.99));
        assertInstanceOf(Sgd.class, optimizers.discriminator());
        assertEquals(5e-3, optimizers.discriminator().learningRate());
        assertEquals(1e-2, optimizers.generator().learningRate());
    }

    @Test
    void withoutAFactorTheRatesAreExactlyAsSet() {
        GanOptimizers optimizers = optimizers(adam(3e-4, 1e-4));
        assertInstanceOf(Adam.class, optimizers.generator());
        assertEquals(3e-4, optimizers.discriminator().learningRate());
        assertEquals(1e-4, optimizers.generator().learningRate());
    }

    @Test
    void aNegativeFactorIsRefusedInOneSentence() {
        assertEquals("A learning-rate factor must be 0 or more, got -0.5",
                assertThrows(IllegalArgumentException.class,
                        () -> optimizers(adam(1e-3, 1e-3)).scaleLearningRates(-0.5)).getMessage());
    }
}
