package org.gansim.app.lesson;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One step of a lesson.
 *
 * @param text   what the student does and looks at
 * @param set    values the step asks to change, by namespaced key (the panel's "Do it" button and the
 *               lesson tests apply them, a new variant first); empty when none
 * @param train  how many steps the student lets it train before the check (0: none)
 * @param check  what the app checks when the step is done, if anything
 */
public record LessonStep(String text, Map<String, String> set, long train, Optional<LessonCheck> check) {

    public LessonStep {
        set = variantFirst(set);
    }

    /**
     * The values in the order they must be applied: a new variant first, since the other values may
     * be that variant's parameters; then the rest by key, so that every run applies them alike.
     */
    private static Map<String, String> variantFirst(Map<String, String> set) {
        Map<String, String> ordered = new LinkedHashMap<>();
        if (set.containsKey(LessonRun.VARIANT)) {
            ordered.put(LessonRun.VARIANT, set.get(LessonRun.VARIANT));
        }
        new TreeMap<>(set).forEach(ordered::putIfAbsent);
        return Collections.unmodifiableMap(ordered);
    }
}
