package org.gansim.app.lab;

import java.util.OptionalDouble;
import org.gansim.api.metrics.BinnedDivergence;

/**
 * What one finished run measured: the losses of its last step and, on a target with known modes,
 * its mode coverage; the binned divergences on 1-D and 2-D data. A run that a plugin fault stopped
 * has its message in {@code status} and no measures.
 *
 * @param run          the run
 * @param steps        generator steps taken
 * @param status       {@code ok}, or {@code failed: } and why
 * @param dLoss        the discriminator's loss at the last step (NaN when failed)
 * @param gLoss        the generator's loss at the last step (NaN when failed)
 * @param modes        modes captured, or -1 when the target does not know its modes
 * @param modeCount    the target's modes, or -1
 * @param highQuality  the share of high-quality samples, from 0 to 1 (NaN when unknown)
 * @param reverseKl    the reverse KL over the modes (NaN when undefined)
 * @param divergence   KL and JS between binned real and generated samples (null when not measured)
 * @param seconds      wall time of the run
 */
public record RunResult(SweepRun run, long steps, String status, double dLoss, double gLoss, int modes, int modeCount,
                        double highQuality, double reverseKl, BinnedDivergence divergence, double seconds) {

    /** Whether the run finished without a plugin fault. */
    public boolean ok() {
        return status.equals("ok");
    }

    /** The share of high-quality samples, when the run measured it. */
    public OptionalDouble highQualityShare() {
        return modes < 0 || Double.isNaN(highQuality) ? OptionalDouble.empty() : OptionalDouble.of(highQuality);
    }
}
