package org.gansim.distributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.gansim.api.ApiVersion;
import org.gansim.api.TargetDistribution;
import org.gansim.api.param.Params;
import org.junit.jupiter.api.Test;

/** The services file lists every distribution once, so the host finds them like any other plugin. */
class ServiceListingTest {

    private static final List<String> EXPECTED = List.of("ring8", "grid25", "gaussian", "two-moons", "swiss-roll",
            "spiral", "circles", "checkerboard", "line", "blobs", "gaussian-1d", "bimodal-1d", "uniform-1d",
            "exponential-1d", "mixture-1d", "csv", "drawn");

    @Test
    void everyDistributionIsListedOnceAndCreatesASamplerFromItsDefaults() {
        Set<String> ids = new HashSet<>();
        for (TargetDistribution target : ServiceLoader.load(TargetDistribution.class)) {
            assertTrue(ids.add(target.id()), "duplicate id " + target.id());
            assertEquals(ApiVersion.CURRENT, target.apiVersion());
            assertTrue(target.id().matches("[a-z0-9-]+"), target.id());
            assertTrue(!target.description().isBlank(), target.id() + " has no description");
            target.create(Params.defaults(target.params()));
        }
        assertEquals(new HashSet<>(EXPECTED), ids);
    }
}
