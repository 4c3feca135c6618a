package org.gansim.api.testkit;

import org.gansim.api.GanVariant;
import org.gansim.samples.LinearGanVariant;

/** The JUnit form of the contract runs every check on a good variant as a test. */
class LinearGanContractTest implements GanVariantContract {

    @Override
    public GanVariant createVariant() {
        return new LinearGanVariant();
    }
}
