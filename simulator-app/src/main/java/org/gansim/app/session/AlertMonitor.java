package org.gansim.app.session;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gansim.api.Batch;
import org.gansim.api.History;
import org.gansim.api.ModeSet;
import org.gansim.api.Snapshot;
import org.gansim.api.StepReport;
import org.gansim.api.metrics.ModeCoverage;

/**
 * Watches the snapshots a window receives for mode collapse, a discriminator that wins outright and
 * losses that swing without settling. Divergence (a NaN) is not watched here: the session already
 * pauses on it and names the plugin.
 *
 * <p>Fed once per new snapshot, off the training thread; each check reads the snapshot's few hundred
 * drawn points or the last records of the history, so it costs far less than drawing a view.
 *
 * <p>Each alert has hysteresis so it does not flicker: it is raised when its condition has held for
 * {@link #HOLD_STEPS} training steps against a strict threshold, and cleared only when a looser
 * threshold has been met for as long.
 */
public final class AlertMonitor {

    /** How long (in training steps) a condition must hold before an alert is raised or cleared. */
    public static final long HOLD_STEPS = 200;
    /** Steps ignored at the start: an untrained G always sits on one spot and D always wins at first. */
    public static final long WARM_UP_STEPS = 500;
    /** Collapse: raised at or below this share of the target's modes captured, cleared at or above the second. */
    static final double COLLAPSE_MODE_SHARE = 0.5;
    static final double RECOVERED_MODE_SHARE = 0.75;
    /** Collapse without known modes: generated spread below this share of the real spread; cleared above the second. */
    static final double COLLAPSE_SPREAD_RATIO = 0.25;
    static final double RECOVERED_SPREAD_RATIO = 0.5;
    /** D overpowering: mean accuracy over the last {@link #RECENT_RECORDS} records; cleared below the second. */
    static final double OVERPOWERING_ACCURACY = 0.95;
    static final double BALANCED_ACCURACY = 0.85;
    static final int RECENT_RECORDS = 20;
    /** Oscillation: the d_loss window, cut into segments whose means give the trend. */
    static final int OSCILLATION_RECORDS = 80;
    static final int SEGMENTS = 8;
    /** Oscillation: trend flips (of SEGMENTS - 2 possible) and swing, relative to the loss scale, to raise. */
    static final int MIN_FLIPS = 3;
    static final double MIN_SWING = 0.3;

    private final Optional<ModeSet> modes;
    private final Map<Alert.Kind, Latch> latches = new EnumMap<>(Alert.Kind.class);
    private final Map<Alert.Kind, String> evidence = new EnumMap<>(Alert.Kind.class);

    /** @param modes the target's modes when it knows them; collapse is then judged by modes captured */
    public AlertMonitor(Optional<ModeSet> modes) {
        this.modes = modes;
        for (Alert.Kind kind : Alert.Kind.values()) {
            latches.put(kind, new Latch());
        }
    }

    /** Reads one snapshot (call it once per new snapshot) and returns the alerts now raised. */
    public List<Alert> update(Snapshot snapshot) {
        long step = snapshot.step();
        if (step >= WARM_UP_STEPS) {
            checkCollapse(snapshot, step);
            checkOverpowering(snapshot.history(), step);
            checkOscillation(snapshot.history(), step);
        }
        return raised();
    }

    /** The alerts raised after the last update, in a fixed order. */
    public List<Alert> raised() {
        List<Alert> alerts = new ArrayList<>();
        for (Alert.Kind kind : Alert.Kind.values()) {
            if (latches.get(kind).on) {
                alerts.add(new Alert(kind, evidence.get(kind)));
            }
        }
        return alerts;
    }

