package org.example.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gansim.api.GanVariant;
import org.gansim.api.nn.Tensor;
import org.gansim.api.testkit.GanVariantContract;
import org.junit.jupiter.api.Test;

/**
 * Every check GanSim asks of a GAN variant (from {@link GanVariantContract}: finite losses,
 * determinism, each step moving its own network, D learning an easy target, ...), plus the checks of
 * this assignment's two losses against values worked out by hand.
 */
class MyVariantTest implements GanVariantContract {

    private static final double LN2 = Math.log(2);

    @Override
    public GanVariant createVariant() {
        return new MyVariant();
    }

    private static Tensor logits(double... values) {
        return Tensor.of(values.length, 1, values);
    }

    @Test
    void anUndecidedDiscriminatorHasLossTwoLnTwo() {
        assertEquals(2 * LN2, MyGan.discriminatorLoss(logits(0, 0), logits(0, 0, 0)).item(), 1e-12);
    }

    @Test
    void theDiscriminatorLossAveragesEachBatch() {
        // -ln sigmoid(ln 3) = ln(4/3) for the real sample; -ln(1 - sigmoid(-ln 3)) = ln(4/3) for both fakes.
        double loss = MyGan.discriminatorLoss(logits(Math.log(3)), logits(-Math.log(3), -Math.log(3))).item();
        assertEquals(2 * Math.log(4.0 / 3), loss, 1e-12);
    }

    @Test
    void theGeneratorLossIsSmallWhenDIsFooled() {
        assertEquals(LN2, MyGan.generatorLoss(logits(0, 0)).item(), 1e-12);
        // D gives probability 3/4 and 1/4: -(ln 3/4 + ln 1/4) / 2.
        assertEquals(-(Math.log(0.75) + Math.log(0.25)) / 2,
                MyGan.generatorLoss(logits(Math.log(3), -Math.log(3))).item(), 1e-12);
        assertEquals(0, MyGan.generatorLoss(logits(40)).item(), 1e-12);
    }
}
