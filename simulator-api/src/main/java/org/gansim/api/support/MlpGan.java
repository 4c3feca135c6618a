package org.gansim.api.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.gansim.api.nn.Activation;
import org.gansim.api.nn.Autograd;
import org.gansim.api.nn.Init;
import org.gansim.api.nn.Mlp;
import org.gansim.api.nn.Tensor;
import org.gansim.api.param.Params;
import org.gansim.api.Batch;
import org.gansim.api.FrozenGan;
import org.gansim.api.Gan;
import org.gansim.api.GanSetup;
import org.gansim.api.GanState;
import org.gansim.api.SavableRandom;
import org.gansim.api.StepReport;

/**
 * A base for GANs whose generator and discriminator are multi-layer perceptrons: it builds both
 * networks from the {@link GanSetup}, feeds class labels and packs samples as the {@link NetworkShape}
 * says, owns one optimizer per network, applies live parameter changes and freezes copies for the
 * views. A subclass writes only what makes its variant different: its losses, in
 * {@link #discriminatorStep} and {@link #generatorStep}.
 *
 * <p>Example: {@code org.gansim.examples.NonSaturatingGan} in the API's test sources ({@code
 * simulator-api/src/test/java/org/gansim/examples}), compiled and contract-tested with every build:
 * its {@code discriminatorStep} is the heart of the vanilla GAN, binary cross-entropy on the logits
 * of {@link #discriminate}, then {@link #updateDiscriminator} and {@link
 * #discriminatorReport(Tensor, Tensor, Tensor, double)}.
 *
 * <p>Reads its optimizers' settings with {@link OptimizerSettings#from}, so the variant must list
 * them ({@link MlpVariant} does), and the {@link VariantParams} activation keys (ReLU for G and leaky
 * ReLU for D when the variant lists none). Like every {@link Gan}, an {@code MlpGan} is used by
 * the one training thread that created it.
 *
 * @since 1
 */
public abstract class MlpGan implements Gan {

    /** The setup the networks were built from. */
    protected final GanSetup setup;
    /** How the networks are wired. */
    protected final NetworkShape shape;
    /** The generator: latent vector (and one-hot label) in, data point out. */
    protected final Mlp generator;
    /** The discriminator or critic: {@code pack} data points (each with its one-hot label) in, one raw score out. */
    protected final Mlp discriminator;
    /** Randomness inside steps (interpolation weights, ...), independent of the data and latent streams. */
    protected final RandomGenerator stepRandom;

    /** The names under which {@link #saveState()} keeps the average of G's weights and its count of updates. */
    private static final String AVERAGE = "generator_average";
    private static final String AVERAGE_UPDATES = "generator_average_updates";

    private final GanOptimizers optimizers;
    /** The moving average of G's weights shown and scored; kept from the start so switching it on is smooth. */
    private final GeneratorAverage generatorAverage;
    private Params params;

    /**
     * Builds both networks for an unconditional discriminator of one sample that outputs a
     * probability ({@link NetworkShape#standard()}), as the vanilla GAN's.
     *
     * @param setup sizes, the variant's parameter values and the seed; never null
     */
    protected MlpGan(GanSetup setup) {
        this(setup, NetworkShape.standard());
    }

    /**
     * Builds both networks from {@code setup.initRandom()}: the same setup gives the same weights.
     *
     * @param setup sizes, the variant's parameter values and the seed; never null
     * @param shape labels, packing and output kind; never null
     * @throws IllegalArgumentException when a conditional shape is given a setup without classes
     */
    protected MlpGan(GanSetup setup, NetworkShape shape) {
        if (shape.conditional() && setup.classes() < 2) {
            throw new IllegalArgumentException("A conditional GAN needs a target labelled with at least 2 classes,"
                    + " got " + setup.classes());
        }
        this.setup = setup;
        this.shape = shape;
        this.params = setup.params();
        RandomGenerator init = setup.initRandom();
        this.generator = buildMlp(setup.latentDim() + classes(), setup.generatorHidden(),
                activation(VariantParams.G_ACTIVATION, VariantParams.RELU), setup.dataDim(), init);
        this.discriminator = buildMlp(shape.pack() * (setup.dataDim() + classes()), setup.discriminatorHidden(),
                activation(VariantParams.D_ACTIVATION, VariantParams.LEAKY_RELU), 1, init);
        this.stepRandom = setup.stepRandom();
        this.optimizers = new GanOptimizers(discriminator.parameters(), generator.parameters(),
                OptimizerSettings.from(params));
        this.generatorAverage = new GeneratorAverage(generator);
    }

