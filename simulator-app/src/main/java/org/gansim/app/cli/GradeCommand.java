package org.gansim.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gansim.app.grading.Gradebook;
import org.gansim.app.grading.Grader;
import org.gansim.app.grading.Rubric;
import org.gansim.app.grading.StudentGrade;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gansim grade --assignment rubric.json submissions/}: grades a whole class, each submission
 * in a JVM of its own, and writes a gradebook (CSV and Markdown) and a JSON report per student.
 * Exits 0 when every submission was graded (whatever the grades), 2 on bad input.
 */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = "Grades every submission in a folder (one jar, or one folder of jars, per student)"
                + " against an assignment's rubric, each in a JVM of its own.")
public final class GradeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--assignment", required = true, paramLabel = "RUBRIC.json",
            description = "The rubric: the ids to provide, points, extra checks, the teacher's tests (docs/grading.md).")
    private Path rubricFile;

    @Parameters(index = "0", paramLabel = "SUBMISSIONS", description = "A folder with one jar or folder per student.")
    private Path submissions;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "grades",
            description = "Where the gradebook and reports go (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--parallel", paramLabel = "N",
            description = "Submissions graded at once (default: the number of cores).")
    private Integer parallel;

    @Override
    public Integer call() throws IOException, InterruptedException {
        CommandLine cmd = spec.commandLine();
        if (!Files.isRegularFile(rubricFile)) {
            throw new CommandLine.ParameterException(cmd, "Rubric '" + rubricFile + "' does not exist;"
                    + " --assignment takes a rubric JSON file (see docs/grading.md)");
        }
        if (!Files.isDirectory(submissions)) {
            throw new CommandLine.ParameterException(cmd, "'" + submissions + "' is not a folder; grade takes a"
                    + " folder with one jar, or one folder of jars, per student");
        }
        int workers = parallel == null ? Runtime.getRuntime().availableProcessors() : parallel;
        if (workers < 1) {
            throw new CommandLine.ParameterException(cmd, "--parallel must be at least 1, got " + workers);
        }
        Rubric rubric;
        Grader grader;
        try {
            rubric = Rubric.read(rubricFile);
            grader = new Grader(rubric, rubricFile, out.resolve("logs"), workers);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cmd, e.getMessage());
        }
        Map<String, List<Path>> students = Grader.submissions(submissions);
        if (students.isEmpty()) {
            throw new CommandLine.ParameterException(cmd, "'" + submissions + "' holds no submission: put one jar,"
                    + " or one folder of jars, per student in it");
        }
        long start = System.nanoTime();
        List<StudentGrade> grades = grader.gradeAll(students);
        Path markdown = Gradebook.write(out, rubric.title(), grades);
        var text = cmd.getOut();
        for (StudentGrade grade : grades) {
            text.printf("%-20s %6.1f / %.1f%s%n", grade.student(), grade.total(), grade.outOf(),
                    grade.note().isEmpty() ? "" : "  (" + grade.note() + ")");
        }
        text.printf("Graded %d submissions in %.1f s; gradebook: %s%n", grades.size(),
                (System.nanoTime() - start) / 1e9, markdown);
        text.flush();
        return 0;
    }
}
