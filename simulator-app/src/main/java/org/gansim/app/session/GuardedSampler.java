package org.gansim.app.session;

import java.util.Optional;
import java.util.random.RandomGenerator;
import org.gansim.api.ModeSet;
import org.gansim.api.PlotBounds;
import org.gansim.api.Sampler;
import org.gansim.api.TargetDistribution;
import org.gansim.api.param.Params;
import org.gansim.api.Batch;

/**
 * A target's sampler seen through the host boundary: every call is guarded, and every batch is
 * checked for its size, dimension, labels and finiteness, so a faulty target becomes a
 * {@link PluginFault} naming it instead of poisoning training.
 *
 * <p>Immutable; any thread, like the sampler it wraps.
 */
public final class GuardedSampler implements Sampler {

    private final String pluginId;
    private final PluginCalls calls;
    private final Sampler sampler;
    private final int dimension;
    private final int classes;
    private final PlotBounds bounds;
    private final Optional<ModeSet> modes;
    private final Optional<org.gansim.api.Density> density;

    /**
     * Creates the target's sampler for {@code params} and checks what it says about itself.
     *
     * @param calls records the calls into the plugin
     * @throws IllegalArgumentException when the target refuses the values, with the target's own sentence
     * @throws PluginFault              when the target fails in any other way
     */
    public static GuardedSampler create(TargetDistribution target, Params params, PluginCalls calls) {
        Object made = calls.call(target.id(), "to create its sampler", () -> {
            try {
                return target.create(params);
            } catch (IllegalArgumentException refused) {
                return refused;
            }
        });
        if (made instanceof IllegalArgumentException refused) {
            // The API's way to refuse a combination of values (an empty drawing, say): a bad value
            // for the user to correct, not a fault of the plugin.
            String why = refused.getMessage();
            throw new IllegalArgumentException(why == null || why.isBlank()
                    ? "Target '" + target.id() + "' refuses these parameter values" : why, refused);
        }
        if (made == null) {
            throw new PluginFault(target.id(), "returned no sampler", null);
        }
        return new GuardedSampler(target.id(), (Sampler) made, calls);
    }

    GuardedSampler(String pluginId, Sampler sampler, PluginCalls calls) {
        this.pluginId = pluginId;
        this.calls = calls;
        this.sampler = sampler;
        this.dimension = calls.call(pluginId, "to tell its dimension", sampler::dimension);
        this.classes = calls.call(pluginId, "to tell its classes", sampler::classes);
        this.bounds = calls.call(pluginId, "to tell its plot bounds", sampler::bounds);
        Optional<ModeSet> m = calls.call(pluginId, "to tell its modes", sampler::modes);
        this.modes = m == null ? Optional.empty() : m;
        Optional<org.gansim.api.Density> d = calls.call(pluginId, "to tell its density", sampler::density);
        this.density = d == null ? Optional.empty() : d;
        if (dimension < 1 || classes < 0 || bounds == null) {
            throw new PluginFault(pluginId, "describes an impossible sampler: dimension " + dimension
                    + ", classes " + classes + ", bounds " + bounds, null);
        }
    }

    public String pluginId() {
        return pluginId;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public Batch sample(int n, RandomGenerator rng) {
        Batch batch = calls.call(pluginId, "drawing samples", () -> sampler.sample(n, rng));
        if (batch == null) {
            throw new PluginFault(pluginId, "returned no batch of samples", null);
        }
        if (batch.size() != n || batch.dimension() != dimension) {
            throw new PluginFault(pluginId, "returned " + batch.size() + " points of dimension "
                    + batch.dimension() + " when asked for " + n + " of dimension " + dimension, null);
        }
        // Read in place: a copy of every batch would cost each training step another array.
        for (int row = 0; row < n; row++) {
            for (int axis = 0; axis < dimension; axis++) {
                double value = batch.get(row, axis);
                if (!Double.isFinite(value)) {
                    throw new PluginFault(pluginId, "returned a non-finite sample (" + value + ")", null);
                }
            }
        }
        if (classes > 0) {
            int[] labels = batch.labels();
            if (labels == null) {
                throw new PluginFault(pluginId, "has " + classes + " classes but returned unlabelled samples", null);
            }
            for (int label : labels) {
                if (label < 0 || label >= classes) {
                    throw new PluginFault(pluginId, "returned label " + label + " outside 0.." + (classes - 1), null);
                }
            }
        }
        return batch;
    }

    @Override
    public PlotBounds bounds() {
        return bounds;
    }

    @Override
    public int classes() {
        return classes;
    }

    @Override
    public Optional<ModeSet> modes() {
        return modes;
    }

    /** The plugin's density, asked for once when the run is built; views call it and catch its faults. */
    @Override
    public Optional<org.gansim.api.Density> density() {
        return density;
    }
}
