package org.gansim.examples;

import org.gansim.api.TargetDistribution;
import org.gansim.api.testkit.TargetDistributionContract;

/** The javadoc's target example meets the whole contract, so the example cannot go stale. */
class RingTargetTest implements TargetDistributionContract {

    @Override
    public TargetDistribution createDistribution() {
        return new RingTarget();
    }
}
