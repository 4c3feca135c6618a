package org.gansim.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gansim.app.grading.ClassSubmissions;
import org.gansim.app.grading.GradingPlan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gansim grade} over a class with a right submission, each mistake the old contract passed,
 * the jars that cannot load and hostile ones: every row is there, with the same denominator, and
 * says what went wrong. Graded once for all the tests (it takes a minute or two).
 */
class GradeCommandTest {

    private static final String V = "variant hw3-hinge: ";

    @TempDir
    static Path temp;

    private static RunCommandTest.Result result;
    private static Map<String, JsonNode> reports = new LinkedHashMap<>();

    @BeforeAll
    static void gradeTheClass() throws IOException {
        Path submissions = temp.resolve("submissions");
        ClassSubmissions.writeAll(submissions);
        Path rubric = temp.resolve("rubric.json");
        Files.writeString(rubric, """
                {
                  "title": "HW3: hinge GAN",
                  "provides": [ { "kind": "variant", "id": "hw3-hinge" } ],
                  "check_points": { "generator steps fool the held discriminator": 3 },
                  "time_limit_seconds": 45,
                  "heap_mb": 256
                }
                """);
        result = RunCommandTest.gansim("grade", "--assignment", rubric.toString(), "--out",
                temp.resolve("grades").toString(), submissions.toString());
        // Kept for a reader of the build: the gradebook of this class and how long it took.
        copy(temp.resolve("grades"), Path.of("target", "grade-class-example"));
        Files.writeString(Path.of("target", "grade-class-example", "stdout.txt"), result.out());
        ObjectMapper json = new ObjectMapper();
        try (var files = Files.list(temp.resolve("grades/reports"))) {
            for (Path file : files.sorted().toList()) {
                reports.put(file.getFileName().toString().replace(".json", ""), json.readTree(file.toFile()));
            }
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static Map<String, String> failed(String student) {
        Map<String, String> failed = new LinkedHashMap<>();
        for (JsonNode item : reports.get(student).get("items")) {
            if (!item.get("passed").asBoolean()) {
                failed.put(item.get("item").asText(), item.get("message").asText());
            }
        }
        return failed;
    }

    @Test
    void everyStudentHasARowWithTheSameDenominator() throws IOException {
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(reports.keySet()).containsExactlyInAnyOrder("correct", "g-wrong-sign", "hinge-flipped",
                "no-variant-service", "java21", "constructor-throws", "exits", "loops", "fills-heap",
                "leaves-thread", "static-init");
        // 16 variant checks (one worth 3) and the thread check.
        assertThat(reports.values()).allSatisfy(r -> {
            assertThat(r.get("out_of").asDouble()).isEqualTo(19.0);
            assertThat(r.get("items")).hasSize(17);
        });
        List<String> csv = Files.readAllLines(temp.resolve("grades/gradebook.csv"));
        assertThat(csv).hasSize(12);
        assertThat(csv.get(0)).startsWith("student,total,out_of,note," + V + "loads in the host,");
        assertThat(Files.readString(temp.resolve("grades/gradebook.md"))).contains("# Gradebook: HW3: hinge GAN",
                "| correct | 19 / 19 | 0 of 17 |");
    }

    @Test
    void theRightSubmissionPassesEverything() {
        assertThat(failed("correct")).isEmpty();
        assertThat(reports.get("correct").get("total").asDouble()).isEqualTo(19.0);
    }

    @Test
    void aGeneratorLossWithTheWrongSignFailsTheGeneratorCheck() {
        assertThat(failed("g-wrong-sign")).containsOnlyKeys(V + "generator steps fool the held discriminator");
        assertThat(reports.get("g-wrong-sign").get("total").asDouble()).isEqualTo(16.0);
    }

    @Test
    void flippedHingeTermsFailTheDiscriminatorCheck() {
        assertThat(failed("hinge-flipped")).containsKey(V + "discriminator tells real from fake");
        assertThat(failed("hinge-flipped").get(V + "discriminator tells real from fake"))
                .contains("D must rate real data above generated data");
    }

    @Test
    void aMissingServicesFileFailsEveryCheckOfTheId() {
        Map<String, String> failed = failed("no-variant-service");
        assertThat(failed).hasSize(16).doesNotContainKey(GradingPlan.NO_THREADS);
        assertThat(failed.values()).allSatisfy(message -> assertThat(message).isEqualTo("no variant with id"
                + " 'hw3-hinge' in no-variant-service.jar: list its class in"
                + " META-INF/services/org.gansim.api.GanVariant"));
    }

    @Test
    void aClassBuiltForJava21SaysWhatToSet() {
        Map<String, String> failed = failed("java21");
        assertThat(failed).hasSize(16);
        assertThat(failed.get(V + "loads in the host")).startsWith("'hw3-hinge' was not loaded: a variant in"
                + " java21.jar failed to load: ").contains("hw3.Hinge was built for Java 21; GanSim runs plugins"
                + " built for Java 17 or older: set maven.compiler.release to 17");
    }

    @Test
    void aThrowingConstructorNamesTheStudentsLine() {
        Map<String, String> failed = failed("constructor-throws");
        assertThat(failed).hasSize(16);
        assertThat(failed.get(V + "loads in the host")).matches("'hw3-hinge' was not loaded: a variant in"
                + " constructor-throws.jar failed to load: hw3.Hinge could not be created:"
                + " NullPointerException: .* \\(at hw3.Hinge.<init>:\\d+\\)");
    }

    @Test
    void aStaticInitialiserThatThrowsFailsItsRow() {
        assertThat(failed("static-init").get(V + "loads in the host")).matches(".*hw3.Hinge could not be created:"
                + " its static initialiser threw NumberFormatException: For input string: \"ten\""
                + " \\(at hw3.Hinge.<clinit>:\\d+\\)");
    }

    @Test
    void aSubmissionThatExitsFailsFromThatCheckOn() {
        Map<String, String> failed = failed("exits");
        assertThat(failed.get(V + "creates a GAN from the defaults")).isEqualTo("the grading JVM ended with status 3:"
                + " the submission called System.exit or crashed it during '" + V + "creates a GAN from the defaults'");
        assertThat(failed.get(GradingPlan.NO_THREADS)).startsWith("not run: the grading JVM ended with status 3");
        assertThat(failed).doesNotContainKey(V + "loads in the host").doesNotContainKey(V + "id is stable");
    }

    @Test
    void aSubmissionThatLoopsIsStoppedAtTheTimeLimit() {
        assertThat(reports.get("loops").get("note").asText()).startsWith("did not finish within 45 s (the"
                + " rubric's time_limit_seconds): the submission may loop forever during '" + V);
        assertThat(failed("loops")).containsKey(V + "creates a GAN from the defaults");
    }

    @Test
    void aSubmissionThatFillsTheHeapFailsWithOutOfMemory() {
        assertThat(failed("fills-heap").get(V + "creates a GAN from the defaults")).contains("OutOfMemoryError");
    }

    @Test
    void aSubmissionThatLeavesAThreadRunningFailsTheThreadCheckOnly() {
        Map<String, String> failed = failed("leaves-thread");
        assertThat(failed).containsOnlyKeys(GradingPlan.NO_THREADS);
        assertThat(failed.get(GradingPlan.NO_THREADS)).contains("'hw3-trainer'", "a plugin must not leave threads"
                + " running, or make them daemons");
    }
}
