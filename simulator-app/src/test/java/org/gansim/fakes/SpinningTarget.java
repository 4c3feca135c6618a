package org.gansim.fakes;

import org.gansim.api.ApiVersion;
import org.gansim.api.Sampler;
import org.gansim.api.TargetDistribution;
import org.gansim.api.param.Params;

/**
 * A target whose constructor never returns (an endless loop a student left in it). Only ever loaded
 * in a child JVM, which ends with the test: the loop ignores interrupts, as real ones do.
 */
public final class SpinningTarget implements TargetDistribution {

    public SpinningTarget() {
        long spins = 0;
        while (spins >= 0) {
            spins = (spins + 1) & Long.MAX_VALUE;
        }
    }

    @Override
    public String id() {
        return "spinning";
    }

    @Override
    public int apiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public Sampler create(Params params) {
        throw new UnsupportedOperationException("never created");
    }
}