    private void checkCollapse(Snapshot snapshot, long step) {
        Batch generated = snapshot.generated();
        if (generated == null || generated.size() < 2) {
            return;
        }
        if (modes.isPresent() && modes.get().dimension() == generated.dimension()) {
            ModeSet set = modes.get();
            int captured = ModeCoverage.measure(set, generated).modesCaptured();
            double share = captured / (double) set.count();
            judge(Alert.Kind.MODE_COLLAPSE, step, share <= COLLAPSE_MODE_SHARE, share >= RECOVERED_MODE_SHARE,
                    "G covers " + captured + " of " + set.count() + " modes; it fools D with a few and ignores the rest.");
        } else if (snapshot.real() != null && snapshot.real().dimension() == generated.dimension()) {
            double realSpread = spread(snapshot.real());
            if (!(realSpread > 0)) {
                return;
            }
            double ratio = spread(generated) / realSpread;
            if (Double.isNaN(ratio)) {
                return;
            }
            judge(Alert.Kind.MODE_COLLAPSE, step, ratio < COLLAPSE_SPREAD_RATIO, ratio > RECOVERED_SPREAD_RATIO,
                    String.format(Locale.ROOT, "G's points spread %.0f%% as wide as the real ones; "
                            + "it puts them on a few spots.", 100 * ratio));
        }
    }

    private void checkOverpowering(History history, long step) {
        double[] accuracy = tail(history.series(StepReport.D_ACCURACY), RECENT_RECORDS);
        if (accuracy == null) {
            return;
        }
        double mean = mean(accuracy);
        if (Double.isNaN(mean)) {
            return;
        }
        judge(Alert.Kind.D_OVERPOWERING, step, mean >= OVERPOWERING_ACCURACY, mean < BALANCED_ACCURACY,
                String.format(Locale.ROOT, "D is right %.1f%% of the time; its verdicts are so sure that G's "
                        + "gradient fades.", 100 * mean));
    }

    /**
     * The trend of d_loss over the window is the difference of consecutive segment means; the loss
     * oscillates when that trend changes sign often and the segment means swing far apart compared
     * with the loss's scale and with the noise of a segment mean.
     */
    private void checkOscillation(History history, long step) {
        double[] loss = tail(history.series(StepReport.D_LOSS), OSCILLATION_RECORDS);
        if (loss == null) {
            return;
        }
        Swing swing = Swing.of(loss, SEGMENTS);
        if (swing == null) {
            return;
        }
        boolean swinging = swing.flips() >= MIN_FLIPS && swing.relative() >= MIN_SWING && swing.aboveNoise();
        boolean settled = swing.flips() < MIN_FLIPS / 2 || swing.relative() < MIN_SWING / 2 || !swing.aboveNoise();
        judge(Alert.Kind.OSCILLATION, step, swinging, settled,
                String.format(Locale.ROOT, "d_loss swings by %.2f and changes direction %d times in the last %d "
                        + "records: G and D chase each other without settling.", swing.range(), swing.flips(),
                        loss.length));
    }

    private void judge(Alert.Kind kind, long step, boolean bad, boolean good, String text) {
        Latch latch = latches.get(kind);
        latch.see(step, bad, good);
        if (bad || latch.on && !good) {
            evidence.put(kind, text);
        }
        if (latch.on && evidence.get(kind) == null) {
            evidence.put(kind, text);
        }
    }

    /** The last {@code n} values, or null when fewer are recorded. */
    private static double[] tail(double[] values, int n) {
        if (values.length < n) {
            return null;
        }
        double[] last = new double[n];
        System.arraycopy(values, values.length - n, last, 0, n);
        return last;
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** The root of the summed per-axis variances: how far points lie from their centre, on average. */
    static double spread(Batch batch) {
        int d = batch.dimension();
        int n = batch.size();
        double total = 0;
        for (int axis = 0; axis < d; axis++) {
            double mean = 0;
            for (int row = 0; row < n; row++) {
                mean += batch.get(row, axis);
            }
            mean /= n;
            double variance = 0;
            for (int row = 0; row < n; row++) {
                double x = batch.get(row, axis) - mean;
                variance += x * x;
            }
            total += variance / (n - 1);
        }
        return Math.sqrt(total);
    }

    /**
     * A condition with hysteresis: turns on after {@code bad} has held for HOLD_STEPS steps, off after
     * {@code good} has held for as long; anything in between keeps the current state.
     */
    private static final class Latch {
        boolean on;
        long since = -1;

        void see(long step, boolean bad, boolean good) {
            boolean pushing = on ? good : bad;
            if (!pushing) {
                since = -1;
                return;
            }
            if (since < 0) {
                since = step;
            }
            if (step - since >= HOLD_STEPS) {
                on = !on;
                since = -1;
            }
        }
    }
}
