package org.gansim.app.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gansim.app.lab.ModeSummary.Estimate;
import org.junit.jupiter.api.Test;

/** Means with standard errors, and the published rows printed as the papers print them. */
class ModeTableTest {

    @Test
    void theStandardErrorIsTheSampleDeviationOverTheRootOfTheCount() {
        // 1, 2, 3, 4: mean 2.5; squares 2.25 + 0.25 + 0.25 + 2.25 = 5; sd = sqrt(5/3); se = sd / 2
        Estimate e = Estimate.of(List.of(1.0, 2.0, 3.0, 4.0));
        assertEquals(2.5, e.mean(), 1e-15);
        assertEquals(Math.sqrt(5.0 / 3) / 2, e.error(), 1e-15);
        assertTrue(Double.isNaN(Estimate.of(List.of(7.0)).error()));
        assertTrue(Double.isNaN(Estimate.of(List.of()).mean()));
    }

    @Test
    void publishedFiguresKeepTheirDecimalsAndOursAreRounded() {
        assertEquals("0.70 ± 0.07", ModeTable.format(new Estimate(0.70, 0.07), 2, true));
        assertEquals("0.13", ModeTable.format(Estimate.meanOnly(0.13), 1, true));
        assertEquals("1.0", ModeTable.format(Estimate.meanOnly(1), 1, true));
        assertEquals("7.33 ± 0.12", ModeTable.format(new Estimate(7.3333, 0.1234), 2, false));
        assertEquals("–", ModeTable.format(Estimate.meanOnly(Double.NaN), 1, false));
    }

    @Test
    void eachOfOurRowsIsFollowedByItsPublishedCounterparts() {
        ModeSummary ring = new ModeSummary("vanilla", "ring8", 5, 100, 8, new Estimate(7.2, 0.2),
                new Estimate(80, 1.5), new Estimate(0.1, 0.01), 0);
        ModeSummary grid = new ModeSummary("vanilla", "grid25", 5, 100, 25, new Estimate(20, 1),
                new Estimate(30, 2), new Estimate(0.5, 0.05), 0);
        List<String> lines = new ModeTable(List.of(ring, grid), List.of("vanilla")).markdown().lines().toList();
        assertEquals("| vanilla | GanSim | 5 | 100 | 7.2 ± 0.2 | 80.0 ± 1.5% | 0.100 ± 0.010 | 20.0 ± 1.0 | 30.0 ± 2.0%"
                + " | 0.500 ± 0.050 |", lines.get(2));
        assertEquals("| GAN | " + PublishedFigures.PACGAN + " | 10 | 400000 | 6.3 ± 0.5 | 98.2 ± 0.2% | 0.45 ± 0.09"
                + " | 17.3 ± 0.8 | 94.8 ± 0.7% | 0.70 ± 0.07 |", lines.get(3));
        assertEquals("| GAN | " + PublishedFigures.VEEGAN + " | 5 | not stated | 1.0 | 99.3% | – | 3.3 | 0.5% | – |",
                lines.get(4));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("| PacGAN2 | " + PublishedFigures.PACGAN
                + " | 10 | 400000 | 7.9 ± 0.1 | 95.6 ± 2.0% | 0.07 ± 0.03 | 23.8 ± 0.7 | 91.3 ± 0.8% | 0.13 ± 0.04 |")));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("| VEEGAN | " + PublishedFigures.VEEGAN
                + " | 5 | not stated | 8.0 | 52.9% | – | 24.6 | 40.0% | – |")));
    }
}
