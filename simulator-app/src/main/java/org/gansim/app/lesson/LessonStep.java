package org.gansim.app.lesson;

import java.util.Map;
import java.util.Optional;

/**
 * One step of a lesson.
 *
 * @param text   what the student does and looks at
 * @param set    values the step asks to change, by namespaced key (the panel's "Do it" button and the
 *               lesson tests apply them); empty when none
 * @param train  how many steps the student lets it train before the check (0: none)
 * @param check  what the app checks when the step is done, if anything
 */
public record LessonStep(String text, Map<String, String> set, long train, Optional<LessonCheck> check) {

    public LessonStep {
        set = Map.copyOf(set);
    }
}
