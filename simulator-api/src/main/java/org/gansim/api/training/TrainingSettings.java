package org.gansim.api.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gansim.api.GanVariant;
import org.gansim.api.TargetDistribution;
import org.gansim.api.param.ParamSpec;
import org.gansim.api.param.Params;
import org.gansim.api.Batch;
import org.gansim.api.GanSetup;
import org.gansim.api.LatentPrior;
import org.gansim.api.nn.Precision;

/**
 * Every parameter value of one simulation, in four namespaces: the target's own ({@code target.radius}),
 * the variant's own ({@code variant.lr_d}), the networks' shape ({@code model.g_hidden}) and the
 * training loop's ({@code train.batch}). The last two are the host's; their specs are here.
 *
 * <p>This is where a user's {@code --param KEY=VALUE} or a change in the parameter panel is read and
 * checked: a wrong namespace, key or value becomes an {@link IllegalArgumentException} whose message
 * is one sentence naming the key and what is valid.
 *
 * <p>Immutable: every change returns a new object, so settings can cross threads freely.
 *
 * <pre>{@code
 * TrainingSettings settings = TrainingSettings.defaults(ring, vanilla)
 *         .withAssignment("target.radius=1")
 *         .withAssignment("train.d_steps=2");
 * GanSetup setup = settings.ganSetup(sampler.dimension(), 0, TrainingLoop.initSeed(seed));
 * }</pre>
 *
 * @since 1
 */
public final class TrainingSettings {

    /** The namespace of the target distribution's parameters. */
    public static final String TARGET = "target";
    /** The namespace of the GAN variant's parameters. */
    public static final String VARIANT = "variant";
    /** The namespace of the network architecture: hidden layers, latent size, prior. */
    public static final String MODEL = "model";
    /**
     * The namespace of the training loop: batch size, discriminator steps per generator step, the
     * learning-rate schedule.
     */
    public static final String TRAIN = "train";
    /** The namespaces, in the order they are listed to users. */
    public static final List<String> NAMESPACES = List.of(TARGET, VARIANT, MODEL, TRAIN);

    /** {@code model.g_hidden}: widths of the generator's hidden layers. */
    public static final String G_HIDDEN = "g_hidden";
    /** {@code model.d_hidden}: widths of the discriminator's hidden layers. */
    public static final String D_HIDDEN = "d_hidden";
    /** {@code model.latent_dim}: the size of the noise vector z. */
    public static final String LATENT_DIM = "latent_dim";
    /** {@code model.prior}: the distribution z is drawn from, {@code gaussian} or {@code uniform}. */
    public static final String PRIOR = "prior";
    /** {@code train.batch}: samples per batch. */
    public static final String BATCH = "batch";
    /** {@code train.d_steps}: discriminator steps per generator step. */
    public static final String D_STEPS = "d_steps";
    /** {@code train.lr_schedule}: how the learning rates change with the step ({@link LearningRateSchedule}). */
    public static final String LR_SCHEDULE = "lr_schedule";
    /** {@code train.lr_decay_steps}: the step at which a decaying schedule reaches its floor. */
    public static final String LR_DECAY_STEPS = "lr_decay_steps";
    /** {@code train.lr_floor}: the fraction of the set learning rates that a decay ends at. */
    public static final String LR_FLOOR = "lr_floor";
    /** {@code train.precision}: the number format of the networks' layers ({@link Precision}). */
    public static final String PRECISION = "precision";

    private final TargetDistribution target;
    private final GanVariant variant;
    private final Map<String, Params> byNamespace;
    private final Params all;

    private TrainingSettings(TargetDistribution target, GanVariant variant, Map<String, Params> byNamespace) {
        this.target = target;
        this.variant = variant;
        this.byNamespace = byNamespace;
        this.all = flatten(byNamespace);
    }

