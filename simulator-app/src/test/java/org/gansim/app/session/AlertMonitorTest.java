package org.gansim.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.gansim.api.Batch;
import org.gansim.api.History;
import org.gansim.api.Snapshot;
import org.gansim.api.StepReport;
import org.junit.jupiter.api.Test;

/**
 * The alerts on constructed histories, where real training would take too long to swing on purpose:
 * a d_loss that oscillates, one that only wobbles with noise, points squeezed together on a target
 * without known modes, and a condition flickering faster than the hysteresis lets an alert follow.
 */
class AlertMonitorTest {

    private static final int RECORD_EVERY = 10;

    @Test
    void aDLossSwingingWithAPeriodOfThreeHundredStepsRaisesOscillation() {
        AlertMonitor monitor = new AlertMonitor(Optional.empty());
        List<Alert> alerts = feed(monitor, 3000, step -> 0.9 + 0.4 * Math.sin(2 * Math.PI * step / 300.0), 0.05);
        assertEquals(List.of(Alert.Kind.OSCILLATION), kinds(alerts));
        assertTrue(alerts.get(0).line().startsWith("Oscillation: d_loss swings by"), alerts.get(0).line());
    }

    @Test
    void aDLossWobblingOnlyWithNoiseRaisesNothingOnFiveSeeds() {
        for (long seed = 1; seed <= 5; seed++) {
            AlertMonitor monitor = new AlertMonitor(Optional.empty());
            assertEquals(List.of(), kinds(feed(monitor, 3000, step -> 1.386, 0.15, seed)), "seed " + seed);
        }
    }

    @Test
    void oscillationClearsOnceTheLossSettlesAndNotBefore() {
        AlertMonitor monitor = new AlertMonitor(Optional.empty());
        feed(monitor, 3000, step -> 0.9 + 0.4 * Math.sin(2 * Math.PI * step / 300.0), 0.05);
        assertEquals(List.of(Alert.Kind.OSCILLATION), kinds(monitor.raised()));
        // the window of 80 records (800 steps) still holds swings 100 steps after they stop
        List<Alert> soon = feedFrom(monitor, 3000, 3100, step -> 0.9, 0.05, 1);
        assertEquals(List.of(Alert.Kind.OSCILLATION), kinds(soon));
        List<Alert> later = feedFrom(monitor, 3100, 5000, step -> 0.9, 0.05, 1);
        assertEquals(List.of(), kinds(later));
    }

    @Test
    void generatedPointsFarNarrowerThanTheRealOnesRaiseModeCollapseWithoutKnownModes() {
        AlertMonitor monitor = new AlertMonitor(Optional.empty());
        List<Alert> alerts = List.of();
        for (long step = 0; step <= 1500; step += 50) {
            alerts = monitor.update(snapshot(step, History.empty(), gaussian(1.0, 1), gaussian(0.1, 2)));
        }
        assertEquals(List.of(Alert.Kind.MODE_COLLAPSE), kinds(alerts));
        assertTrue(alerts.get(0).explanation().matches("G's points spread (9|10|11)% as wide .*"), alerts.get(0).explanation());
    }

    @Test
    void aConditionThatFlickersFasterThanTheHoldNeverRaisesAnAlert() {
        AlertMonitor monitor = new AlertMonitor(Optional.empty());
        for (long step = 0; step <= 5000; step += 50) {
            double width = (step / 150) % 2 == 0 ? 0.1 : 1.0; // narrow for 150 steps, then wide for 150
            List<Alert> alerts = monitor.update(snapshot(step, History.empty(), gaussian(1.0, 1), gaussian(width, 2)));
            assertEquals(List.of(), kinds(alerts), "step " + step);
        }
    }

    @Test
    void theSpreadOfPointsIsTheRootOfTheSummedVariances() {
        // (0,0), (2,0), (0,2), (2,2): each axis has sample variance 4/3, so the spread is sqrt(8/3)
        Batch square = Batch.of(2, new double[] {0, 0, 2, 0, 0, 2, 2, 2});
        assertEquals(Math.sqrt(8.0 / 3.0), AlertMonitor.spread(square), 1e-12);
    }

    private interface Curve {
        double at(long step);
    }

    private static final List<Long> STEPS = new ArrayList<>();
    private static final List<Double> LOSSES = new ArrayList<>();

    private static List<Alert> feed(AlertMonitor monitor, long steps, Curve curve, double noise) {
        return feed(monitor, steps, curve, noise, 1);
    }

    private static List<Alert> feed(AlertMonitor monitor, long steps, Curve curve, double noise, long seed) {
        STEPS.clear();
        LOSSES.clear();
        return feedFrom(monitor, 0, steps, curve, noise, seed);
    }

    /**
     * Appends a d_loss record every RECORD_EVERY steps after {@code from} up to {@code to} to the history
     * built so far, and shows the monitor a snapshot every 50 steps, as the window would.
     */
    private static List<Alert> feedFrom(AlertMonitor monitor, long from, long to, Curve curve, double noise,
                                        long seed) {
        SplittableRandom random = new SplittableRandom(seed * 31 + from);
        List<Alert> alerts = List.of();
        for (long step = from + RECORD_EVERY; step <= to; step += RECORD_EVERY) {
            STEPS.add(step);
            LOSSES.add(curve.at(step) + noise * random.nextGaussian());
            if (step % 50 == 0) {
                alerts = monitor.update(snapshot(step, history(), null, null));
            }
        }
        return alerts;
    }

    private static History history() {
        long[] steps = new long[STEPS.size()];
        StepReport[] reports = new StepReport[STEPS.size()];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = STEPS.get(i);
            reports[i] = StepReport.of(Map.of(StepReport.D_LOSS, LOSSES.get(i), StepReport.D_ACCURACY, 0.6));
        }
        return History.of(steps, reports);
    }

    private static Batch gaussian(double std, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] points = new double[2 * 500];
        for (int i = 0; i < points.length; i++) {
            points[i] = std * random.nextGaussian();
        }
        return Batch.of(2, points);
    }

    private static Snapshot snapshot(long step, History history, Batch real, Batch generated) {
        return new Snapshot(step, history, real, null, generated, null, null, false, 0);
    }

    private static List<Alert.Kind> kinds(List<Alert> alerts) {
        return alerts.stream().map(Alert::kind).toList();
    }
}
