package org.gansim.app.session;

import org.gansim.api.GanState;
import org.gansim.api.History;

/**
 * Where a run was when it was saved: enough, with its settings and seed, to continue it exactly.
 *
 * @param steps        generator steps taken
 * @param dataStream   the real-data stream's position
 * @param latentStream the latent stream's position
 * @param gan          the networks, optimizers and in-step stream, or null when the variant cannot save them
 * @param history      the step reports recorded so far (the charts), empty when not saved
 * @param historyStride how many steps apart those records were kept ({@code HistoryRecorder.stride()})
 */
public record SavedRun(long steps, long[] dataStream, long[] latentStream, GanState gan, History history,
                       long historyStride) {

    /** A saved run without its history. */
    public SavedRun(long steps, long[] dataStream, long[] latentStream, GanState gan) {
        this(steps, dataStream, latentStream, gan, History.empty(), 1);
    }
}