    /** The specs of the {@code model.*} namespace; all of them need a reset, as they shape the networks. */
    public static List<ParamSpec> modelSpecs() {
        return List.of(
                ParamSpec.intList(G_HIDDEN, "G hidden layers", List.of(64, 64), 1, 1024).resetRequired()
                        .describe("Widths of the generator's hidden layers, input side first, e.g. 64,64."),
                ParamSpec.intList(D_HIDDEN, "D hidden layers", List.of(64, 64), 1, 1024).resetRequired()
                        .describe("Widths of the discriminator's hidden layers, input side first, e.g. 64,64."),
                ParamSpec.integer(LATENT_DIM, "Latent size", 2, 1, 64).resetRequired()
                        .describe("How many random numbers z the generator turns into one sample."),
                ParamSpec.choice(PRIOR, "Latent prior", "gaussian", "gaussian", "uniform").resetRequired()
                        .describe("Where z comes from: standard normal numbers, or uniform numbers in [-1, 1]."));
    }

    /**
     * The specs of the {@code train.*} namespace; all take effect between two steps.
     *
     * @param defaultDiscriminatorSteps the variant's {@link GanVariant#defaultDiscriminatorSteps()}
     */
    public static List<ParamSpec> trainSpecs(int defaultDiscriminatorSteps) {
        return List.of(
                ParamSpec.integer(BATCH, "Batch size", 256, 1, 4096)
                        .describe("Real and generated samples in each batch."),
                ParamSpec.integer(D_STEPS, "D steps per G step", defaultDiscriminatorSteps, 1, 50)
                        .describe("How many times the discriminator learns before the generator learns once."),
                ParamSpec.choice(LR_SCHEDULE, "LR schedule", LearningRateSchedule.CONSTANT,
                                LearningRateSchedule.KINDS.toArray(new String[0]))
                        .describe("How the learning rates change as training goes on: constant keeps them as set;"
                                + " linear and cosine lower them to the floor over the decay steps, so late steps"
                                + " are small and the samples settle. The rates you set are those of step 0."),
                ParamSpec.integer(LR_DECAY_STEPS, "LR decay steps", 20_000, 1, 10_000_000)
                        .describe("The generator step at which a linear or cosine schedule reaches its floor."),
                ParamSpec.decimal(LR_FLOOR, "LR floor", 0.1, 0, 1)
                        .describe("The fraction of the set learning rates a linear or cosine schedule ends at"
                                + " and keeps: 0.1 ends at a tenth, 0 stops learning."),
                ParamSpec.choice(PRECISION, "Precision", Precision.FLOAT.id(), Precision.DOUBLE.id(),
                                Precision.FLOAT.id())
                        .describe("The numbers the networks' layers compute with: float (32-bit, PyTorch's"
                                + " default) for the layers, with weights and optimizer in double, about 1.5 to 2"
                                + " times as fast; or double (64-bit) everywhere. A seed gives other numbers in"
                                + " float than in double."));
    }

    /** The defaults of every namespace for this target and variant. */
    public static TrainingSettings defaults(TargetDistribution target, GanVariant variant) {
        Map<String, Params> map = new LinkedHashMap<>();
        map.put(TARGET, Params.defaults(target.params()));
        map.put(VARIANT, Params.defaults(variant.params()));
        map.put(MODEL, Params.defaults(modelSpecs()));
        map.put(TRAIN, Params.defaults(trainSpecs(variant.defaultDiscriminatorSteps())));
        return new TrainingSettings(target, variant, map);
    }

    public TargetDistribution target() {
        return target;
    }

    public GanVariant variant() {
        return variant;
    }

    /** The values of one namespace, with plain keys ({@code radius}, not {@code target.radius}). */
    public Params params(String namespace) {
        Params params = byNamespace.get(namespace);
        if (params == null) {
            throw new IllegalArgumentException("Unknown parameter namespace '" + namespace
                    + "'; valid namespaces: " + String.join(", ", NAMESPACES));
        }
        return params;
    }

    /** Every value under its namespaced key ({@code target.radius}, {@code variant.lr_d}, ...). */
    public Params all() {
        return all;
    }

    /** Every namespaced key, in namespace order. */
    public List<String> keys() {
        return List.copyOf(all.values().keySet());
    }

    /**
     * The spec of a namespaced key, with its plain key.
     *
     * @throws IllegalArgumentException naming the key and the valid keys when there is none
     */
    public ParamSpec spec(String namespacedKey) {
        String[] parts = split(namespacedKey);
        ParamSpec spec = params(parts[0]).spec(parts[1]);
        if (spec == null) {
            throw unknownKey(namespacedKey);
        }
        return spec;
    }

