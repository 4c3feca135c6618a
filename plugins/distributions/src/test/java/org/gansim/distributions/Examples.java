package org.gansim.distributions;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.gansim.api.TargetDistribution;
import org.gansim.api.param.Params;

/** Parameters that make a working sampler for every distribution: the defaults, plus a data file for csv. */
final class Examples {

    private Examples() {
    }

    static Params params(TargetDistribution target) {
        Params defaults = Params.defaults(target.params());
        return target.id().equals("csv") ? defaults.with("file", twoClassesCsv().toString()) : defaults;
    }

    /** A small labelled CSV file from the test resources. */
    static Path twoClassesCsv() {
        try {
            return Path.of(Examples.class.getResource("/two-classes.csv").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
