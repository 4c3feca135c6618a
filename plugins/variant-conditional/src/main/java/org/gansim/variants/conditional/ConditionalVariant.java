package org.gansim.variants.conditional;

import java.util.List;
import org.gansim.api.GanSetup;
import org.gansim.api.param.ParamSpec;
import org.gansim.api.param.Params;
import org.gansim.api.support.CrossEntropyGan;
import org.gansim.api.support.MlpGan;
import org.gansim.api.support.MlpVariant;
import org.gansim.api.support.OptimizerSettings;

/**
 * {@code cgan}: the conditional GAN of Mirza and Osindero (2014). The one-hot class label y is
 * appended to z for the generator and to x for the discriminator, so G learns p(x | y) and can be
 * asked for a chosen class. Works with every labelled target. Stateless; any thread.
 */
public final class ConditionalVariant extends MlpVariant {

    /** The class shown in the views, or -1 for every class. */
    public static final String SHOW_CLASS = "show_class";

    public ConditionalVariant() {
        super("cgan", "Conditional GAN",
                "Conditional GAN (Mirza and Osindero 2014): the one-hot class label is appended to z for G and"
                        + " to x for D, so G learns each class separately and can be asked for one; needs a"
                        + " labelled target. Losses and defaults are the vanilla GAN's (non-saturating, Adam"
                        + " beta1 0.5, learning rates 1e-3); show_class picks the class the views generate.",
                OptimizerSettings.adam(1e-3, 0.5, 0.999).withMomentum(0.5));
    }

    @Override
    public boolean conditional() {
        return true;
    }

    @Override
    protected List<ParamSpec> variantParams() {
        return List.of(
                ParamSpec.integer(SHOW_CLASS, "Class to show", -1, -1, 63)
                        .describe("Which class the generator is asked for in the views: -1 for every class,"
                                + " else a class number from 0."),
                CrossEntropyGan.lossSpec(),
                CrossEntropyGan.labelSmoothingSpec());
    }

    @Override
    public MlpGan create(GanSetup setup) {
        return new ConditionalGan(setup);
    }

    @Override
    public String objective(Params params) {
        return "D: max E[log D(x | y)] + E[log(1 \u2212 D(G(z | y) | y))]    G: max E[log D(G(z | y) | y)]";
    }
}