    private static Mlp buildMlp(int inputs, List<Integer> hidden, Activation activation, int outputs,
                                RandomGenerator rng) {
        // He initialisation keeps ReLU-family activations at a steady scale through the layers;
        // Xavier does the same for tanh.
        return Mlp.builder(inputs)
                .hidden(hidden.stream().mapToInt(Integer::intValue).toArray())
                .activation(activation)
                .output(outputs, Activation.IDENTITY)
                .init(activation == Activation.TANH ? Init.xavier() : Init.he())
                .build(rng);
    }

    private Activation activation(String key, String fallback) {
        String name = params.has(key) ? params.getString(key) : fallback;
        return switch (name) {
            case VariantParams.RELU -> Activation.RELU;
            case VariantParams.TANH -> Activation.TANH;
            case VariantParams.LEAKY_RELU -> Activation.LEAKY_RELU;
            default -> throw new IllegalArgumentException(key + " must be one of relu, leaky_relu, tanh, got '"
                    + name + "'");
        };
    }

    /** The parameter values in force (the setup's, then every live change). */
    protected Params params() {
        return params;
    }

    /** The number of classes fed to the networks: the setup's when conditional, else 0. */
    protected int classes() {
        return shape.conditional() ? setup.classes() : 0;
    }

    /**
     * Runs the generator on a latent batch, attached to the graph so a loss can reach G's weights.
     *
     * @param latent latent vectors, labelled when conditional
     * @return one generated point per row
     */
    protected Tensor generate(Batch latent) {
        return generator.forward(withLabels(Tensor.of(latent.size(), latent.dimension(), latent.points()), latent));
    }

    /** The points of a batch as a constant tensor, one per row. */
    protected static Tensor points(Batch batch) {
        return Tensor.of(batch.size(), batch.dimension(), batch.points());
    }

    /**
     * Runs the discriminator: appends each point's one-hot label when conditional, packs
     * {@code pack} points into one input row, and returns the raw outputs (logits or scores).
     *
     * @param points     one point per row (real, generated, or interpolated)
     * @param labelsFrom the batch whose labels belong to {@code points} (ignored when unconditional)
     * @return one row per pack of points, one column
     */
    protected Tensor discriminate(Tensor points, Batch labelsFrom) {
        return discriminator.forward(pack(withLabels(points, labelsFrom)));
    }

    private Tensor withLabels(Tensor rows, Batch labelsFrom) {
        if (classes() == 0) {
            return rows;
        }
        if (!labelsFrom.hasLabels()) {
            throw new IllegalArgumentException("A conditional GAN needs labelled batches");
        }
        return Tensor.concatColumns(rows, OneHot.encode(labelsFrom.labels(), classes()));
    }

    /**
     * Packs rows for a discriminator that judges {@code m} samples at once (Lin et al. 2018): the rows
     * are split into m consecutive blocks and block j becomes columns j of each packed row. Samples are
     * independent, so which ones share a pack does not matter. Rows beyond a multiple of m are left out.
     */
    private Tensor pack(Tensor rows) {
        int m = shape.pack();
        if (m == 1) {
            return rows;
        }
        int packs = rows.rows() / m;
        if (packs == 0) {
            throw new IllegalArgumentException("A batch of " + rows.rows() + " samples cannot fill one pack of " + m);
        }
        Tensor[] blocks = new Tensor[m];
        for (int j = 0; j < m; j++) {
            blocks[j] = rows.sliceRows(j * packs, (j + 1) * packs);
        }
        return Tensor.concatColumns(blocks);
    }

    /**
     * The norm of the gradient of the discriminator's output by each point, {@code sqrt(|grad|^2 +
     * tiny)}, differentiable by D's weights: what a gradient penalty keeps near 1. When D sees the
     * points alone (no labels, no packs) this is {@link Mlp#inputGradientNorms}, in closed form and
     * in floats under {@link org.gansim.api.nn.Precision#FLOAT}; otherwise it is taken through a
     * recorded backward pass of {@link #discriminate}.
     *
     * @param points     one point per row
     * @param labelsFrom the batch whose labels belong to {@code points} (ignored when unconditional)
     * @return one norm per point, one column
     * @since 2
     */
    protected Tensor discriminatorGradientNorms(Tensor points, Batch labelsFrom, double tiny) {
        if (classes() == 0 && shape.pack() == 1) {
            return discriminator.inputGradientNorms(points, tiny);
        }
        // Each score depends only on its own points, so the gradient of their sum holds every point's own.
        Tensor gradients = Autograd.grad(discriminate(points, labelsFrom).sum(), List.of(points), true).get(0);
        return gradients.square().sumEachRow().add(tiny).sqrt();
    }

