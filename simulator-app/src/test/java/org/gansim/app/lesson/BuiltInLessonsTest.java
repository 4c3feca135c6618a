package org.gansim.app.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.gansim.app.plugins.PluginRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every built-in lesson loads, and following its steps headless (its values, its training) passes
 * every check, on the lesson's own seed and on four more: a check that passes on one lucky seed only
 * would fail a class.
 */
class BuiltInLessonsTest {

    static final long[] SEEDS = {1, 2, 3, 4, 5};

    private static PluginRegistry registry;

    @BeforeAll
    static void load() {
        registry = PluginRegistry.load(List.of());
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    @Test
    void atLeastSixBuiltInLessonsLoadWithoutErrors() {
        List<LessonLibrary.Entry> entries = LessonLibrary.builtIn();
        assertThat(entries).allSatisfy(e -> assertThat(e.error()).as(e.source()).isNull());
        assertThat(entries).hasSizeGreaterThanOrEqualTo(6);
    }

    @TestFactory
    Stream<DynamicTest> followingEachLessonPassesEveryCheck() {
        return LessonLibrary.builtIn().stream().map(entry -> DynamicTest.dynamicTest(entry.source(), () -> {
            Lesson lesson = entry.lesson();
            List<String> failures = new ArrayList<>();
            for (long seed : SEEDS) {
                LessonRun run = new LessonRun(lesson, registry, seed);
                for (int i = 0; i < lesson.steps().size(); i++) {
                    LessonStep step = lesson.steps().get(i);
                    run.apply(step.set());
                    run.train(step.train());
                    if (step.check().isPresent()) {
                        LessonCheck check = step.check().get();
                        String value = run.measure(check).isPresent()
                                ? String.format(Locale.ROOT, "%.4f", run.measure(check).getAsDouble()) : "none";
                        System.out.printf(Locale.ROOT, "LESSON %s seed %d step %d: %s = %s (%s)%n", entry.source(),
                                seed, i + 1, check.metric(), value, check.condition());
                        if (!run.passes(check)) {
                            failures.add("seed " + seed + ", step " + (i + 1) + ": " + check.metric() + " = " + value
                                    + ", wanted " + check.condition());
                        }
                    }
                }
            }
            assertThat(failures).as(entry.source()).isEmpty();
        }));
    }
}
