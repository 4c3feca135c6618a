package org.gansim.api.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gansim.api.nn.Adam;
import org.gansim.api.nn.Optimizer;
import org.gansim.api.nn.RmsProp;
import org.gansim.api.nn.Sgd;
import org.gansim.api.nn.Tensor;

/**
 * The two independent optimizers of a GAN, one for D and one for G, built and retuned from
 * {@link OptimizerSettings}. A change of learning rate, betas, momentum or decay is applied to the
 * running optimizers, so their accumulated state (Adam's moments, the momentum buffer) survives; a
 * change of optimizer kind replaces both with fresh ones. Used by one training thread only.
 *
 * @since 1
 */
public final class GanOptimizers {

    /** Keeps Adam's and RMSprop's division safe where a gradient has always been zero. */
    private static final double EPSILON = 1e-8;

    private final List<Tensor> discriminatorParameters;
    private final List<Tensor> generatorParameters;
    private String kind;
    private OptimizerSettings settings;
    /** The learning-rate schedule's factor now: each optimizer runs at its set rate times this. */
    private double factor = 1;
    private Optimizer discriminator;
    private Optimizer generator;

    /**
     * @param discriminatorParameters D's weights and biases; never null
     * @param generatorParameters     G's weights and biases; never null
     * @param settings                the optimizer settings; never null
     */
    public GanOptimizers(List<Tensor> discriminatorParameters, List<Tensor> generatorParameters,
                         OptimizerSettings settings) {
        this.discriminatorParameters = List.copyOf(discriminatorParameters);
        this.generatorParameters = List.copyOf(generatorParameters);
        this.kind = settings.optimizer();
        this.settings = settings;
        this.discriminator = create(this.discriminatorParameters, settings.lrD(), settings);
        this.generator = create(this.generatorParameters, settings.lrG(), settings);
    }

    /** D's optimizer. */
    public Optimizer discriminator() {
        return discriminator;
    }

    /** G's optimizer. */
    public Optimizer generator() {
        return generator;
    }

    /**
     * Applies new settings between steps, keeping optimizer state unless the kind of optimizer changed.
     * The learning rates are the new ones times the schedule's factor in force.
     */
    public void update(OptimizerSettings newSettings) {
        settings = newSettings;
        if (!newSettings.optimizer().equals(kind)) {
            kind = newSettings.optimizer();
            discriminator = create(discriminatorParameters, newSettings.lrD() * factor, newSettings);
            generator = create(generatorParameters, newSettings.lrG() * factor, newSettings);
            return;
        }
        retune(discriminator, newSettings.lrD() * factor, newSettings);
        retune(generator, newSettings.lrG() * factor, newSettings);
    }

    /**
     * Runs both optimizers at {@code newFactor} times their set learning rates, keeping their state:
     * a learning-rate schedule's step.
     *
     * @param newFactor 0 or more
     * @throws IllegalArgumentException when the factor is negative or not a number
     * @since 2
     */
    public void scaleLearningRates(double newFactor) {
        if (!(newFactor >= 0)) {
            throw new IllegalArgumentException("A learning-rate factor must be 0 or more, got " + newFactor);
        }
        factor = newFactor;
        discriminator.setLearningRate(settings.lrD() * factor);
        generator.setLearningRate(settings.lrG() * factor);
    }

    private static Optimizer create(List<Tensor> parameters, double learningRate, OptimizerSettings settings) {
        return switch (settings.optimizer()) {
            case VariantParams.ADAM -> new Adam(parameters, learningRate, settings.beta1(), settings.beta2(), EPSILON);
            case VariantParams.RMSPROP -> new RmsProp(parameters, learningRate, settings.alpha(), EPSILON);
            default -> new Sgd(parameters, learningRate, settings.momentum());
        };
    }

    private static void retune(Optimizer optimizer, double learningRate, OptimizerSettings settings) {
        optimizer.setLearningRate(learningRate);
        if (optimizer instanceof Adam adam) {
            adam.setBetas(settings.beta1(), settings.beta2());
        } else if (optimizer instanceof RmsProp rmsProp) {
            rmsProp.setAlpha(settings.alpha());
        } else if (optimizer instanceof Sgd sgd) {
            sgd.setMomentum(settings.momentum());
        }
    }

    /**
     * Both optimizers' accumulated state, D's names prefixed {@code d.}, G's {@code g.} (API 2, for
     * saved experiments).
     */
    public Map<String, double[]> state() {
        Map<String, double[]> state = new LinkedHashMap<>();
        discriminator.state().forEach((name, values) -> state.put("d." + name, values));
        generator.state().forEach((name, values) -> state.put("g." + name, values));
        return state;
    }

    /**
     * Restores what {@link #state()} returned, into optimizers of the same kind.
     *
     * @throws IllegalArgumentException one sentence when the state belongs to other optimizers
     */
    public void restoreState(Map<String, double[]> state) {
        Map<String, double[]> d = new LinkedHashMap<>();
        Map<String, double[]> g = new LinkedHashMap<>();
        state.forEach((name, values) -> {
            if (name.startsWith("d.")) {
                d.put(name.substring(2), values);
            } else if (name.startsWith("g.")) {
                g.put(name.substring(2), values);
            } else {
                throw new IllegalArgumentException("The saved optimizer state '" + name + "' is neither D's nor G's");
            }
        });
        discriminator.restoreState(d);
        generator.restoreState(g);
    }
}
