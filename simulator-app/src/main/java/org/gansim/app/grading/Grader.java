package org.gansim.app.grading;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Grades a class: one submission (a jar, or a folder of jars) per student, each in a JVM of its own
 * with the rubric's heap and time limits, as many at once as there are cores. Whatever one
 * submission does ends only its own row; every row has every item of the plan.
 *
 * <p>Used by one thread.
 */
public final class Grader {

    private final Rubric rubric;
    private final Path rubricFile;
    private final Path logs;
    private final List<GradedItem> plan;
    private final Path teacherJar;
    private final int parallel;

    /**
     * @param rubricFile the rubric, already read into {@code rubric}
     * @param logs       a folder for each grading JVM's output
     * @param parallel   how many submissions to grade at once
     * @throws IOException when the teacher's test jar cannot be read
     */
    public Grader(Rubric rubric, Path rubricFile, Path logs, int parallel) throws IOException {
        this.rubric = rubric;
        this.rubricFile = rubricFile.toAbsolutePath();
        this.logs = logs;
        this.parallel = Math.max(1, parallel);
        this.teacherJar = rubric.teacherJar(rubricFile);
        if (teacherJar != null && !Files.isRegularFile(teacherJar)) {
            throw new IllegalArgumentException("The teacher's test jar '" + teacherJar + "' named in the rubric"
                    + " does not exist");
        }
        this.plan = GradingPlan.items(rubric, teacherJar == null ? List.of() : TeacherTestRun.discover(teacherJar));
    }

    /** Every item each student is graded on. */
    public List<GradedItem> plan() {
        return plan;
    }

    /**
     * The submissions in a folder: each jar is one student, and each folder one student whose jars
     * are the ones directly inside it. Sorted by name.
     */
    public static Map<String, List<Path>> submissions(Path folder) throws IOException {
        Map<String, List<Path>> result = new java.util.TreeMap<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString();
                if (Files.isRegularFile(entry) && name.endsWith(".jar")) {
                    result.put(name.substring(0, name.length() - 4), List.of(entry.toAbsolutePath()));
                } else if (Files.isDirectory(entry)) {
                    try (Stream<Path> jars = Files.list(entry)) {
                        result.put(name, jars.filter(j -> j.getFileName().toString().endsWith(".jar"))
                                .map(Path::toAbsolutePath).sorted().toList());
                    }
                }
            }
        }
        return result;
    }

    /** Grades every submission; one row per student, in the order given. */
    public List<StudentGrade> gradeAll(Map<String, List<Path>> submissions) throws InterruptedException {
        Files.exists(logs);
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<StudentGrade>> rows = new ArrayList<>();
            submissions.forEach((student, jars) -> rows.add(pool.submit(() -> grade(student, jars))));
            List<StudentGrade> grades = new ArrayList<>();
            for (Future<StudentGrade> row : rows) {
                try {
                    grades.add(row.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("grading failed: " + e.getCause(), e.getCause());
                }
            }
            return grades;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Grades one submission in a JVM of its own. */
    StudentGrade grade(String student, List<Path> jars) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Files.createDirectories(logs);
        Path progress = logs.resolve(student + ".progress");
        Path log = logs.resolve(student + ".log");
        if (jars.isEmpty()) {
            return collect(student, List.of(), "the submission folder holds no jar", start);
        }
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx" + rubric.heapMegabytes() + "m",
                "-Djava.awt.headless=true", "--add-modules=jdk.incubator.vector",
                "-cp", System.getProperty("java.class.path"), SubmissionJvm.class.getName(),
                rubricFile.toString(), teacherJar == null ? "-" : teacherJar.toString(), progress.toString()));
        jars.forEach(j -> command.add(j.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        String note = "";
        if (!process.waitFor(rubric.timeLimitSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
            note = "did not finish within " + rubric.timeLimitSeconds() + " s (the rubric's time_limit_seconds):"
                    + " the submission may loop forever";
        } else if (process.exitValue() != 0) {
            note = outOfMemory(log)
                    ? "ran out of memory (the rubric's heap_mb is " + rubric.heapMegabytes() + ")"
                    : "the grading JVM ended with status " + process.exitValue()
                    + ": the submission called System.exit or crashed it";
        }
        List<ProgressLine> lines = read(progress);
        return collect(student, lines, note, start);
    }

    private StudentGrade collect(String student, List<ProgressLine> lines, String note, long start) {
        Map<String, ProgressLine> finished = new HashMap<>();
        String running = null;
        for (ProgressLine line : lines) {
            if (line.started() != null) {
                running = line.started();
            } else if (line.item() != null) {
                finished.put(line.item(), line);
                running = null;
            }
        }
        String during = running == null ? "" : " during '" + running + "'";
        String missing = note.isEmpty() ? "not reported by the grading JVM; see its log" : note + during;
        List<StudentGrade.ItemResult> results = new ArrayList<>();
        for (GradedItem item : plan) {
            ProgressLine line = finished.get(item.name());
            if (line != null) {
                results.add(new StudentGrade.ItemResult(item, Boolean.TRUE.equals(line.passed()),
                        line.message() == null ? "" : line.message()));
            } else {
                boolean wasRunning = item.name().equals(running)
                        || running != null && running.equals("the teacher's tests") && item.name().startsWith("teacher test: ");
                results.add(new StudentGrade.ItemResult(item, false, wasRunning || note.isEmpty() ? missing
                        : "not run: " + missing));
            }
        }
        return new StudentGrade(student, results, note.isEmpty() ? "" : note + during,
                (System.nanoTime() - start) / 1e9);
    }

    private static List<ProgressLine> read(Path progress) throws IOException {
        if (!Files.exists(progress)) {
            return List.of();
        }
        ObjectMapper json = new ObjectMapper();
        List<ProgressLine> lines = new ArrayList<>();
        for (String text : Files.readAllLines(progress, StandardCharsets.UTF_8)) {
            try {
                lines.add(json.readValue(text, ProgressLine.class));
            } catch (IOException halfWritten) {
                break; // the JVM ended in the middle of a line
            }
        }
        return lines;
    }

    private static boolean outOfMemory(Path log) throws IOException {
        return Files.exists(log) && Files.readString(log, StandardCharsets.ISO_8859_1).contains("OutOfMemoryError");
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
    }
}
