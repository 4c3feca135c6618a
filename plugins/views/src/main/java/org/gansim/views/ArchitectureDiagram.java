package org.gansim.views;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.swing.JComponent;
import org.gansim.api.Snapshot;
import org.gansim.api.ViewContext;

/**
 * The game as a picture: z drawn from the prior goes through G to a fake sample; D judges fakes and
 * real samples and answers "real or fake?", with its live mean verdict on each; the objective the
 * two networks play over is written underneath with its value on the drawn samples.
 *
 * <p>Swing thread only. D's verdicts on the drawn samples come from a {@link LatestOnlyWorker}.
 */
final class ArchitectureDiagram extends JComponent {

    /** Which network a step is updating, for the highlight. */
    enum Updating { NONE, DISCRIMINATOR, GENERATOR }

    static final Color G_FILL = new Color(0xFF, 0xE0, 0xC2);
    static final Color D_FILL = new Color(0xDD, 0xD0, 0xEE);
    static final Color DATA_FILL = new Color(0xD2, 0xE3, 0xF3);
    static final Color HIGHLIGHT = new Color(0xD5, 0x5E, 0x00);

    private final ViewContext context;
    private final LatestOnlyWorker<Verdicts> worker;
    private Snapshot snapshot;
    private Verdicts verdicts;
    private Updating updating = Updating.NONE;
    private Throwable failure;
    /** The size the diagram is laid out in: the component's, divided by {@link ViewScale}. */
    private int drawWidth;
    private int drawHeight;

    ArchitectureDiagram(ViewContext context) {
        this.context = context;
        // Ten verdicts a second are plenty for two percentages; the cores go to training.
        this.worker = new LatestOnlyWorker<>("gansim-diagram", 10, v -> {
            verdicts = v;
            repaint();
        }, t -> {
            failure = t;
            repaint();
        });
        setName("architectureDiagram");
        setOpaque(true);
        setPreferredSize(new Dimension(560, 300));
        setToolTipText(ArchitectureVisualization.EXPLANATION);
        ViewExport.installMenu(this);
    }

    void show(Snapshot s) {
        boolean newStep = snapshot == null || s.step() != snapshot.step();
        snapshot = s;
        if (newStep || verdicts == null) {
            // The new verdicts repaint when they arrive: no second paint per snapshot for the step number alone.
            worker.submit(() -> Verdicts.of(s));
        } else {
            repaint();
        }
    }

    /** Highlights the network a step is updating (NONE while playing: both take turns). */
    void setUpdating(Updating network) {
        updating = network;
        repaint();
    }

    void dispose() {
        worker.shutdown();
    }

    Verdicts verdicts() {
        return verdicts;
    }

