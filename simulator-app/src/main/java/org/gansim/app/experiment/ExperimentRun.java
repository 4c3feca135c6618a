package org.gansim.app.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gansim.app.session.PluginCalls;
import org.gansim.app.session.Simulation;

/**
 * An experiment file opened for {@code gansim run --experiment}: the run it describes, and how many
 * steps are left to reach its step count (none when it was saved with its networks at that count).
 *
 * @param simulation the run, fresh from the seed or where it was saved
 * @param stepsLeft  steps to train when no {@code --steps} is given
 */
public record ExperimentRun(Simulation simulation, long stepsLeft) {

    /**
     * Opens {@code file}, with {@code --param} assignments applied over its values.
     *
     * @param refuse turns one sentence into the command line's error for bad input
     */
    public static ExperimentRun open(Path file, org.gansim.app.plugins.PluginRegistry registry,
                                     List<String> assignments, Function<String, RuntimeException> refuse) {
        try {
            Experiment experiment = ExperimentFiles.read(file);
            Map<String, Object> params = new LinkedHashMap<>(experiment.params());
            for (String assignment : assignments) {
                int eq = assignment.indexOf('=');
                if (eq < 1) {
                    throw refuse.apply("--param takes KEY=VALUE, e.g. variant.lr_d=1e-4, got '" + assignment + "'");
                }
                params.put(assignment.substring(0, eq).strip(), assignment.substring(eq + 1).strip());
            }
            Experiment changed = new Experiment(experiment.name(), experiment.target(), experiment.variant(),
                    experiment.views(), experiment.hiddenViews(), params, experiment.seed(), experiment.steps(),
                    experiment.run(), experiment.viewSettings());
            Simulation simulation = ExperimentSetup.resolve(changed, registry, file.getFileName().toString())
                    .start(1, new PluginCalls());
            return new ExperimentRun(simulation, Math.max(0, experiment.steps() - simulation.steps()));
        } catch (BadExperimentException e) {
            throw refuse.apply(e.getMessage());
        }
    }

    /** Saves the run with its networks, atomically, named after the file. */
    public static void save(Simulation simulation, Path file) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        ExperimentFiles.save(ExperimentSetup.capture(name, simulation, List.of(), List.of(), true), file);
    }
}
