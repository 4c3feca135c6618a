package org.gansim.app.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gansim.api.GanVariant;
import org.gansim.api.Plugin;
import org.gansim.api.TargetDistribution;
import org.gansim.api.Visualization;
import org.gansim.api.training.TrainingSettings;
import org.gansim.app.plugins.PluginRegistry;
import org.gansim.app.session.PluginCalls;
import org.gansim.app.session.PluginFault;
import org.gansim.app.session.Simulation;

/**
 * An experiment matched with the installed plugins: the settings it names, checked value by value,
 * and the views it shows. Building it touches nothing of a running session, so a file that does not
 * fit is refused before anything is replaced.
 *
 * @param experiment the experiment as read
 * @param settings   its target, variant and every parameter, each accepted by its spec
 * @param views      the installed views it names, in order
 * @param source     the file's name, for messages
 */
public record ExperimentSetup(Experiment experiment, TrainingSettings settings, List<Visualization> views,
                              String source) {

    /**
     * Matches {@code experiment} with {@code registry}'s plugins.
     *
     * @throws BadExperimentException one sentence naming the file, the JSON path and what is wrong
     */
    public static ExperimentSetup resolve(Experiment experiment, PluginRegistry registry, String source)
            throws BadExperimentException {
        TargetDistribution target = find("target", experiment.target().id(), "$.target.id",
                registry.targets(), registry.target(experiment.target().id()), source);
        GanVariant variant = find("variant", experiment.variant().id(), "$.variant.id",
                registry.variants(), registry.variant(experiment.variant().id()), source);
        List<Visualization> views = new ArrayList<>();
        for (int i = 0; i < experiment.views().size(); i++) {
            String id = experiment.views().get(i).id();
            views.add(find("view", id, "$.views[" + i + "].id", registry.visualizations(),
                    registry.visualization(id), source));
        }
        TrainingSettings settings = TrainingSettings.defaults(target, variant);
        for (Map.Entry<String, Object> e : experiment.params().entrySet()) {
            try {
                settings = settings.withText(e.getKey(), asText(e.getValue()));
            } catch (IllegalArgumentException refused) {
                throw new BadExperimentException(source + ": $.params[\"" + e.getKey() + "\"] was refused: "
                        + sentenceBody(refused.getMessage()) + ".", refused);
            }
        }
        return new ExperimentSetup(experiment, settings, List.copyOf(views), source);
    }

    /**
     * A run of this experiment: fresh from the seed, or where it was saved when it holds networks.
     *
     * @throws BadExperimentException when the plugins refuse the combination or the saved networks
     */
    public Simulation start(int displaySamples, PluginCalls calls) throws BadExperimentException {
        Simulation simulation;
        try {
            simulation = new Simulation(settings, experiment.seed(), displaySamples, calls);
        } catch (PluginFault fault) {
            throw new BadExperimentException(source + ": $.variant could not be set up: "
                    + sentenceBody(fault.getMessage()) + ".", fault);
        } catch (IllegalArgumentException refused) {
            throw new BadExperimentException(source + ": $.variant does not fit $.target: "
                    + sentenceBody(refused.getMessage()) + ".", refused);
        }
        if (experiment.run() != null) {
            try {
                simulation.restoreRun(experiment.run());
            } catch (IllegalArgumentException | PluginFault refused) {
                throw new BadExperimentException(source + ": $.run.networks do not fit these settings: "
                        + sentenceBody(refused.getMessage()) + ".", refused);
            }
        }
        return simulation;
    }

    private static String asText(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(","));
        }
        return String.valueOf(value);
    }

    /** A message without its final full stop, to be part of a longer sentence. */
    static String sentenceBody(String message) {
        String text = message == null ? "no reason given" : message.strip().replace('\n', ' ');
        while (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }

    private static <T extends Plugin> T find(String kind, String id, String path, List<T> all, Optional<T> found,
                                             String source) throws BadExperimentException {
        if (found.isPresent()) {
            return found.get();
        }
        String installed = all.isEmpty() ? "none is installed"
                : "installed: " + all.stream().map(Plugin::id).collect(Collectors.joining(", "));
        throw new BadExperimentException(source + ": " + path + " names the " + kind + " '" + id
                + "', which is not installed (" + installed + ").");
    }

    /**
     * The experiment of a run as it is now.
     *
     * @param withNetworks whether to save the networks, optimizers and streams so it continues exactly
     */
    public static Experiment capture(String name, Simulation simulation, List<Visualization> views,
                                     List<String> hiddenViews, boolean withNetworks) {
        TrainingSettings settings = simulation.settings();
        List<PluginRef> viewRefs = views.stream().map(ExperimentSetup::ref).toList();
        var run = withNetworks ? simulation.saveRun() : null;
        if (run != null && run.gan() == null) {
            run = null; // a variant that cannot save its networks: the experiment retrains from the seed
        }
        return new Experiment(name, ref(settings.target()), ref(settings.variant()), viewRefs, hiddenViews,
                settings.all().values(), simulation.seed(), simulation.steps(), run);
    }

    private static PluginRef ref(Plugin plugin) {
        return new PluginRef(plugin.id(), plugin.version());
    }
}