    boolean ready() {
        return worker.idle();
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        if (failure != null) {
            throw new IllegalStateException("D failed on the drawn samples: " + failure, failure);
        }
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, getWidth(), getHeight());
            // Larger fonts in the app (projector mode): the diagram is laid out on a smaller canvas and
            // drawn scaled up, so boxes, arrows and text grow together.
            float scale = ViewScale.now();
            drawWidth = Math.round(getWidth() / scale);
            drawHeight = Math.round(getHeight() / scale);
            g.scale(scale, scale);
            Font base = getFont() != null ? getFont() : new Font(Font.SANS_SERIF, Font.PLAIN, 12);
            g.setFont(base.deriveFont(Font.PLAIN, 12f));
            paintDiagram(g);
        } finally {
            g.dispose();
        }
    }

    private void paintDiagram(Graphics2D g) {
        int w = drawWidth;
        int h = drawHeight;
        int column = Math.max(60, (w - 20) / 5);
        int boxW = column - 18;
        int boxH = Math.max(40, Math.min(64, h / 5));
        int top = 30;
        int bottom = top + boxH + 34;
        int mid = (top + bottom) / 2;
        g.setColor(PlotFrame.AXIS);
        g.drawString("The game" + (snapshot == null ? "" : ", step " + snapshot.step()), 10, 16);

        Rectangle z = new Rectangle(10, top, boxW, boxH);
        Rectangle gen = new Rectangle(10 + column, top, boxW, boxH);
        Rectangle fake = new Rectangle(10 + 2 * column, top, boxW, boxH);
        Rectangle real = new Rectangle(10 + 2 * column, bottom, boxW, boxH);
        Rectangle disc = new Rectangle(10 + 3 * column, mid, boxW, boxH);
        Rectangle verdict = new Rectangle(10 + 4 * column, mid - 8, boxW, boxH + 16);

        box(g, z, DATA_FILL, false, "z ~ " + prior(), "size " + context.latentDim());
        box(g, gen, G_FILL, updating == Updating.GENERATOR, "G", sizes(context.latentDim(), "model.g_hidden", context.dataDim()));
        box(g, fake, G_FILL, false, "G(z)", "fake sample");
        box(g, real, DATA_FILL, false, "x ~ data", context.targetName());
        box(g, disc, D_FILL, updating == Updating.DISCRIMINATOR, context.classes() > 0 ? "D(\u00b7 | class)" : "D",
                sizes(context.dataDim(), "model.d_hidden", 1));
        verdictBox(g, verdict);

        arrow(g, z.x + z.width, z.y + z.height / 2, gen.x, gen.y + gen.height / 2);
        arrow(g, gen.x + gen.width, gen.y + gen.height / 2, fake.x, fake.y + fake.height / 2);
        arrow(g, fake.x + fake.width, fake.y + fake.height / 2, disc.x, disc.y + disc.height / 3);
        arrow(g, real.x + real.width, real.y + real.height / 2, disc.x, disc.y + 2 * disc.height / 3);
        arrow(g, disc.x + disc.width, disc.y + disc.height / 2, verdict.x, verdict.y + verdict.height / 2);

        int textY = bottom + boxH + 28;
        paintObjective(g, textY);
    }

    private String prior() {
        String prior = paramText("model.prior");
        return "uniform".equals(prior) ? "U(\u22121, 1)" : "N(0, I)";
    }

    private String paramText(String key) {
        try {
            return snapshot == null ? "" : snapshot.params().getString(key);
        } catch (RuntimeException missing) {
            return "";
        }
    }

    /** "2 → 64 → 64 → 2": the layer widths of a network from the snapshot's settings. */
    private String sizes(int in, String hiddenKey, int out) {
        String hidden = "";
        try {
            if (snapshot != null) {
                List<Integer> widths = snapshot.params().getIntList(hiddenKey);
                hidden = widths.stream().map(String::valueOf).collect(Collectors.joining("\u2192")) + "\u2192";
            }
        } catch (RuntimeException missing) {
            hidden = "\u2026\u2192";
        }
        return in + "\u2192" + hidden + out;
    }

    private void box(Graphics2D g, Rectangle r, Color fill, boolean highlighted, String title, String detail) {
        RoundRectangle2D shape = new RoundRectangle2D.Double(r.x, r.y, r.width, r.height, 12, 12);
        g.setColor(fill);
        g.fill(shape);
        g.setColor(highlighted ? HIGHLIGHT : PlotFrame.AXIS);
        g.setStroke(new BasicStroke(highlighted ? 3.5f : 1.2f));
        g.draw(shape);
        g.setStroke(new BasicStroke(1f));
        Font font = g.getFont();
        g.setFont(fitting(g, font.deriveFont(Font.BOLD, 13f), title, r.width - 6, 9f));
        g.setColor(Color.BLACK);
        g.setFont(fitting(g, font.deriveFont(Font.PLAIN, 9.5f), detail, r.width - 6, 8f));
        List<String> lines = wrap(g, detail, r.width - 6);
        int lineHeight = g.getFontMetrics().getHeight() - 1;
        int titleBaseline = r.y + r.height / 2 - 3 - (lines.size() - 1) * lineHeight / 2;
        for (int i = 0; i < lines.size(); i++) {
            centred(g, fit(g, lines.get(i), r.width - 4), r, titleBaseline + 14 + i * lineHeight);
        }
        g.setFont(fitting(g, font.deriveFont(Font.BOLD, 13f), title, r.width - 6, 9f));
        centred(g, title, r, titleBaseline);
        if (highlighted) {
            g.setColor(HIGHLIGHT);
            centred(g, "being updated", r, r.y - 4);
        }
        g.setFont(font);
    }

    private void verdictBox(Graphics2D g, Rectangle r) {
        RoundRectangle2D shape = new RoundRectangle2D.Double(r.x, r.y, r.width, r.height, 12, 12);
        g.setColor(new Color(0xF4, 0xF4, 0xF4));
        g.fill(shape);
        g.setColor(PlotFrame.AXIS);
        g.draw(shape);
        Font font = g.getFont();
        g.setFont(fitting(g, font.deriveFont(Font.BOLD, 12f), "Real or fake?", r.width - 6, 8.5f));
        g.setColor(Color.BLACK);
        centred(g, "Real or fake?", r, r.y + 16);
        Verdicts v = verdicts;
        boolean probability = v == null || v.probability();
        String onReal = v == null ? "\u2026" : percentOrScore(Verdicts.mean(v.onReal()), probability);
        String onFake = v == null ? "\u2026" : percentOrScore(Verdicts.mean(v.onFake()), probability);
        // Sized for the widest the line can be, so the font does not jump as the numbers change.
        g.setFont(fitting(g, font.deriveFont(Font.PLAIN, 11f), probability ? "D(fake) 100%" : "C(fake) -0.000",
                r.width - 6, 8f));
        g.setColor(DataSpaceCanvas.REAL.darker());
        centred(g, (probability ? "D(real) " : "C(real) ") + onReal, r, r.y + 34);
        g.setColor(DataSpaceCanvas.GENERATED.darker());
        centred(g, (probability ? "D(fake) " : "C(fake) ") + onFake, r, r.y + 50);
        g.setFont(font);
    }

    static String percentOrScore(double value, boolean probability) {
        return probability ? String.format(Locale.ROOT, "%.0f%%", 100 * value) : String.format(Locale.ROOT, "%.3f", value);
    }

    /** The variant's own game when it writes it out; else the original game, or the critic's. */
    static String formula(ViewContext context, boolean probability) {
        if (!context.objective().isBlank()) {
            return context.objective();
        }
        return probability
                ? "min_G max_D  V(D, G) = E[log D(x)] + E[log(1 \u2212 D(G(z)))]"
                : "min_G max_C  W \u2248 E[C(x)] \u2212 E[C(G(z))]   (C: the critic, kept Lipschitz)";
    }

    private void paintObjective(Graphics2D g, int y) {
        Verdicts v = verdicts;
        boolean probability = v == null || v.probability();
        g.setColor(Color.BLACK);
        g.setFont(g.getFont().deriveFont(Font.PLAIN, 12.5f));
        String formula = formula(context, probability);
        int lineY = y;
        int lineHeight = g.getFontMetrics().getHeight();
        // A game written as "D: ...    G: ..." gets a line per player.
        for (String player : formula.split("\\s{4,}")) {
            for (String line : wrap(g, player, drawWidth - 20)) {
                g.drawString(line, 10, lineY);
                lineY += lineHeight;
            }
        }
        g.setFont(g.getFont().deriveFont(Font.PLAIN, 11.5f));
        String value = v == null ? "\u2026" : String.format(Locale.ROOT, "%.3f", v.objective());
        String note = probability
                ? "V(D, G) = E[log D(x)] + E[log(1 \u2212 D(G(z)))] is now " + value + " on the drawn samples;"
                        + " \u2212log 4 \u2248 \u22121.386 when D says \u00bd everywhere"
                : "E[D(x)] \u2212 E[D(G(z))] is now " + value + " on the drawn samples: the gap between D's scores"
                        + " on real and fake (for a Wasserstein critic, its estimate of the distance)";
        g.setColor(PlotFrame.AXIS);
        lineY += 4;
        lineHeight = g.getFontMetrics().getHeight();
        for (String line : wrap(g, note, drawWidth - 20)) {
            g.drawString(line, 10, lineY);
            lineY += lineHeight;
        }
    }

    /** {@code font}, made smaller (down to {@code smallest} points) until {@code text} fits {@code width}. */
    private static Font fitting(Graphics2D g, Font font, String text, int width, float smallest) {
        Font f = font;
        while (f.getSize2D() > smallest && g.getFontMetrics(f).stringWidth(text) > width) {
            f = f.deriveFont(f.getSize2D() - 0.5f);
        }
        return f;
    }

    /**
     * {@code text} broken into lines no wider than {@code width}, after spaces or arrows (so layer
     * sizes "2→64→64→2" break between layers); a piece wider than the line stays whole.
     */
    static List<String> wrap(Graphics2D g, String text, int width) {
        FontMetrics fm = g.getFontMetrics();
        List<String> lines = new java.util.ArrayList<>();
        String line = "";
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean end = i == text.length();
            if (!end && text.charAt(i) != ' ' && text.charAt(i) != '\u2192') {
                continue;
            }
            String piece = text.substring(start, end ? i : i + 1);
            start = i + 1;
            if (!line.isEmpty() && fm.stringWidth((line + piece).stripTrailing()) > width) {
                lines.add(line.stripTrailing());
                line = piece.stripLeading();
            } else {
                line += piece;
            }
        }
        if (!line.isBlank() || lines.isEmpty()) {
            lines.add(line.stripTrailing());
        }
        return lines;
    }

    private static void centred(Graphics2D g, String text, Rectangle r, int baseline) {
        FontMetrics fm = g.getFontMetrics();
        g.drawString(text, r.x + (r.width - fm.stringWidth(text)) / 2, baseline);
    }

    /** The text cut to {@code width} pixels with an ellipsis. */
    private static String fit(Graphics2D g, String text, int width) {
        FontMetrics fm = g.getFontMetrics();
        if (fm.stringWidth(text) <= width) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && fm.stringWidth(cut + "\u2026") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "\u2026";
    }

    private static void arrow(Graphics2D g, double x0, double y0, double x1, double y1) {
        g.setColor(PlotFrame.AXIS);
        g.setStroke(new BasicStroke(1.5f));
        g.draw(new java.awt.geom.Line2D.Double(x0 + 2, y0, x1 - 3, y1));
        double angle = Math.atan2(y1 - y0, x1 - x0);
        Path2D.Double tip = new Path2D.Double();
        tip.moveTo(x1 - 2, y1);
        tip.lineTo(x1 - 2 - 8 * Math.cos(angle - 0.4), y1 - 8 * Math.sin(angle - 0.4));
        tip.lineTo(x1 - 2 - 8 * Math.cos(angle + 0.4), y1 - 8 * Math.sin(angle + 0.4));
        tip.closePath();
        g.fill(tip);
    }
}
