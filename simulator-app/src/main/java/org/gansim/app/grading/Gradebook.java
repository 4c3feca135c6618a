package org.gansim.app.grading;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a class's grades: {@code gradebook.csv} (one row per student, a points column and a reason
 * column per item), {@code gradebook.md} (a summary table, then each student's failed items with
 * their reasons) and {@code reports/STUDENT.json} (every item of one student).
 *
 * <p>Each file is written beside its final name and moved into place. Stateless; any thread.
 */
public final class Gradebook {

    private Gradebook() {
    }

    /** Writes the three outputs into {@code folder}; returns the Markdown file. */
    public static Path write(Path folder, String title, List<StudentGrade> grades) throws IOException {
        Files.createDirectories(folder.resolve("reports"));
        atomically(folder.resolve("gradebook.csv"), csv(grades));
        Path markdown = folder.resolve("gradebook.md");
        atomically(markdown, markdown(title, grades));
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        for (StudentGrade grade : grades) {
            atomically(folder.resolve("reports").resolve(grade.student() + ".json"),
                    json.writeValueAsString(report(grade)) + "\n");
        }
        return markdown;
    }

    static String csv(List<StudentGrade> grades) {
        StringBuilder text = new StringBuilder("student,total,out_of,note");
        if (!grades.isEmpty()) {
            for (StudentGrade.ItemResult r : grades.get(0).results()) {
                text.append(',').append(cell(r.item().name())).append(',').append(cell(r.item().name() + " (why)"));
            }
        }
        text.append('\n');
        for (StudentGrade grade : grades) {
            text.append(cell(grade.student())).append(',').append(number(grade.total())).append(',')
                    .append(number(grade.outOf())).append(',').append(cell(grade.note()));
            for (StudentGrade.ItemResult r : grade.results()) {
                text.append(',').append(number(r.earned())).append(',').append(cell(r.message()));
            }
            text.append('\n');
        }
        return text.toString();
    }

    static String markdown(String title, List<StudentGrade> grades) {
        StringBuilder text = new StringBuilder("# Gradebook: ").append(title).append("\n\n")
                .append("| student | points | failed items | note |\n|---|---:|---:|---|\n");
        for (StudentGrade grade : grades) {
            text.append("| ").append(md(grade.student())).append(" | ").append(number(grade.total())).append(" / ")
                    .append(number(grade.outOf())).append(" | ").append(grade.failures()).append(" of ")
                    .append(grade.results().size()).append(" | ").append(md(grade.note())).append(" |\n");
        }
        for (StudentGrade grade : grades) {
            text.append("\n## ").append(grade.student()).append(": ").append(number(grade.total())).append(" / ")
                    .append(number(grade.outOf())).append("\n\n");
            if (grade.failures() == 0) {
                text.append("Every item passed.\n");
                continue;
            }
            text.append("| item | points | result |\n|---|---:|---|\n");
            for (StudentGrade.ItemResult r : grade.results()) {
                text.append("| ").append(md(r.item().name())).append(" | ").append(number(r.earned())).append(" / ")
                        .append(number(r.item().points())).append(" | ")
                        .append(r.passed() ? "pass" : "FAIL: " + md(r.message())).append(" |\n");
            }
        }
        return text.toString();
    }

    private static Map<String, Object> report(StudentGrade grade) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("student", grade.student());
        report.put("total", grade.total());
        report.put("out_of", grade.outOf());
        report.put("note", grade.note());
        report.put("seconds", Math.round(grade.seconds() * 10) / 10.0);
        report.put("items", grade.results().stream().map(r -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("item", r.item().name());
            item.put("passed", r.passed());
            item.put("points", r.earned());
            item.put("out_of", r.item().points());
            item.put("message", r.message());
            return item;
        }).toList());
        return report;
    }

    private static String cell(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static String md(String value) {
        return value.replace("|", "\\|").replace("\n", " ");
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }

    private static void atomically(Path file, String content) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, content, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
