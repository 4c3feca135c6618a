package org.gansim.app.session;

import org.gansim.api.GanState;

/**
 * Where a run was when it was saved: enough, with its settings and seed, to continue it exactly.
 *
 * @param steps        generator steps taken
 * @param dataStream   the real-data stream's position
 * @param latentStream the latent stream's position
 * @param gan          the networks, optimizers and in-step stream, or null when the variant cannot save them
 */
public record SavedRun(long steps, long[] dataStream, long[] latentStream, GanState gan) {
}