    /** Takes one optimizer step of the discriminator down the gradient of {@code loss}. */
    protected void updateDiscriminator(Tensor loss) {
        optimizers.discriminator().zeroGrad();
        loss.backward();
        optimizers.discriminator().step();
    }

    /**
     * Takes one optimizer step of the generator down the gradient of {@code loss}, and measures how
     * hard the loss pushes each generated point.
     *
     * <p>The gradient is taken in two halves of the chain rule: first the gradient of the loss with
     * respect to the generated points (back through D), then from the points back into G's weights
     * (back through G, as the backward pass of {@code sum(points * thatGradient)}). The result is
     * exactly dLoss/dWeights, D's weights are left alone, and the first half is the push on each
     * point that the report shows.
     *
     * @param loss    a scalar, the mean of {@code terms} loss terms, depending on G's weights only
     *                through {@code samples}
     * @param samples G's output for this step, one point per row
     * @param terms   how many terms the loss averages (D's output rows)
     * @return the mean over points of the norm of the gradient of each point's own loss term with
     *     respect to that point ({@code terms} times the mean loss's gradient), for
     *     {@link StepReport#G_GRADIENT_NORM}
     */
    protected double updateGenerator(Tensor loss, Tensor samples, int terms) {
        Tensor pushOnSamples = Autograd.grad(loss, List.of(samples), false).get(0);
        optimizers.generator().zeroGrad();
        samples.mul(pushOnSamples).sum().backward();
        optimizers.generator().step();
        if (params.has(VariantParams.G_AVERAGE)) {
            // Also at 0 (a plain copy), so that switching the average on mid-run starts from the live weights.
            generatorAverage.update(averageDecay());
        }
        return meanRowNorm(pushOnSamples) * terms;
    }

    /** Clips every discriminator weight and bias into [-c, c], as WGAN does after each critic step. */
    protected void clipDiscriminatorWeights(double c) {
        discriminator.clipWeights(c);
    }

    private static double meanRowNorm(Tensor t) {
        double sum = 0;
        for (int i = 0; i < t.rows(); i++) {
            double squares = 0;
            for (int j = 0; j < t.cols(); j++) {
                squares += t.get(i, j) * t.get(i, j);
            }
            sum += Math.sqrt(squares);
        }
        return sum / t.rows();
    }

    /**
     * The report of a discriminator step: its loss, the mean output on real and on fake samples
     * (probabilities when D outputs one, else raw scores) and its accuracy.
     *
     * @param loss        the scalar loss D was updated on
     * @param realOutputs D's raw outputs on the real batch
     * @param fakeOutputs D's raw outputs on the fake batch
     * @param threshold   the raw output above which D says "real": 0 for logits, halfway between the
     *                    targets for least squares
     */
    protected StepReport discriminatorReport(Tensor loss, Tensor realOutputs, Tensor fakeOutputs, double threshold) {
        return discriminatorReport(loss, realOutputs, fakeOutputs, threshold, true);
    }

    /**
     * The report of a discriminator step whose "real" side may be below the threshold (a least-squares
     * D taught b &lt; a).
     *
     * @param realAbove whether outputs above {@code threshold} mean "real"
     */
    protected StepReport discriminatorReport(Tensor loss, Tensor realOutputs, Tensor fakeOutputs, double threshold,
                                             boolean realAbove) {
        double[] real = realOutputs.toArray();
        double[] fake = fakeOutputs.toArray();
        int correct = 0;
        for (double r : real) {
            correct += (r > threshold) == realAbove ? 1 : 0;
        }
        for (double f : fake) {
            correct += (f > threshold) != realAbove ? 1 : 0;
        }
        return StepReport.empty()
                .with(StepReport.D_LOSS, loss.item())
                .with(StepReport.D_REAL, meanOutput(real))
                .with(StepReport.D_FAKE, meanOutput(fake))
                .with(StepReport.D_ACCURACY, correct / (double) (real.length + fake.length));
    }

    private double meanOutput(double[] raw) {
        double sum = 0;
        for (double v : shape.outputProbability() ? MlpFrozenGan.probabilities(raw) : raw) {
            sum += v;
        }
        return sum / raw.length;
    }

