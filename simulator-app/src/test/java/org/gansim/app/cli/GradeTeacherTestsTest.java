package org.gansim.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gansim.app.grading.ClassSubmissions;
import org.gansim.app.plugins.PluginJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A teacher's own JUnit 5 tests run against each submission, each test one item of the gradebook. */
class GradeTeacherTestsTest {

    @TempDir
    Path temp;

    @Test
    void theTeachersTestsRunAgainstEachSubmission() throws IOException {
        Path submissions = temp.resolve("submissions");
        ClassSubmissions.correct(submissions.resolve("alice"));
        Files.move(ClassSubmissions.writeOne(submissions, "g-wrong-sign"), submissions.resolve("bob.jar"));
        new PluginJar("hw3-tests.jar")
                .compileAgainst(org.junit.jupiter.api.Test.class)
                .source("hw3tests.HingeTests", """
                        package hw3tests;
                        import org.junit.jupiter.api.Test;
                        import static org.junit.jupiter.api.Assertions.assertEquals;
                        import org.gansim.api.testkit.GanVariantChecks;
                        class HingeTests {
                            static GanVariant submission() {
                                return ServiceLoader.load(GanVariant.class, Thread.currentThread().getContextClassLoader())
                                        .stream().map(ServiceLoader.Provider::get)
                                        .filter(v -> v.id().equals("hw3-hinge")).findFirst().orElseThrow();
                            }
                            @Test
                            void hasAName() {
                                assertEquals("hw3-hinge", submission().id());
                            }
                            @Test
                            void generatorMovesTowardsTheData() {
                                GanVariantChecks.generatorStepsFoolTheHeldDiscriminator(submission());
                            }
                        }
                        """)
                .writeTo(temp);
        Path rubric = temp.resolve("rubric.json");
        Files.writeString(rubric, """
                { "provides": [ { "kind": "variant", "id": "hw3-hinge" } ],
                  "teacher_tests": { "jar": "hw3-tests.jar", "points_per_test": 5 },
                  "time_limit_seconds": 120, "heap_mb": 256 }
                """);

        RunCommandTest.Result result = RunCommandTest.gansim("grade", "--assignment", rubric.toString(), "--out",
                temp.resolve("grades").toString(), submissions.toString());

        assertThat(result.status()).as(result.err()).isZero();
        Map<String, Boolean> alice = teacherItems("alice");
        Map<String, Boolean> bob = teacherItems("bob");
        assertThat(alice).containsExactly(Map.entry("teacher test: HingeTests.hasAName()", true),
                Map.entry("teacher test: HingeTests.generatorMovesTowardsTheData()", true));
        assertThat(bob).containsExactly(Map.entry("teacher test: HingeTests.hasAName()", true),
                Map.entry("teacher test: HingeTests.generatorMovesTowardsTheData()", false));
    }

    private Map<String, Boolean> teacherItems(String student) throws IOException {
        JsonNode report = new ObjectMapper().readTree(temp.resolve("grades/reports/" + student + ".json").toFile());
        Map<String, Boolean> items = new LinkedHashMap<>();
        for (JsonNode item : report.get("items")) {
            if (item.get("item").asText().startsWith("teacher test: ")) {
                items.put(item.get("item").asText(), item.get("passed").asBoolean());
            }
        }
        return items;
    }
}
