package org.gansim.distributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gansim.api.TargetDistribution;
import org.gansim.api.param.Params;
import org.gansim.api.testkit.TargetDistributionContract;
import org.gansim.api.Batch;
import org.junit.jupiter.api.Test;

class CheckerboardTest implements TargetDistributionContract {

    private final Checkerboard board = new Checkerboard();
    private final Params defaults = Params.defaults(board.params());

    @Override
    public TargetDistribution createDistribution() {
        return new Checkerboard();
    }

    @Test
    void pointsFillOnlyTheDarkSquaresEquallyAndUniformly() {
        Batch batch = SampleStats.draw(board.create(defaults), 10_000, 42);
        int[][] counts = new int[4][4];
        double sumFraction = 0;
        double sumFractionSquared = 0;
        for (int row = 0; row < batch.size(); row++) {
            // A 4 x 4 board of unit squares spans -2..2 on both axes.
            double x = batch.get(row, 0) + 2;
            double y = batch.get(row, 1) + 2;
            assertTrue(x >= 0 && x < 4 && y >= 0 && y < 4, "outside the board");
            int column = (int) Math.floor(x);
            int line = (int) Math.floor(y);
            counts[column][line]++;
            double fraction = x - column;
            sumFraction += fraction;
            sumFractionSquared += fraction * fraction;
        }
        for (int column = 0; column < 4; column++) {
            for (int line = 0; line < 4; line++) {
                if ((column + line) % 2 == 0) {
                    assertEquals(1250, counts[column][line], 150, "dark square " + column + "," + line);
                } else {
                    assertEquals(0, counts[column][line], "light square " + column + "," + line);
                }
            }
        }
        // Uniform within a square: the position in the square averages 1/2 with std 1/sqrt(12).
        double mean = sumFraction / batch.size();
        assertEquals(0.5, mean, 0.012);
        assertEquals(1 / Math.sqrt(12), Math.sqrt(sumFractionSquared / batch.size() - mean * mean), 0.01);
    }

    @Test
    void anOddBoardHasOneMoreDarkSquareThanLight() {
        Batch batch = SampleStats.draw(board.create(defaults.with("size", 3).with("cell", 2.0)), 5000, 7);
        boolean[] seen = new boolean[9];
        for (int row = 0; row < batch.size(); row++) {
            int column = (int) Math.floor((batch.get(row, 0) + 3) / 2);
            int line = (int) Math.floor((batch.get(row, 1) + 3) / 2);
            assertEquals(0, (column + line) % 2);
            seen[line * 3 + column] = true;
        }
        int dark = 0;
        for (boolean s : seen) {
            dark += s ? 1 : 0;
        }
        assertEquals(5, dark);
    }
}
