package org.gansim.app.session;

import org.gansim.api.Batch;
import org.gansim.api.FrozenGan;
import org.gansim.api.training.Faults;

/**
 * A variant's frozen networks seen through the host boundary: the sizes are the host's own, and
 * every answer is checked for its length (and the generator's for finiteness), so a view or the
 * snapshot builder gets a {@link PluginFault} naming the variant rather than an array index error.
 *
 * <p>Immutable; any thread, like the frozen copy it wraps.
 */
final class GuardedFrozenGan implements FrozenGan {

    private final String pluginId;
    private final PluginCalls calls;
    private final FrozenGan frozen;
    private final int dataDim;
    private final int latentDim;
    private final int classes;
    private final boolean probability;
    /** The training step it was frozen at (0 when not known), for the advice on a non-finite sample. */
    private final long step;

    GuardedFrozenGan(String pluginId, FrozenGan frozen, int dataDim, int latentDim, int classes, PluginCalls calls,
                     long step) {
        this.step = step;
        this.pluginId = pluginId;
        this.calls = calls;
        this.frozen = frozen;
        this.dataDim = dataDim;
        this.latentDim = latentDim;
        this.classes = classes;
        this.probability = calls.call(pluginId, "to tell what its discriminator outputs",
                frozen::discriminatorIsProbability);
    }

    @Override
    public int dataDim() {
        return dataDim;
    }

    @Override
    public int latentDim() {
        return latentDim;
    }

    @Override
    public int classes() {
        return classes;
    }

    @Override
    public boolean discriminatorIsProbability() {
        return probability;
    }

    @Override
    public double[] generate(Batch latent) {
        double[] points = checkedLength(calls.call(pluginId, "to generate samples",
                () -> frozen.generate(latent)), latent.size() * dataDim, "generated");
        for (double v : points) {
            if (!Double.isFinite(v)) {
                throw new PluginFault(pluginId, "generated a non-finite sample (" + v
                        + "): " + Faults.nonFinite(step), null);
            }
        }
        return points;
    }

    @Override
    public double[] discriminate(Batch points) {
        return checkedLength(calls.call(pluginId, "to run its discriminator",
                () -> frozen.discriminate(points)), points.size(), "discriminator");
    }

    @Override
    public double[] discriminatorGradient(Batch points) {
        return checkedLength(calls.call(pluginId, "to compute its discriminator's gradient",
                () -> frozen.discriminatorGradient(points)), points.size() * dataDim, "gradient");
    }

    private double[] checkedLength(double[] values, int expected, String what) {
        if (values == null || values.length != expected) {
            throw new PluginFault(pluginId, "returned " + (values == null ? "no" : values.length)
                    + " " + what + " numbers where " + expected + " were expected", null);
        }
        return values;
    }
}
