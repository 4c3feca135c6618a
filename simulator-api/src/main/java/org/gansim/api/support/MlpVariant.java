package org.gansim.api.support;

import java.util.ArrayList;
import java.util.List;
import org.gansim.api.GanSetup;
import org.gansim.api.GanVariant;
import org.gansim.api.param.ParamSpec;

/**
 * A base for variants whose GAN is an {@link MlpGan}: it holds the plugin's identity (id, menu name,
 * description, API version, through {@link DescribedPlugin}) and lists the parameters every such GAN reads (the optimizer's, from
 * the variant's {@link OptimizerSettings}, and the two hidden-layer activations), after the
 * variant's own. A subclass passes its identity and defaults to the constructor, lists its own
 * parameters in {@link #variantParams()} and writes {@link #create}.
 *
 * <p>Example: {@code org.gansim.examples.NonSaturatingVariant} in the API's test sources ({@code
 * simulator-api/src/test/java/org/gansim/examples}), compiled and contract-tested with every build;
 * the built-in {@code VanillaVariant} adds its choice of loss in {@link #variantParams()}.
 * Implementing {@link GanVariant} directly works the same; this base only saves the plumbing.
 * Immutable; any thread, as every plugin.
 *
 * @since 2
 */
public abstract class MlpVariant extends DescribedPlugin implements GanVariant {

    private final OptimizerSettings optimizer;
    private final String generatorActivation;
    private final String discriminatorActivation;

    /**
     * A variant with ReLU in the generator and leaky ReLU in the discriminator (Radford et al. 2015).
     *
     * @param id          the stable id, such as {@code "vanilla"}; never null
     * @param name        the menu name; never null
     * @param description one or two sentences that say where the defaults come from; never null
     * @param optimizer   the optimizer defaults; never null
     */
    protected MlpVariant(String id, String name, String description, OptimizerSettings optimizer) {
        this(id, name, description, optimizer, VariantParams.RELU, VariantParams.LEAKY_RELU);
    }

    /**
     * A variant with the given hidden-layer activations.
     *
     * @param generatorActivation     {@link VariantParams#RELU}, {@link VariantParams#LEAKY_RELU} or
     *                                {@link VariantParams#TANH}
     * @param discriminatorActivation the same choice for D
     */
    protected MlpVariant(String id, String name, String description, OptimizerSettings optimizer,
                         String generatorActivation, String discriminatorActivation) {
        super(id, name, description);
        this.optimizer = optimizer;
        this.generatorActivation = generatorActivation;
        this.discriminatorActivation = discriminatorActivation;
    }

    /** The variant's own parameters, shown first; empty by default. */
    protected List<ParamSpec> variantParams() {
        return List.of();
    }

    /**
     * Builds a new GAN with freshly initialised networks, as {@link GanVariant#create} does; declared
     * to return an {@link MlpGan}, so an author of such a variant meets no other kind of GAN.
     */
    @Override
    public abstract MlpGan create(GanSetup setup);

    /** The variant's own parameters, then the optimizer's, then the two activations. */
    @Override
    public final List<ParamSpec> params() {
        List<ParamSpec> specs = new ArrayList<>(variantParams());
        specs.addAll(optimizer.specs());
        specs.add(VariantParams.generatorActivation(generatorActivation));
        specs.add(VariantParams.discriminatorActivation(discriminatorActivation));
        return List.copyOf(specs);
    }
}
