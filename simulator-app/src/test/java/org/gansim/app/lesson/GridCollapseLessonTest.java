package org.gansim.app.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gansim.api.training.TrainingSettings;
import org.gansim.app.plugins.PluginRegistry;
import org.gansim.app.presets.Preset;
import org.gansim.app.presets.Presets;
import org.junit.jupiter.api.Test;

/**
 * The grid lesson trains exactly what the grid-collapse presets train: its first step every value of
 * {@code grid-collapse} (the vanilla GAN), its second every value of {@code grid-collapse-pacgan}
 * (PacGAN4), each for the preset's 16,000 steps. So the presets' measurements (docs/benchmarks.md,
 * GridCollapsePresetsTest) are measurements of the lesson, and a change to a preset that the lesson
 * does not follow fails here. Training is not needed for this; the lesson's checks are followed on its
 * own seed by BuiltInLessonsTest and on seeds 1 to 5 by bench/LessonSeeds.java.
 */
class GridCollapseLessonTest {

    private static final String LESSON = "grid-collapse.json";
    private static final List<String> PRESET_OF_EACH_STEP = List.of("grid-collapse", "grid-collapse-pacgan");

    @Test
    void eachStepTrainsItsPresetsValuesForThePresetsSteps() throws Exception {
        Lesson lesson = LessonLibrary.builtIn().stream().filter(e -> e.source().equals(LESSON)).findFirst()
                .orElseThrow().lesson();
        assertThat(lesson.steps()).hasSameSizeAs(PRESET_OF_EACH_STEP);
        try (PluginRegistry registry = PluginRegistry.load(List.of())) {
            LessonRun run = new LessonRun(lesson, registry, lesson.experiment().seed());
            for (int i = 0; i < lesson.steps().size(); i++) {
                LessonStep step = lesson.steps().get(i);
                run.apply(step.set());
                Preset preset = Presets.find(PRESET_OF_EACH_STEP.get(i)).orElseThrow();
                TrainingSettings wanted = TrainingSettings.defaults(registry.target(preset.target()).orElseThrow(),
                        registry.variant(preset.variant()).orElseThrow());
                for (String assignment : preset.assignments()) {
                    wanted = wanted.withAssignment(assignment);
                }
                TrainingSettings followed = run.simulation().settings();
                assertThat(followed.variant().id()).as("step %d's variant", i + 1).isEqualTo(preset.variant());
                assertThat(followed.target().id()).as("step %d's target", i + 1).isEqualTo(preset.target());
                assertThat(followed.all().values()).as("step %d's values against %s", i + 1, preset.id())
                        .isEqualTo(wanted.all().values());
                assertThat(step.train()).as("step %d's training", i + 1).isEqualTo(preset.steps());
            }
        }
    }
}