    /**
     * A copy with one value changed, read from text as a user typed it.
     *
     * @param namespacedKey e.g. {@code variant.lr_d}
     * @throws IllegalArgumentException one sentence naming the key and the valid keys or values
     */
    public TrainingSettings withText(String namespacedKey, String text) {
        String[] parts = split(namespacedKey);
        Params params = params(parts[0]);
        if (!params.has(parts[1])) {
            throw unknownKey(namespacedKey);
        }
        Params changed;
        try {
            changed = params.withText(parts[1], text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(parts[0] + "." + e.getMessage(), e);
        }
        return replace(parts[0], changed);
    }

    /**
     * A copy with one value changed.
     *
     * @param value an Integer, Double, String, Boolean or List of Integer, as the key's spec expects
     * @throws IllegalArgumentException one sentence naming the key and the valid keys or values
     */
    public TrainingSettings withValue(String namespacedKey, Object value) {
        String[] parts = split(namespacedKey);
        Params params = params(parts[0]);
        if (!params.has(parts[1])) {
            throw unknownKey(namespacedKey);
        }
        Params changed;
        try {
            changed = params.with(parts[1], value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(parts[0] + "." + e.getMessage(), e);
        }
        return replace(parts[0], changed);
    }

    /**
     * A copy with one {@code KEY=VALUE} assignment applied, as given to {@code --param}.
     *
     * @throws IllegalArgumentException one sentence naming the problem and what is valid
     */
    public TrainingSettings withAssignment(String assignment) {
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("A parameter must be written KEY=VALUE (for example "
                    + "target.radius=1), got '" + assignment + "'");
        }
        return withText(assignment.substring(0, eq).trim(), assignment.substring(eq + 1));
    }

    /** A copy for another target: its parameters start at their defaults, the rest is kept. */
    public TrainingSettings withTarget(TargetDistribution newTarget) {
        Map<String, Params> map = new LinkedHashMap<>(byNamespace);
        map.put(TARGET, Params.defaults(newTarget.params()));
        return new TrainingSettings(newTarget, variant, map);
    }

    /**
     * A copy for another variant: its parameters start at their defaults; {@code train.d_steps}
     * follows the new variant's default unless the user had changed it from the old one's.
     */
    public TrainingSettings withVariant(GanVariant newVariant) {
        Map<String, Params> map = new LinkedHashMap<>(byNamespace);
        map.put(VARIANT, Params.defaults(newVariant.params()));
        Params train = byNamespace.get(TRAIN);
        int steps = train.getInt(D_STEPS);
        if (steps == variant.defaultDiscriminatorSteps()) {
            steps = newVariant.defaultDiscriminatorSteps();
        }
        Params newTrain = Params.defaults(trainSpecs(newVariant.defaultDiscriminatorSteps()));
        for (Map.Entry<String, Object> value : train.values().entrySet()) {
            newTrain = newTrain.with(value.getKey(), value.getValue());
        }
        newTrain = newTrain.with(D_STEPS, steps);
        map.put(TRAIN, newTrain);
        return new TrainingSettings(target, newVariant, map);
    }

    /** The namespaced keys whose values differ from {@code other}'s (same plugins assumed). */
    public List<String> changedFrom(TrainingSettings other) {
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, Object> e : all.values().entrySet()) {
            Object before = other.all.has(e.getKey()) ? other.all.get(e.getKey()) : null;
            if (!e.getValue().equals(before)) {
                changed.add(e.getKey());
            }
        }
        return changed;
    }

    /** {@code train.batch}. */
    public int batchSize() {
        return byNamespace.get(TRAIN).getInt(BATCH);
    }

    /** {@code train.d_steps}. */
    public int discriminatorSteps() {
        return byNamespace.get(TRAIN).getInt(D_STEPS);
    }

    /** {@code train.lr_schedule}, {@code train.lr_decay_steps} and {@code train.lr_floor}, typed. */
    public LearningRateSchedule learningRateSchedule() {
        Params train = byNamespace.get(TRAIN);
        return new LearningRateSchedule(train.getString(LR_SCHEDULE), train.getInt(LR_DECAY_STEPS),
                train.getDouble(LR_FLOOR));
    }

    /** {@code train.precision}, typed. */
    public Precision precision() {
        return Precision.of(byNamespace.get(TRAIN).getString(PRECISION));
    }