    @Override
    public void updateParams(Params newParams) {
        optimizers.update(OptimizerSettings.from(newParams));
        this.params = newParams;
    }

    /** Both optimizers run at {@code factor} times their set learning rates from the next step on. */
    @Override
    public void scaleLearningRates(double factor) {
        optimizers.scaleLearningRates(factor);
    }

    /**
     * The learning rate D's optimizer steps with now: {@link VariantParams#LR_D} times the schedule's
     * factor. A variant that takes optimizer steps of its own (the unrolled GAN) takes them at this rate.
     */
    protected double discriminatorLearningRate() {
        return optimizers.discriminator().learningRate();
    }

    private double averageDecay() {
        return params.has(VariantParams.G_AVERAGE) ? params.getDouble(VariantParams.G_AVERAGE) : 0;
    }

    /**
     * The generator the views show and the metrics score: the moving average of G's weights when
     * {@link VariantParams#G_AVERAGE} is above 0 and {@link VariantParams#SHOW_RAW_G} is off, else G itself.
     */
    protected Mlp shownGenerator() {
        boolean raw = params.has(VariantParams.SHOW_RAW_G) && params.getBoolean(VariantParams.SHOW_RAW_G);
        return averageDecay() > 0 && !raw ? generatorAverage.average() : generator;
    }

    @Override
    public FrozenGan freeze() {
        return new MlpFrozenGan(shownGenerator().freeze(), discriminator.freeze(), setup.dataDim(), setup.latentDim(),
                classes(), shape.pack(), shape.outputProbability());
    }

    /**
     * Saves both networks' weights ({@code generator}, {@code discriminator}), the moving average of
     * G's weights ({@code generator_average}, with its count of updates {@code generator_average_updates}),
     * the optimizers' state ({@code optimizer.d...}, {@code optimizer.g...}) and the in-step random stream
     * ({@code step_random}). A subclass with more state of its own adds it by overriding both methods
     * and calling these.
     */
    @Override
    public Optional<GanState> saveState() {
        Map<String, double[]> numbers = new LinkedHashMap<>();
        numbers.put("generator", generator.flatParameters());
        numbers.put("discriminator", discriminator.flatParameters());
        numbers.put(AVERAGE, generatorAverage.average().flatParameters());
        optimizers.state().forEach((name, values) -> numbers.put("optimizer." + name, values));
        Map<String, long[]> integers = new LinkedHashMap<>();
        integers.put(AVERAGE_UPDATES, new long[] {generatorAverage.updates()});
        if (stepRandom instanceof SavableRandom savable) {
            integers.put("step_random", savable.state());
        }
        return Optional.of(new GanState(numbers, integers));
    }

    @Override
    public void restoreState(GanState state) {
        Map<String, double[]> optimizerState = new LinkedHashMap<>();
        state.numbers().forEach((name, values) -> {
            if (name.startsWith("optimizer.")) {
                optimizerState.put(name.substring("optimizer.".length()), values);
            }
        });
        double[] g = state.number("generator");
        double[] d = state.number("discriminator");
        // Check every part before changing any, so a state that does not fit leaves this GAN as it was.
        checkCount("generator", generator, g);
        checkCount("discriminator", discriminator, d);
        // A run saved before the average was saved has none: the average then restarts from the live G.
        double[] average = state.numbers().get(AVERAGE);
        long[] averageUpdates = state.integers().get(AVERAGE_UPDATES);
        if (average != null) {
            checkCount(AVERAGE, generator, average);
            if (averageUpdates == null || averageUpdates.length != 1 || averageUpdates[0] < 0) {
                throw new IllegalArgumentException("The saved average of G needs its count of updates, '"
                        + AVERAGE_UPDATES + "': one number, 0 or more");
            }
        }
        Map<String, double[]> before = optimizers.state();
        optimizers.restoreState(optimizerState);
        if (stepRandom instanceof SavableRandom savable) {
            try {
                savable.restore(state.integer("step_random"));
            } catch (IllegalArgumentException e) {
                optimizers.restoreState(before);
                throw e;
            }
        }
        generator.loadParameters(g);
        discriminator.loadParameters(d);
        if (average != null) {
            generatorAverage.restore(average, averageUpdates[0]);
        } else {
            generatorAverage.restartFromLive();
        }
    }

    private static void checkCount(String name, Mlp network, double[] values) {
        if (values.length != network.parameterCount()) {
            throw new IllegalArgumentException("The saved " + name + " has " + values.length
                    + " weights and biases, this one " + network.parameterCount());
        }
    }
}
