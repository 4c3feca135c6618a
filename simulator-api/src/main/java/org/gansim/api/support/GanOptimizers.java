package org.gansim.api.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gansim.api.nn.Adam;
import org.gansim.api.nn.Optimizer;
import org.gansim.api.nn.RmsProp;
import org.gansim.api.nn.Sgd;
import org.gansim.api.nn.Tensor;
import org.gansim.api.param.Params;

/**
 * The two independent optimizers of a GAN, one for D and one for G, built and retuned from the
 * {@link VariantParams} keys. A change of learning rate, betas, momentum or decay is applied to the
 * running optimizers, so their accumulated state (Adam's moments, the momentum buffer) survives; a
 * change of optimizer kind replaces both with fresh ones.
 *
 * <p>A key the variant does not declare falls back to: {@code adam}, learning rates 2e-4, beta1 0.5,
 * beta2 0.999 (Radford et al. 2015), momentum 0, RMSprop alpha 0.99. Used by one training thread only.
 *
 * @since 1
 */
public final class GanOptimizers {

    /** Keeps Adam's and RMSprop's division safe where a gradient has always been zero. */
    private static final double EPSILON = 1e-8;

    private final List<Tensor> discriminatorParameters;
    private final List<Tensor> generatorParameters;
    private String kind;
    private Optimizer discriminator;
    private Optimizer generator;

    /**
     * @param discriminatorParameters D's weights and biases; never null
     * @param generatorParameters     G's weights and biases; never null
     * @param params                  the variant's values; never null
     */
    public GanOptimizers(List<Tensor> discriminatorParameters, List<Tensor> generatorParameters, Params params) {
        this.discriminatorParameters = List.copyOf(discriminatorParameters);
        this.generatorParameters = List.copyOf(generatorParameters);
        this.kind = kind(params);
        this.discriminator = create(kind, this.discriminatorParameters, learningRate(params, VariantParams.LR_D), params);
        this.generator = create(kind, this.generatorParameters, learningRate(params, VariantParams.LR_G), params);
    }

    /** D's optimizer. */
    public Optimizer discriminator() {
        return discriminator;
    }

    /** G's optimizer. */
    public Optimizer generator() {
        return generator;
    }

    /** Applies new values between steps, keeping optimizer state unless the kind of optimizer changed. */
    public void update(Params params) {
        String newKind = kind(params);
        if (!newKind.equals(kind)) {
            kind = newKind;
            discriminator = create(kind, discriminatorParameters, learningRate(params, VariantParams.LR_D), params);
            generator = create(kind, generatorParameters, learningRate(params, VariantParams.LR_G), params);
            return;
        }
        retune(discriminator, learningRate(params, VariantParams.LR_D), params);
        retune(generator, learningRate(params, VariantParams.LR_G), params);
    }

    private static Optimizer create(String kind, List<Tensor> parameters, double learningRate, Params params) {
        return switch (kind) {
            case VariantParams.ADAM -> new Adam(parameters, learningRate,
                    value(params, VariantParams.BETA1, 0.5), value(params, VariantParams.BETA2, 0.999), EPSILON);
            case VariantParams.RMSPROP -> new RmsProp(parameters, learningRate,
                    value(params, VariantParams.ALPHA, 0.99), EPSILON);
            case VariantParams.SGD -> new Sgd(parameters, learningRate, value(params, VariantParams.MOMENTUM, 0));
            default -> throw new IllegalArgumentException(VariantParams.OPTIMIZER
                    + " must be one of adam, rmsprop, sgd, got '" + kind + "'");
        };
    }

    private static void retune(Optimizer optimizer, double learningRate, Params params) {
        optimizer.setLearningRate(learningRate);
        if (optimizer instanceof Adam adam) {
            adam.setBetas(value(params, VariantParams.BETA1, 0.5), value(params, VariantParams.BETA2, 0.999));
        } else if (optimizer instanceof RmsProp rmsProp) {
            rmsProp.setAlpha(value(params, VariantParams.ALPHA, 0.99));
        } else if (optimizer instanceof Sgd sgd) {
            sgd.setMomentum(value(params, VariantParams.MOMENTUM, 0));
        }
    }

    private static String kind(Params params) {
        return params.has(VariantParams.OPTIMIZER) ? params.getString(VariantParams.OPTIMIZER) : VariantParams.ADAM;
    }

    private static double learningRate(Params params, String key) {
        return value(params, key, 2e-4);
    }

    private static double value(Params params, String key, double fallback) {
        return params.has(key) ? params.getDouble(key) : fallback;
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
