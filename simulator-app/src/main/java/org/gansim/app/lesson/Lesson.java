package org.gansim.app.lesson;

import java.util.List;
import org.gansim.app.experiment.Experiment;

/**
 * A guided lesson: an experiment to start from and the steps a student follows, each with what to do
 * and, where one is possible, a check the app can make on the run.
 *
 * @param title      the Lessons menu's item and the panel's heading
 * @param summary    one or two sentences on what the lesson shows
 * @param experiment where the lesson starts (unsaved values take their defaults)
 * @param steps      in order
 * @param source     where the lesson was read from, for messages
 */
public record Lesson(String title, String summary, Experiment experiment, List<LessonStep> steps, String source) {

    public Lesson {
        steps = List.copyOf(steps);
    }
}
