package org.gansim.api.testkit;

import org.gansim.api.TargetDistribution;
import org.gansim.samples.BrokenClusters;
import org.gansim.samples.Cluster;

/** The JUnit form of the contract runs every check on a good target as a test. */
class ClusterContractTest implements TargetDistributionContract {

    @Override
    public TargetDistribution createDistribution() {
        return new Cluster();
    }
}