    /** {@code model.latent_dim}. */
    public int latentDim() {
        return byNamespace.get(MODEL).getInt(LATENT_DIM);
    }

    /** {@code model.prior}. */
    public LatentPrior prior() {
        return LatentPrior.valueOf(byNamespace.get(MODEL).getString(PRIOR).toUpperCase(Locale.ROOT));
    }

    /**
     * The setup a variant builds its networks from.
     *
     * @param dataDim  the sampler's dimension
     * @param classes  the number of classes for a conditional variant, else 0
     * @param initSeed the seed for the networks' weights, normally {@link TrainingLoop#initSeed(long)}
     */
    public GanSetup ganSetup(int dataDim, int classes, long initSeed) {
        Params model = byNamespace.get(MODEL);
        return new GanSetup(dataDim, classes, latentDim(), prior(), model.getIntList(G_HIDDEN),
                model.getIntList(D_HIDDEN), byNamespace.get(VARIANT), initSeed);
    }

    private TrainingSettings replace(String namespace, Params params) {
        Map<String, Params> map = new LinkedHashMap<>(byNamespace);
        map.put(namespace, params);
        return new TrainingSettings(target, variant, map);
    }

    private String[] split(String namespacedKey) {
        int dot = namespacedKey.indexOf('.');
        if (dot <= 0 || !NAMESPACES.contains(namespacedKey.substring(0, dot))) {
            throw new IllegalArgumentException("Unknown parameter '" + namespacedKey + "': a key starts with"
                    + " one of the namespaces " + String.join(", ", NAMESPACES) + "; valid keys: "
                    + String.join(", ", keys()));
        }
        return new String[] {namespacedKey.substring(0, dot), namespacedKey.substring(dot + 1)};
    }

    private IllegalArgumentException unknownKey(String namespacedKey) {
        return new IllegalArgumentException("Unknown parameter '" + namespacedKey + "'; valid keys: "
                + String.join(", ", keys()));
    }

    private static Params flatten(Map<String, Params> byNamespace) {
        List<ParamSpec> specs = new ArrayList<>();
        for (Map.Entry<String, Params> e : byNamespace.entrySet()) {
            for (ParamSpec spec : e.getValue().specs()) {
                specs.add(namespaced(e.getKey(), spec));
            }
        }
        Params flat = Params.defaults(specs);
        for (Map.Entry<String, Params> e : byNamespace.entrySet()) {
            for (Map.Entry<String, Object> v : e.getValue().values().entrySet()) {
                flat = flat.with(e.getKey() + "." + v.getKey(), v.getValue());
            }
        }
        return flat;
    }

    /** The same spec under the key {@code namespace.key}. */
    static ParamSpec namespaced(String namespace, ParamSpec spec) {
        String key = namespace + "." + spec.key();
        if (spec instanceof ParamSpec.IntSpec s) {
            return new ParamSpec.IntSpec(key, s.label(), s.description(), s.defaultValue(), s.min(), s.max(),
                    s.live());
        } else if (spec instanceof ParamSpec.DecimalSpec s) {
            return new ParamSpec.DecimalSpec(key, s.label(), s.description(), s.defaultValue(), s.min(),
                    s.max(), s.logarithmic(), s.live());
        } else if (spec instanceof ParamSpec.ChoiceSpec s) {
            return new ParamSpec.ChoiceSpec(key, s.label(), s.description(), s.defaultValue(), s.choices(),
                    s.live());
        } else if (spec instanceof ParamSpec.BoolSpec s) {
            return new ParamSpec.BoolSpec(key, s.label(), s.description(), s.defaultValue(), s.live());
        } else if (spec instanceof ParamSpec.IntListSpec s) {
            return new ParamSpec.IntListSpec(key, s.label(), s.description(), s.defaultValue(), s.min(),
                    s.max(), s.live());
        } else if (spec instanceof ParamSpec.TextSpec s) {
            return new ParamSpec.TextSpec(key, s.label(), s.description(), s.defaultValue(), s.live(),
                    s.drawing());
        }
        throw new IllegalStateException("Unknown kind of parameter: " + spec);
    }

    @Override
    public String toString() {
        return "TrainingSettings[" + target.id() + " / " + variant.id() + ", " + all.values() + "]";
    }
}
