package org.gansim.app.lab;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gansim.app.lab.ModeSummary.Estimate;

/**
 * The layout of PacGAN's and VEEGAN's Table 1: one row per method, the ring's and the grid's modes
 * captured, high-quality samples and reverse KL side by side; GanSim's rows each followed by the
 * published rows of the same method, then the other published rows for reference. Markdown or CSV.
 *
 * <p>Immutable.
 */
public final class ModeTable {

    /** GanSim's own rows are marked with this source. */
    public static final String OURS = "GanSim";

    private static final List<String> BENCHMARK_TARGETS = List.of("ring8", "grid25");

    private final List<ModeSummary> ours;
    private final List<String> targets;
    private final List<String> variants;

    /**
     * @param ours     GanSim's summaries, one per target and variant
     * @param variants the variants in the order to show them
     */
    public ModeTable(List<ModeSummary> ours, List<String> variants) {
        this.ours = List.copyOf(ours);
        this.variants = List.copyOf(variants);
        this.targets = BENCHMARK_TARGETS.stream().filter(t -> ours.stream().anyMatch(s -> s.target().equals(t))).toList();
    }

    /** The table in Markdown. */
    public String markdown() {
        StringBuilder text = new StringBuilder("| method | source | runs | steps |");
        StringBuilder rule = new StringBuilder("|---|---|---:|---:|");
        for (String target : targets) {
            String name = target.equals("ring8") ? "ring" : "grid";
            int count = target.equals("ring8") ? 8 : 25;
            text.append(" ").append(name).append(": modes (max ").append(count).append(") | ").append(name)
                    .append(": high quality | ").append(name).append(": reverse KL |");
            rule.append("---:|---:|---:|");
        }
        text.append('\n').append(rule).append('\n');
        for (Line line : lines()) {
            text.append("| ").append(line.method).append(" | ").append(line.source).append(" | ")
                    .append(line.runs).append(" | ").append(line.steps).append(" |");
            for (Optional<ModeSummary> s : line.byTarget) {
                if (s.isEmpty()) {
                    text.append(" – | – | – |");
                } else {
                    text.append(' ').append(format(s.get().modes(), 1, line.published)).append(" | ")
                            .append(percent(format(s.get().quality(), 1, line.published))).append(" | ")
                            .append(format(s.get().reverseKl(), line.published ? 2 : 3, line.published)).append(" |");
                }
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** The table as CSV, one line per method and target. */
    public String csv() {
        List<String> header = List.of("method", "source", "target", "runs", "steps", "mode_count", "modes_mean",
                "modes_se", "high_quality_mean", "high_quality_se", "reverse_kl_mean", "reverse_kl_se");
        StringBuilder text = new StringBuilder(CsvCells.join(header)).append('\n');
        for (Line line : lines()) {
            for (Optional<ModeSummary> found : line.byTarget) {
                if (found.isEmpty()) {
                    continue;
                }
                ModeSummary s = found.get();
                text.append(CsvCells.join(List.of(line.method, line.source, s.target(), Integer.toString(s.runs()),
                        s.steps() == 0 ? "" : Long.toString(s.steps()), Integer.toString(s.modeCount()),
                        plain(s.modes().mean()), plain(s.modes().error()), plain(s.quality().mean()),
                        plain(s.quality().error()), plain(s.reverseKl().mean()), plain(s.reverseKl().error()))))
                        .append('\n');
            }
        }
        return text.toString();
    }

    /** One row of the table: a method, its source, and its summary on each shown target. */
    private record Line(String method, String source, String runs, String steps, boolean published,
                        List<Optional<ModeSummary>> byTarget) {
    }

    private List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        List<PublishedFigures.Row> published = PublishedFigures.rows();
        for (String variant : variants) {
            List<Optional<ModeSummary>> mine = new ArrayList<>();
            for (String target : targets) {
                mine.add(ours.stream().filter(s -> s.variant().equals(variant) && s.target().equals(target)).findFirst());
            }
            lines.add(new Line(variant, OURS, joined(mine, s -> Integer.toString(s.runs())
                    + (s.failed() > 0 ? " (" + s.failed() + " failed)" : "")), joined(mine, s -> Long.toString(s.steps())),
                    false, mine));
            published.stream().filter(r -> r.variant().equals(variant)).forEach(r -> lines.add(line(r)));
        }
        published.stream().filter(r -> !variants.contains(r.variant())).forEach(r -> lines.add(line(r)));
        return lines;
    }

    private Line line(PublishedFigures.Row row) {
        List<Optional<ModeSummary>> figures = new ArrayList<>();
        for (String target : targets) {
            figures.add(Optional.of(target.equals("ring8") ? row.ring() : row.grid()));
        }
        ModeSummary any = row.ring();
        return new Line(any.variant(), row.source(), Integer.toString(any.runs()),
                any.steps() == 0 ? "not stated" : Long.toString(any.steps()), true, figures);
    }

    /** One value for all targets when they agree, else each target's joined with " / ". */
    private static String joined(List<Optional<ModeSummary>> summaries, java.util.function.Function<ModeSummary, String> f) {
        List<String> values = summaries.stream().filter(Optional::isPresent).map(s -> f.apply(s.get())).distinct().toList();
        return String.join(" / ", values);
    }

    /** "6.3 ± 0.5"; published figures with every decimal they were printed with; "–" when not given. */
    static String format(Estimate e, int decimals, boolean published) {
        if (Double.isNaN(e.mean())) {
            return "–";
        }
        String mean = published ? asPrinted(e.mean(), decimals) : String.format(Locale.ROOT, "%." + decimals + "f", e.mean());
        if (Double.isNaN(e.error())) {
            return mean;
        }
        String error = published ? asPrinted(e.error(), decimals)
                : String.format(Locale.ROOT, "%." + decimals + "f", e.error());
        return mean + " ± " + error;
    }

    /** A published figure with at least {@code decimals} decimals, and all the decimals it was printed with. */
    private static String asPrinted(double value, int decimals) {
        BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
        return exact.setScale(Math.max(decimals, exact.scale())).toPlainString();
    }

    private static String percent(String figure) {
        return figure.equals("–") ? figure : figure + "%";
    }

    private static String plain(double value) {
        return Double.isNaN(value) ? "" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
