package org.gansim.app.session;

import java.util.Optional;
import org.gansim.api.GanState;
import org.gansim.api.param.Params;
import org.gansim.api.Batch;
import org.gansim.api.FrozenGan;
import org.gansim.api.Gan;
import org.gansim.api.StepReport;
import org.gansim.api.training.Faults;

/**
 * A variant's live GAN seen through the host boundary: anything it throws, a missing report or a
 * NaN or infinite value in a report becomes a {@link PluginFault} naming the variant, so a
 * diverging or broken run pauses with a message instead of filling the screen with NaN.
 *
 * <p>Used by the one training thread that owns the GAN, like the GAN itself.
 */
public final class GuardedGan implements Gan {

    private final String pluginId;
    private final PluginCalls calls;
    private final Gan gan;
    private final int dataDim;
    private final int latentDim;
    private final int classes;
    /**
     * Generator steps this GAN has completed since it was built, which is the training step a fault
     * comes from minus one; -1 once a saved state is restored, when the run's step is not known here.
     */
    private long generatorSteps;

    /**
     * @param pluginId  the variant's id, for messages
     * @param gan       the variant's GAN
     * @param dataDim   the data dimension it was built for
     * @param latentDim the latent dimension it was built for
     * @param classes   the classes it was built for, 0 when not conditional
     * @param calls     records the calls into the plugin
     */
    public GuardedGan(String pluginId, Gan gan, int dataDim, int latentDim, int classes, PluginCalls calls) {
        this.pluginId = pluginId;
        this.calls = calls;
        this.gan = gan;
        this.dataDim = dataDim;
        this.latentDim = latentDim;
        this.classes = classes;
    }

    @Override
    public StepReport discriminatorStep(Batch real, Batch latent) {
        return checked(calls.call(pluginId, "in a discriminator step",
                () -> gan.discriminatorStep(real, latent)), "discriminator step");
    }

    @Override
    public StepReport generatorStep(Batch latent) {
        StepReport report = checked(calls.call(pluginId, "in a generator step", () -> gan.generatorStep(latent)),
                "generator step");
        if (generatorSteps >= 0) {
            generatorSteps++;
        }
        return report;
    }

    @Override
    public void updateParams(Params params) {
        calls.call(pluginId, "to apply new parameter values", () -> {
            gan.updateParams(params);
            return null;
        });
    }

    @Override
    public void scaleLearningRates(double factor) {
        calls.call(pluginId, "to scale its learning rates", () -> {
            gan.scaleLearningRates(factor);
            return null;
        });
    }

    @Override
    public FrozenGan freeze() {
        FrozenGan frozen = calls.call(pluginId, "to freeze its networks", gan::freeze);
        if (frozen == null) {
            throw new PluginFault(pluginId, "returned no frozen copy of its networks", null);
        }
        return new GuardedFrozenGan(pluginId, frozen, dataDim, latentDim, classes, calls, trainingStep());
    }

    @Override
    public Optional<GanState> saveState() {
        Optional<GanState> state = calls.call(pluginId, "to save its networks", gan::saveState);
        return state == null ? Optional.empty() : state;
    }

    /**
     * Restores a saved state; a refusal is the plugin's own sentence, anything else a fault naming it.
     *
     * @throws IllegalArgumentException when the plugin says the state does not fit
     */
    @Override
    public void restoreState(GanState state) {
        try {
            gan.restoreState(state);
            generatorSteps = -1;
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        } catch (RuntimeException | LinkageError e) {
            throw new PluginFault(pluginId, "failed to restore its saved networks", e);
        }
    }

    private StepReport checked(StepReport report, String what) {
        if (report == null) {
            throw new PluginFault(pluginId, "returned no report from a " + what, null);
        }
        String bad = report.firstNonFinite();
        if (bad != null) {
            throw new PluginFault(pluginId, "reported " + bad + " in a " + what + ": " + Faults.nonFinite(trainingStep()),
                    null);
        }
        return report;
    }

    /** The training step under way (from 1), or 0 when not known. */
    private long trainingStep() {
        return generatorSteps < 0 ? 0 : generatorSteps + 1;
    }
}
