package org.gansim.api.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Loss values against their textbook formulas, and finiteness at extreme logits. */
class LossesTest {

    private static final double[] LOGITS = {-2.0, -0.5, 0.0, 0.7, 3.0};

    private static Tensor logits(double... values) {
        return Tensor.of(values.length, 1, values);
    }

    private static double sigmoid(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    @Test
    void valuesMatchTextbookFormulas() {
        Tensor l = logits(LOGITS);
        double bceReal = 0;
        double bceFake = 0;
        double nonSaturating = 0;
        double minimax = 0;
        double hingeReal = 0;
        double hingeFake = 0;
        double squares = 0;
        for (double x : LOGITS) {
            bceReal += -Math.log(sigmoid(x));
            bceFake += -Math.log(1 - sigmoid(x));
            nonSaturating += -Math.log(sigmoid(x));
            minimax += Math.log(1 - sigmoid(x));
            hingeReal += Math.max(0, 1 - x);
            hingeFake += Math.max(0, 1 + x);
            squares += (x - 0.5) * (x - 0.5);
        }
        int n = LOGITS.length;
        assertEquals(bceReal / n, Losses.bceWithLogits(l, 1.0).item(), 1e-12);
        assertEquals(bceFake / n, Losses.bceWithLogits(l, 0.0).item(), 1e-12);
        assertEquals(bceFake / n, Losses.bceWithLogits(l, Tensor.zeros(n, 1)).item(), 1e-12);
        assertEquals(nonSaturating / n, Losses.nonSaturatingGenerator(l).item(), 1e-12);
        assertEquals(minimax / n, Losses.minimaxGenerator(l).item(), 1e-12);
        assertEquals(hingeReal / n, Losses.hingeReal(l).item(), 1e-12);
        assertEquals(hingeFake / n, Losses.hingeFake(l).item(), 1e-12);
        assertEquals(squares / n, Losses.leastSquares(l, 0.5).item(), 1e-12);
        Tensor real = logits(1.0, 2.0);
        Tensor fake = logits(-1.0, 0.0, 4.0);
        assertEquals(1.0 - 1.5, Losses.wassersteinCritic(real, fake).item(), 1e-12);
    }

    @Test
    void bceWithLabelSmoothingMatchesFormula() {
        double x = 0.7;
        double expected = -(0.9 * Math.log(sigmoid(x)) + 0.1 * Math.log(1 - sigmoid(x)));
        assertEquals(expected, Losses.bceWithLogits(logits(x), 0.9).item(), 1e-12);
    }

    @Test
    void lossesAndGradientsStayFiniteAtExtremeLogits() {
        List<Function<Tensor, Tensor>> losses = List.of(
                l -> Losses.bceWithLogits(l, 1.0),
                l -> Losses.bceWithLogits(l, 0.0),
                l -> Losses.bceWithLogits(l, Tensor.of(2, 1, 1.0, 0.0)),
                Losses::nonSaturatingGenerator,
                Losses::minimaxGenerator,
                Losses::hingeReal,
                Losses::hingeFake,
                l -> Losses.leastSquares(l, 1.0),
                l -> Losses.wassersteinCritic(l, l.neg()),
                l -> l.logSigmoid().mean(),
                l -> l.sigmoid().mean());
        for (Function<Tensor, Tensor> loss : losses) {
            Tensor p = Tensor.parameter(2, 1, new double[] {1e4, -1e4});
            Tensor value = loss.apply(p);
            value.backward();
            assertTrue(Double.isFinite(value.item()), "value " + value);
            for (double g : p.grad().toArray()) {
                assertTrue(Double.isFinite(g), "gradient " + p.grad());
            }
        }
    }

    @Test
    void bceGradientIsSigmoidMinusTargetOverBatch() {
        Tensor p = Tensor.parameter(2, 1, new double[] {0.3, -1.2});
        Losses.bceWithLogits(p, 1.0).backward();
        assertEquals((sigmoid(0.3) - 1) / 2, p.grad().get(0, 0), 1e-12);
        assertEquals((sigmoid(-1.2) - 1) / 2, p.grad().get(1, 0), 1e-12);
    }
}
