package org.gansim.app.grading;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a teacher grades an assignment on, read from a JSON file (the format is documented in
 * docs/grading.md): the plugin ids every submission must provide, the points of each contract
 * check, extra training checks, and optionally a jar of the teacher's own JUnit 5 tests.
 *
 * <p>Immutable; any thread.
 *
 * @param title            a heading for the gradebook
 * @param provides         the plugins each submission must provide; at least one
 * @param pointsPerCheck   the points of a contract check the rubric does not list in {@code checkPoints}
 * @param checkPoints      points by check name ("generator steps fool the held discriminator": 3)
 * @param extraChecks      training runs a submission's variant must pass
 * @param teacherTests     the teacher's JUnit 5 tests, or null
 * @param threadPoints     the points of "leaves no threads running"
 * @param timeLimitSeconds the most time one submission may take in all
 * @param heapMegabytes    the heap limit of the JVM that grades one submission
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record Rubric(
        @JsonProperty("title") String title,
        @JsonProperty("provides") List<Provided> provides,
        @JsonProperty("points_per_check") Double pointsPerCheck,
        @JsonProperty("check_points") Map<String, Double> checkPoints,
        @JsonProperty("extra_checks") List<ExtraCheck> extraChecks,
        @JsonProperty("teacher_tests") TeacherTests teacherTests,
        @JsonProperty("thread_points") Double threadPoints,
        @JsonProperty("time_limit_seconds") Integer timeLimitSeconds,
        @JsonProperty("heap_mb") Integer heapMegabytes) {

    /** The plugin kinds a rubric may name, as the gradebook spells them. */
    public static final List<String> KINDS = List.of("target", "variant", "view");

    public Rubric {
        title = Objects.requireNonNullElse(title, "Assignment");
        provides = provides == null ? List.of() : List.copyOf(provides);
        pointsPerCheck = Objects.requireNonNullElse(pointsPerCheck, 1.0);
        checkPoints = checkPoints == null ? Map.of() : Map.copyOf(checkPoints);
        extraChecks = extraChecks == null ? List.of() : List.copyOf(extraChecks);
        threadPoints = Objects.requireNonNullElse(threadPoints, 1.0);
        timeLimitSeconds = Objects.requireNonNullElse(timeLimitSeconds, 600);
        heapMegabytes = Objects.requireNonNullElse(heapMegabytes, 512);
    }

    /**
     * One plugin a submission must provide.
     *
     * @param kind "target", "variant" or "view"
     * @param id   the id it must have
     */
    public record Provided(@JsonProperty("kind") String kind, @JsonProperty("id") String id) {
        public Provided {
            kind = kind == null ? null : kind.toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A training run of the submission's variant that must capture enough modes.
     *
     * @param name     how the gradebook names it
     * @param variant  the id of the variant to train (the submission's)
     * @param target   the id of the target (built in or the submission's)
     * @param steps    training steps
     * @param seed     the run's seed
     * @param minModes the fewest modes the trained generator must capture
     * @param params   {@code --param} style assignments such as "target.std=0.02"
     * @param points   what passing it is worth
     */
    public record ExtraCheck(@JsonProperty("name") String name, @JsonProperty("variant") String variant,
                             @JsonProperty("target") String target, @JsonProperty("steps") int steps,
                             @JsonProperty("seed") long seed, @JsonProperty("min_modes") int minModes,
                             @JsonProperty("params") List<String> params, @JsonProperty("points") Double points) {
        public ExtraCheck {
            params = params == null ? List.of() : List.copyOf(params);
            points = Objects.requireNonNullElse(points, 1.0);
        }
    }

    /**
     * The teacher's JUnit 5 tests, run against each submission.
     *
     * @param jar           the jar of compiled test classes, relative to the rubric's folder or absolute
     * @param pointsPerTest what each passing test is worth
     */
    public record TeacherTests(@JsonProperty("jar") String jar, @JsonProperty("points_per_test") Double pointsPerTest) {
        public TeacherTests {
            pointsPerTest = Objects.requireNonNullElse(pointsPerTest, 1.0);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, false);

    /**
     * Reads and checks a rubric file.
     *
     * @throws IllegalArgumentException with one sentence naming the problem
     */
    public static Rubric read(Path file) {
        Rubric rubric;
        try {
            rubric = JSON.readValue(Files.readString(file), Rubric.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Rubric '" + file + "' is not valid: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")")
                    + "; see docs/grading.md for the format");
        } catch (IOException e) {
            throw new IllegalArgumentException("Rubric '" + file + "' cannot be read: " + e.getMessage());
        }
        rubric.validate(file);
        return rubric;
    }

    private void validate(Path file) {
        String where = "Rubric '" + file + "': ";
        if (provides.isEmpty()) {
            throw new IllegalArgumentException(where + "\"provides\" must name at least one plugin, such as"
                    + " {\"kind\": \"variant\", \"id\": \"hw3-hinge\"}");
        }
        for (Provided p : provides) {
            if (p.kind() == null || !KINDS.contains(p.kind().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(where + "kind \"" + p.kind() + "\" of a provided plugin must be"
                        + " one of " + String.join(", ", KINDS));
            }
            if (p.id() == null || p.id().isBlank()) {
                throw new IllegalArgumentException(where + "every provided plugin needs an \"id\"");
            }
        }
        for (ExtraCheck check : extraChecks) {
            if (check.name() == null || check.variant() == null || check.target() == null || check.steps() < 1
                    || check.minModes() < 1) {
                throw new IllegalArgumentException(where + "every extra check needs a \"name\", a \"variant\", a"
                        + " \"target\", \"steps\" of at least 1 and \"min_modes\" of at least 1");
            }
        }
        if (teacherTests != null && (teacherTests.jar() == null || teacherTests.jar().isBlank())) {
            throw new IllegalArgumentException(where + "\"teacher_tests\" needs a \"jar\" of compiled JUnit 5 tests");
        }
        if (timeLimitSeconds < 1 || heapMegabytes < 64) {
            throw new IllegalArgumentException(where + "\"time_limit_seconds\" must be at least 1 and \"heap_mb\" at"
                    + " least 64");
        }
    }

    /** The teacher's test jar, resolved against the rubric's folder, or null. */
    public Path teacherJar(Path rubricFile) {
        if (teacherTests == null) {
            return null;
        }
        Path parent = rubricFile.toAbsolutePath().getParent();
        return parent.resolve(teacherTests.jar()).normalize();
    }

    /** The points of a contract check. */
    public double pointsOf(String checkName) {
        return checkPoints.getOrDefault(checkName, pointsPerCheck);
    }

    /** The rubric as JSON, for the child JVM that grades one submission. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
