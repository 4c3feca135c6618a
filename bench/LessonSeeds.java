import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.gansim.app.lesson.Lesson;
import org.gansim.app.lesson.LessonCheck;
import org.gansim.app.lesson.LessonJson;
import org.gansim.app.lesson.LessonRun;
import org.gansim.app.lesson.LessonStep;
import org.gansim.app.plugins.PluginRegistry;

/**
 * Follows a lesson file headless on several seeds, exactly as BuiltInLessonsTest does (the lesson's
 * values, its training, its checks on the window's 1,000 shown samples), and prints each check's value.
 * For lessons too long to follow on every seed in the build.
 *
 * <pre>
 * java --add-modules=jdk.incubator.vector -cp simulator-app/target/gansim.jar bench/LessonSeeds.java \
 *      simulator-app/src/main/resources/org/gansim/app/lessons/grid-collapse.json FIRST_SEED LAST_SEED
 * </pre>
 */
public final class LessonSeeds {

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("Usage: LessonSeeds LESSON.json FIRST_SEED LAST_SEED");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        Lesson lesson = LessonJson.read(Files.readString(file), file.getFileName().toString());
        int failures = 0;
        try (PluginRegistry registry = PluginRegistry.load(List.of())) {
            for (long seed = Long.parseLong(args[1]); seed <= Long.parseLong(args[2]); seed++) {
                LessonRun run = new LessonRun(lesson, registry, seed);
                for (int i = 0; i < lesson.steps().size(); i++) {
                    LessonStep step = lesson.steps().get(i);
                    long started = System.nanoTime();
                    run.apply(step.set());
                    run.train(step.train());
                    if (step.check().isPresent()) {
                        LessonCheck check = step.check().get();
                        boolean passes = run.passes(check);
                        failures += passes ? 0 : 1;
                        System.out.printf(Locale.ROOT, "seed %d step %d: %s = %s (%s) %s, %.1f s%n", seed, i + 1,
                                check.metric(), run.measure(check).isPresent()
                                        ? String.format(Locale.ROOT, "%.4f", run.measure(check).getAsDouble()) : "none",
                                check.condition(), passes ? "passes" : "FAILS", (System.nanoTime() - started) / 1e9);
                    }
                }
            }
        }
        System.exit(failures == 0 ? 0 : 1);
    }
}
