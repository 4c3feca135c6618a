package org.gansim.samples;

import java.util.List;
import org.gansim.api.ApiVersion;
import org.gansim.api.GanVariant;
import org.gansim.api.param.ParamSpec;
import org.gansim.api.Gan;
import org.gansim.api.GanSetup;

/** A well-behaved variant for the kit's own tests: {@link LinearGan}. Subclasses break one rule each. */
public class LinearGanVariant implements GanVariant {

    @Override
    public String id() {
        return "linear-gan";
    }

    @Override
    public int apiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(ParamSpec.decimal("lr", "Learning rate", 0.05, 1e-4, 1).logScale());
    }

    @Override
    public Gan create(GanSetup setup) {
        return new LinearGan(setup);
    }

    /** The same GAN with class labels given to G and D. */
    public static class Conditional extends LinearGanVariant {
        @Override
        public String id() {
            return "linear-cgan";
        }

        @Override
        public boolean conditional() {
            return true;
        }
    }
}
