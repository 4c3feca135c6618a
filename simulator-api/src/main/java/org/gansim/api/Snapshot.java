package org.gansim.api;

import org.gansim.api.param.Params;

/**
 * An immutable picture of a simulation at one step, handed to the views on the Swing thread.
 *
 * @param step          generator steps taken so far
 * @param history       the recorded step reports so far (thinned out on long runs)
 * @param real          a fixed sample of real points for drawing
 * @param latent        the fixed latent vectors the generated points come from (labelled when conditional)
 * @param generated     the generator's output for {@code latent}, at this step
 * @param gan           frozen copies of G and D at this step, to evaluate on grids
 * @param params        every parameter value in force, by namespaced key ({@code variant.lr_d}, ...)
 * @param running       whether training is playing (false when paused or stepping)
 * @param stepsPerSecond recent training speed, 0 when paused
 * @since 1
 */
public record Snapshot(long step, History history, Batch real, Batch latent, Batch generated,
                       FrozenGan gan, Params params, boolean running, double stepsPerSecond) {
}
