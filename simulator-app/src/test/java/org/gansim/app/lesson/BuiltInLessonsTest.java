package org.gansim.app.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.gansim.app.plugins.PluginRegistry;
import org.gansim.app.testing.SideBySide;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every built-in lesson loads, and following its steps headless (its values, its training) passes
 * every check, on the lesson's own seed and on four more: a check that passes on one lucky seed only
 * would fail a class. The seeds train side by side.
 *
 * <p>A lesson that trains more than {@value #STEPS_ON_EVERY_SEED} steps in all (the grid lesson: twice
 * 16,000 steps, about 30 s a seed here) is followed on its own seed only, so the build stays short;
 * {@code -Dgansim.lessons.everySeed=true} follows it on all five, as bench/LessonSeeds.java does.
 */
class BuiltInLessonsTest {

    static final long[] SEEDS = {1, 2, 3, 4, 5};
    /** The most training, over all of a lesson's steps, that the build follows on every seed. */
    static final long STEPS_ON_EVERY_SEED = 10_000;

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
            List<Callable<List<String>>> seeds = new ArrayList<>();
            for (long seed : seedsFor(lesson)) {
                seeds.add(() -> follow(entry.source(), lesson, seed));
            }
            List<String> failures = new ArrayList<>();
            SideBySide.results(seeds).forEach(failures::addAll);
            assertThat(failures).as(entry.source()).isEmpty();
        }));
    }

    /** Follows every step of the lesson on one seed; returns the checks that failed, each in a sentence. */
    private static List<String> follow(String source, Lesson lesson, long seed) throws Exception {
        List<String> failures = new ArrayList<>();
        LessonRun run = new LessonRun(lesson, registry, seed);
        for (int i = 0; i < lesson.steps().size(); i++) {
            LessonStep step = lesson.steps().get(i);
            run.apply(step.set());
            run.train(step.train());
            if (step.check().isPresent()) {
                LessonCheck check = step.check().get();
                String value = run.measure(check).isPresent()
                        ? String.format(Locale.ROOT, "%.4f", run.measure(check).getAsDouble()) : "none";
                System.out.printf(Locale.ROOT, "LESSON %s seed %d step %d: %s = %s (%s)%n", source, seed, i + 1,
                        check.metric(), value, check.condition());
                if (!run.passes(check)) {
                    failures.add("seed " + seed + ", step " + (i + 1) + ": " + check.metric() + " = " + value
                            + ", wanted " + check.condition());
                }
            }
        }
        return failures;
    }

    /** All five seeds, or the lesson's own seed for a lesson too long to follow five times in the build. */
    private static long[] seedsFor(Lesson lesson) {
        long steps = lesson.steps().stream().mapToLong(LessonStep::train).sum();
        boolean everySeed = steps <= STEPS_ON_EVERY_SEED || Boolean.getBoolean("gansim.lessons.everySeed");
        return everySeed ? SEEDS : new long[] {lesson.experiment().seed()};
    }
}
