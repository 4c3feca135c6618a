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
import java.awt.Shape;
import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import org.gansim.api.Batch;
import org.gansim.api.LatentPrior;
import org.gansim.api.ModeSet;
import org.gansim.api.PlotBounds;
import org.gansim.api.Snapshot;
import org.gansim.api.ViewContext;

/**
 * The 2-D data space as layers: D's decision surface as a heat map with its colour bar, real and
 * generated samples, the generator's gradient arrows and the latent manifold, with a legend on the
 * canvas whose entries switch the layers on and off. The wheel zooms, a drag pans, a double-click
 * resets; hovering reads out x, y, D(x) and the nearest mode.
 *
 * <p>Swing thread only. The layers that run the networks are computed on a {@link LatestOnlyWorker}
 * once per snapshot (and again when the view moves); painting only draws what is ready.
 */
final class PlaneCanvas extends JComponent {

    /** Generated points shown (and given arrows) by default: the first of the snapshot's fixed z. */
    static final int DEFAULT_POINTS = 500;
    /** The longest arrow, in pixels. */
    static final double ARROW_CAP = 22;
    static final Color ARROW = new Color(0x33, 0x33, 0x33);
    static final Color MESH_LINE = new Color(0x44, 0x44, 0x66, 150);
    static final Color CONTOUR = new Color(0x00, 0x5A, 0x32);

    private static final int LEGEND_ROW = 16;

    private final ViewContext context;
    private final Viewport viewport;
    private final Set<PlaneLayer> shown = EnumSet.of(PlaneLayer.HEAT_MAP, PlaneLayer.REAL, PlaneLayer.GENERATED,
            PlaneLayer.ARROWS, PlaneLayer.MESH);
    private final CriticRange criticRange = new CriticRange();
    private final LatestOnlyWorker<PlaneLayers> worker;
    private final List<LegendEntry> legendEntries = new ArrayList<>();
    private Snapshot snapshot;
    private PlaneLayers layers;
    private BufferedImage heatImage;
    private final LatestOnlyWorker<ContourImage> contourWorker;
    private ContourImage contours;
    private double colourRange = 1;
    private int classShown = -1;
    private boolean legendShown = true;
    private int points = DEFAULT_POINTS;
    private Throwable failure;
    private java.awt.Point hover;
    private java.awt.Point dragFrom;
    private PlotFrame lastFrame;

    /** A clickable row of the legend: a layer, or the class picker when {@code layer} is null. */
    private record LegendEntry(Rectangle area, PlaneLayer layer) {
    }

    PlaneCanvas(ViewContext context) {
        this.context = context;
        this.viewport = new Viewport(context.bounds());
        this.worker = new LatestOnlyWorker<>("gansim-data-space", this::accept, t -> {
            failure = t;
            repaint();
        });
        this.contourWorker = new LatestOnlyWorker<>("gansim-contours", c -> {
            contours = c;
            repaint();
        }, t -> {
            failure = t;
            repaint();
        });
        setName("dataSpaceCanvas");
        setOpaque(true);
        setFocusable(true);
        setPreferredSize(new Dimension(460, 440));
        setMinimumSize(new Dimension(160, 160));
        setToolTipText("");
        ViewExport.installMenu(this);
        MouseAdapter mouse = new Mouse();
        addMouseListener(mouse);
        addMouseMotionListener(mouse);
        addMouseWheelListener(mouse);
        addKeyListener(new KeyAdapter() {
            @Override
            public void keyPressed(KeyEvent e) {
                char c = e.getKeyChar();
                if (c >= '1' && c < '1' + PlaneLayer.values().length) {
                    toggle(PlaneLayer.values()[c - '1']);
                } else if (c == 'l' || c == 'L') {
                    setLegendShown(!legendShown);
                } else if (c == 'c' || c == 'C') {
                    nextClass();
                } else if (c == '0' || e.getKeyCode() == KeyEvent.VK_HOME) {
                    resetView();
                }
            }
        });
    }

    void show(Snapshot newSnapshot) {
        snapshot = newSnapshot;
        requestLayers();
        repaint();
    }

    void dispose() {
        worker.shutdown();
        contourWorker.shutdown();
    }

    Set<PlaneLayer> shownLayers() {
        return EnumSet.copyOf(shown);
    }

    void toggle(PlaneLayer layer) {
        if (!shown.remove(layer)) {
            shown.add(layer);
        }
        repaint();
    }

    /** The layers this target can show: contours only when it knows its density. */
    private List<PlaneLayer> available() {
        List<PlaneLayer> layers = new ArrayList<>(List.of(PlaneLayer.values()));
        if (context.density().isEmpty()) {
            layers.remove(PlaneLayer.CONTOURS);
        }
        return layers;
    }

    /** The contour image, for tests; null until computed. */
    ContourImage contours() {
        return contours;
    }

    boolean contoursReady() {
        return contourWorker.idle();
    }

    /** Shows or hides the legend (the key L), for an unobstructed picture. */
    void setLegendShown(boolean show) {
        legendShown = show;
        legendEntries.clear();
        repaint();
    }

    void setPoints(int count) {
        points = Math.max(1, count);
        requestLayers();
        repaint();
    }

    int classShown() {
        return classShown;
    }

    /** Shows class {@code c} only (its samples and D for it), or every class for -1. */
    void showClass(int c) {
        classShown = context.classes() == 0 ? -1 : Math.max(-1, Math.min(context.classes() - 1, c));
        requestLayers();
        repaint();
    }

    void nextClass() {
        if (context.classes() > 0) {
            showClass(classShown + 1 >= context.classes() ? -1 : classShown + 1);
        }
    }

    void resetView() {
        viewport.reset();
        requestLayers();
        repaint();
    }

    Viewport viewport() {
        return viewport;
    }

    /** The layers last computed, or null; for tests. */
    PlaneLayers layers() {
        return layers;
    }

    /** Whether every requested layer computation has arrived; for tests. */
    boolean layersReady() {
        return worker.idle();
    }

    /** The frame of the last paint (data-to-pixel mapping), or null before the first; for tests. */
    PlotFrame lastFrame() {
        return lastFrame;
    }

    private void requestLayers() {
        Snapshot s = snapshot;
        if (s == null) {
            return;
        }
        PlotBounds view = viewport.bounds();
        int cls = classShown;
        int count = points;
        LatentPrior prior = priorOf(s);
        worker.submit(() -> PlaneLayers.compute(s, view, cls, count, prior));
    }

    private static LatentPrior priorOf(Snapshot s) {
        try {
            return LatentPrior.valueOf(s.params().getString("model.prior").toUpperCase(Locale.ROOT));
        } catch (RuntimeException missing) {
            return LatentPrior.GAUSSIAN;
        }
    }

    private void accept(PlaneLayers computed) {
        layers = computed;
        colourRange = computed.probability() ? 1 : criticRange.update(computed.robustRange());
        heatImage = heatImage(computed, colourRange);
        repaint();
    }

    /** One pixel per grid cell, row 0 of the grid at the bottom of the image. */
    static BufferedImage heatImage(PlaneLayers l, double range) {
        int n = l.gridSize();
        BufferedImage image = new BufferedImage(n, n, BufferedImage.TYPE_INT_RGB);
        for (int row = 0; row < n; row++) {
            for (int col = 0; col < n; col++) {
                double t = Palette.position(l.grid()[row * n + col], l.probability(), range);
                image.setRGB(col, n - 1 - row, Palette.heat(t));
            }
        }
        return image;
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        if (failure != null) {
            throw new IllegalStateException("computing the data space's layers failed: " + failure, failure);
        }
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, getWidth(), getHeight());
            g.setFont(getFont() != null ? getFont().deriveFont(11f) : new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            FontMetrics fm = g.getFontMetrics();
            int colourBar = shown.contains(PlaneLayer.HEAT_MAP) ? 58 : 12;
            Rectangle available = new Rectangle(44, 24, Math.max(10, getWidth() - 44 - colourBar),
                    Math.max(10, getHeight() - 24 - 2 * fm.getHeight() - 10));
            PlotFrame frame = PlotFrame.fit(available, viewport.bounds(), true);
            lastFrame = frame;
            g.setColor(PlotFrame.AXIS);
            g.drawString(title(), 44, 16);
            frame.drawAxes(g);
            Shape clip = g.getClip();
            g.clip(frame.area());
            paintLayers(g, frame);
            g.setClip(clip);
            g.setColor(PlotFrame.AXIS);
            g.drawRect(frame.area().x, frame.area().y, frame.area().width, frame.area().height);
            if (shown.contains(PlaneLayer.HEAT_MAP)) {
                paintColourBar(g, frame.area());
            }
            if (legendShown) {
                paintLegend(g, frame.area());
            }
            paintReadout(g, frame);
        } finally {
            g.dispose();
        }
    }

    private String title() {
        String title = "Data space" + (snapshot == null ? "" : ", step " + snapshot.step());
        if (!viewport.atHome()) {
            title += "  (zoomed: double-click resets)";
        }
        return title;
    }

    private void paintLayers(Graphics2D g, PlotFrame frame) {
        PlaneLayers l = layers;
        if (l != null && shown.contains(PlaneLayer.HEAT_MAP) && heatImage != null) {
            PlotBounds v = l.view();
            int x0 = (int) Math.round(frame.px(v.minX()));
            int x1 = (int) Math.round(frame.px(v.maxX()));
            int y0 = (int) Math.round(frame.py(v.maxY()));
            int y1 = (int) Math.round(frame.py(v.minY()));
            Graphics2D h = (Graphics2D) g.create();
            h.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            h.drawImage(heatImage, x0, y0, x1 - x0, y1 - y0, null);
            h.dispose();
        }
        if (shown.contains(PlaneLayer.CONTOURS) && context.density().isPresent()) {
            paintContours(g, frame);
        }
        if (l != null && shown.contains(PlaneLayer.MESH)) {
            paintMesh(g, frame, l);
        }
        if (snapshot == null) {
            return;
        }
        double size = Math.max(2.5, Math.min(5, frame.area().width / 110.0));
        if (shown.contains(PlaneLayer.REAL)) {
            paintPoints(g, frame, snapshot.real(), Integer.MAX_VALUE, size, true);
        }
        if (shown.contains(PlaneLayer.GENERATED)) {
            paintPoints(g, frame, snapshot.generated(), points, size, false);
        }
        if (l != null && shown.contains(PlaneLayer.ARROWS)) {
            paintArrows(g, frame, l);
        }
    }

    /** Draws the contour image when it fits the frame and view; otherwise asks for one that does. */
    private void paintContours(Graphics2D g, PlotFrame frame) {
        ContourImage c = contours;
        Rectangle area = frame.area();
        if (c != null && c.fits(area.width, area.height, viewport.bounds())) {
            g.drawImage(c.image(), area.x, area.y, null);
            return;
        }
        if (c == null || contourWorker.idle()) {
            int w = area.width;
            int h = area.height;
            PlotBounds view = viewport.bounds();
            org.gansim.api.Density density = context.density().orElseThrow();
            contourWorker.submit(() -> ContourImage.compute(density, view, w, h, CONTOUR));
        }
        if (c != null) {
            g.drawImage(c.image(), area.x, area.y, area.width, area.height, null);
        }
    }

    private void paintPoints(Graphics2D g, PlotFrame frame, Batch batch, int limit, double size, boolean real) {
        Ellipse2D.Double dot = new Ellipse2D.Double();
        int n = Math.min(limit, batch.size());
        boolean byClass = context.classes() > 0 && batch.hasLabels();
        Color plain = real ? withAlpha(DataSpaceCanvas.REAL, 120) : withAlpha(DataSpaceCanvas.GENERATED, 210);
        g.setStroke(new BasicStroke(1.2f));
        for (int i = 0; i < n; i++) {
            if (byClass && classShown >= 0 && batch.label(i) != classShown) {
                continue;
            }
            dot.setFrame(frame.px(batch.get(i, 0)) - size / 2, frame.py(batch.get(i, 1)) - size / 2, size, size);
            if (byClass) {
                Color c = Palette.classColour(batch.label(i));
                if (real) {
                    g.setColor(withAlpha(c, 110));
                    g.fill(dot);
                } else {
                    g.setColor(c);
                    g.draw(dot);
                }
            } else {
                g.setColor(plain);
                g.fill(dot);
            }
        }
    }

    private void paintArrows(Graphics2D g, PlotFrame frame, PlaneLayers l) {
        double[] from = l.arrowFrom();
        double[] push = l.arrowPush();
        double pixelsPerUnit = arrowScale(push);
        g.setColor(ARROW);
        g.setStroke(new BasicStroke(1f));
        for (int i = 0; i + 1 < from.length; i += 2) {
            double x = frame.px(from[i]);
            double y = frame.py(from[i + 1]);
            double dx = push[i] * pixelsPerUnit;
            double dy = -push[i + 1] * pixelsPerUnit;
            double length = Math.hypot(dx, dy);
            if (!(length >= 1)) {
                continue;
            }
            if (length > ARROW_CAP) {
                dx *= ARROW_CAP / length;
                dy *= ARROW_CAP / length;
                length = ARROW_CAP;
            }
            g.draw(new Line2D.Double(x, y, x + dx, y + dy));
            double head = Math.min(5, length / 2.5);
            double ux = dx / length;
            double uy = dy / length;
            Path2D.Double tip = new Path2D.Double();
            tip.moveTo(x + dx, y + dy);
            tip.lineTo(x + dx - head * (ux + 0.5 * uy), y + dy - head * (uy - 0.5 * ux));
            tip.lineTo(x + dx - head * (ux - 0.5 * uy), y + dy - head * (uy + 0.5 * ux));
            tip.closePath();
            g.fill(tip);
        }
    }

    /**
     * Pixels per unit of gradient: the 90th percentile of the gradient norms becomes an arrow of
     * the full cap, so most arrows are readable and a few outliers are capped rather than huge.
     */
    static double arrowScale(double[] push) {
        int n = push.length / 2;
        if (n == 0) {
            return 0;
        }
        double[] norms = new double[n];
        for (int i = 0; i < n; i++) {
            norms[i] = Math.hypot(push[2 * i], push[2 * i + 1]);
        }
        Arrays.sort(norms);
        double typical = norms[Math.min(n - 1, (int) Math.floor(0.9 * n))];
        return typical > 0 && Double.isFinite(typical) ? ARROW_CAP / typical : 0;
    }

    private void paintMesh(Graphics2D g, PlotFrame frame, PlaneLayers l) {
        double[] m = l.mesh();
        int size = l.meshSize();
        int rows = l.meshRows();
        if (rows > 1) {
            double[] areas = new double[(size - 1) * (rows - 1)];
            for (int row = 0; row < rows - 1; row++) {
                for (int col = 0; col < size - 1; col++) {
                    areas[row * (size - 1) + col] = l.cellArea(col, row);
                }
            }
            double[] sorted = areas.clone();
            Arrays.sort(sorted);
            double median = sorted[sorted.length / 2];
            for (int row = 0; row < rows - 1; row++) {
                for (int col = 0; col < size - 1; col++) {
                    double ratio = median / Math.max(areas[row * (size - 1) + col], 1e-300);
                    double shade = Math.max(0, Math.min(1, Math.log(ratio) / Math.log(16)));
                    if (shade <= 0.02) {
                        continue;
                    }
                    g.setColor(new Color(0x30, 0x30, 0x50, (int) Math.round(110 * shade)));
                    g.fill(cell(frame, m, size, col, row));
                }
            }
        }
        g.setColor(MESH_LINE);
        g.setStroke(new BasicStroke(0.8f));
        for (int row = 0; row < rows; row++) {
            Path2D.Double line = new Path2D.Double();
            for (int col = 0; col < size; col++) {
                int v = row * size + col;
                if (col == 0) {
                    line.moveTo(frame.px(m[2 * v]), frame.py(m[2 * v + 1]));
                } else {
                    line.lineTo(frame.px(m[2 * v]), frame.py(m[2 * v + 1]));
                }
            }
            g.draw(line);
        }
        for (int col = 0; rows > 1 && col < size; col++) {
            Path2D.Double line = new Path2D.Double();
            for (int row = 0; row < rows; row++) {
                int v = row * size + col;
                if (row == 0) {
                    line.moveTo(frame.px(m[2 * v]), frame.py(m[2 * v + 1]));
                } else {
                    line.lineTo(frame.px(m[2 * v]), frame.py(m[2 * v + 1]));
                }
            }
            g.draw(line);
        }
    }

    private static Path2D.Double cell(PlotFrame frame, double[] m, int size, int col, int row) {
        int[] corners = {row * size + col, row * size + col + 1, (row + 1) * size + col + 1, (row + 1) * size + col};
        Path2D.Double quad = new Path2D.Double();
        for (int k = 0; k < 4; k++) {
            double x = frame.px(m[2 * corners[k]]);
            double y = frame.py(m[2 * corners[k] + 1]);
            if (k == 0) {
                quad.moveTo(x, y);
            } else {
                quad.lineTo(x, y);
            }
        }
        quad.closePath();
        return quad;
    }

    private void paintColourBar(Graphics2D g, Rectangle area) {
        int x = area.x + area.width + 8;
        int height = area.height;
        for (int i = 0; i < height; i++) {
            g.setColor(new Color(Palette.heat(1 - i / (double) (height - 1))));
            g.drawLine(x, area.y + i, x + 10, area.y + i);
        }
        g.setColor(PlotFrame.AXIS);
        g.drawRect(x, area.y, 10, height);
        boolean probability = layers == null || layers.probability();
        String top = probability ? "1" : "+" + short3(colourRange);
        String middle = probability ? "\u00bd" : "0";
        String bottom = probability ? "0" : "\u2212" + short3(colourRange);
        FontMetrics fm = g.getFontMetrics();
        g.drawString(top, x + 13, area.y + fm.getAscent());
        g.drawString(middle, x + 13, area.y + height / 2 + fm.getAscent() / 2);
        g.drawString(bottom, x + 13, area.y + height);
        g.drawString(probability ? "D(x)" : "critic", x - 4, area.y - 4);
    }

    private static String short3(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }

    private void paintLegend(Graphics2D g, Rectangle area) {
        legendEntries.clear();
        FontMetrics fm = g.getFontMetrics();
        List<String> notes = new ArrayList<>();
        if (shown.contains(PlaneLayer.MESH) && context.latentDim() > 2) {
            notes.add("mesh: a slice through z\u2081, z\u2082 (z\u2083\u2026 = 0)");
        }
        boolean picker = context.classes() > 0;
        List<PlaneLayer> layersHere = available();
        int rows = layersHere.size() + (picker ? 1 : 0);
        int width = 0;
        for (PlaneLayer layer : layersHere) {
            width = Math.max(width, fm.stringWidth(layer.label()));
        }
        String classLabel = classShown < 0 ? "class: all (click or C)" : "class: " + classShown + " (click or C)";
        width = Math.max(width, fm.stringWidth(classLabel));
        for (String note : notes) {
            width = Math.max(width, fm.stringWidth(note) - 18);
        }
        int x = area.x + 6;
        int y = area.y + 6;
        g.setColor(new Color(255, 255, 255, 215));
        g.fillRect(x, y, width + 30, rows * LEGEND_ROW + notes.size() * LEGEND_ROW + 6);
        g.setColor(PlotFrame.GRID.darker());
        g.drawRect(x, y, width + 30, rows * LEGEND_ROW + notes.size() * LEGEND_ROW + 6);
        int rowY = y + 4;
        for (PlaneLayer layer : layersHere) {
            Rectangle box = new Rectangle(x + 4, rowY + 2, 10, 10);
            g.setColor(swatch(layer));
            if (shown.contains(layer)) {
                g.fill(box);
            }
            g.setColor(PlotFrame.AXIS);
            g.draw(box);
            g.setColor(shown.contains(layer) ? Color.BLACK : PlotFrame.AXIS);
            g.drawString(layer.label(), x + 20, rowY + fm.getAscent());
            legendEntries.add(new LegendEntry(new Rectangle(x, rowY, width + 30, LEGEND_ROW), layer));
            rowY += LEGEND_ROW;
        }
        if (picker) {
            g.setColor(classShown < 0 ? PlotFrame.AXIS : Palette.classColour(classShown));
            g.fillOval(x + 4, rowY + 2, 10, 10);
            g.setColor(Color.BLACK);
            g.drawString(classLabel, x + 20, rowY + fm.getAscent());
            legendEntries.add(new LegendEntry(new Rectangle(x, rowY, width + 30, LEGEND_ROW), null));
            rowY += LEGEND_ROW;
        }
        g.setColor(PlotFrame.AXIS);
        for (String note : notes) {
            g.drawString(note, x + 4, rowY + fm.getAscent());
            rowY += LEGEND_ROW;
        }
    }

    private static Color swatch(PlaneLayer layer) {
        return switch (layer) {
            case HEAT_MAP -> Palette.REAL_END;
            case REAL -> DataSpaceCanvas.REAL;
            case GENERATED -> DataSpaceCanvas.GENERATED;
            case ARROWS -> ARROW;
            case MESH -> MESH_LINE;
            case CONTOURS -> CONTOUR;
        };
    }

    private void paintReadout(Graphics2D g, PlotFrame frame) {
        if (hover == null || !frame.area().contains(hover)) {
            return;
        }
        g.setColor(Color.BLACK);
        g.drawString(readout(frame.x(hover.x), frame.y(hover.y)), 44, getHeight() - 6);
    }

    /** The line shown under the plot for the data point (x, y) under the mouse. */
    String readout(double x, double y) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "x %.3f, y %.3f", x, y));
        PlaneLayers l = layers;
        if (l != null) {
            double d = l.discriminatorAt(x, y);
            if (Double.isFinite(d)) {
                text.append(String.format(Locale.ROOT, l.probability() ? " \u00b7 D(x) %.3f" : " \u00b7 critic %.3f", d));
                if (context.classes() > 0) {
                    text.append(" for class ").append(Math.max(0, classShown));
                }
            }
        }
        context.modes().ifPresent(modes -> appendNearestMode(text, modes, x, y));
        return text.toString();
    }

    private static void appendNearestMode(StringBuilder text, ModeSet modes, double x, double y) {
        if (modes.dimension() != 2) {
            return;
        }
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < modes.count(); i++) {
            double[] c = modes.centre(i);
            double distance = Math.hypot(c[0] - x, c[1] - y);
            if (distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        double[] c = modes.centre(best);
        text.append(String.format(Locale.ROOT, " \u00b7 nearest mode %d at (%.2f, %.2f), %.1f std away",
                best + 1, c[0], c[1], bestDistance / modes.std()));
    }

    @Override
    public String getToolTipText(MouseEvent e) {
        for (LegendEntry entry : legendEntries) {
            if (entry.area().contains(e.getPoint())) {
                return entry.layer() == null
                        ? "Show one class only: its samples and D for that class (a conditional GAN is told the class)."
                        : entry.layer().explanation() + " Click to switch it on or off.";
            }
        }
        return DataSpaceVisualization.EXPLANATION;
    }

    /** Zoom, pan, reset, hover and legend clicks. */
    private final class Mouse extends MouseAdapter {
        @Override
        public void mousePressed(MouseEvent e) {
            requestFocusInWindow();
            if (SwingUtilities.isLeftMouseButton(e)) {
                for (LegendEntry entry : legendEntries) {
                    if (entry.area().contains(e.getPoint())) {
                        if (entry.layer() == null) {
                            nextClass();
                        } else {
                            toggle(entry.layer());
                        }
                        dragFrom = null;
                        return;
                    }
                }
                dragFrom = e.getPoint();
            }
        }

        @Override
        public void mouseDragged(MouseEvent e) {
            PlotFrame frame = lastFrame;
            if (dragFrom == null || frame == null) {
                return;
            }
            double dx = frame.x(dragFrom.x) - frame.x(e.getX());
            double dy = frame.y(dragFrom.y) - frame.y(e.getY());
            viewport.pan(dx, dy);
            dragFrom = e.getPoint();
            requestLayers();
            repaint();
        }

        @Override
        public void mouseReleased(MouseEvent e) {
            dragFrom = null;
        }

        @Override
        public void mouseClicked(MouseEvent e) {
            if (e.getClickCount() == 2 && SwingUtilities.isLeftMouseButton(e)) {
                resetView();
            }
        }

        @Override
        public void mouseWheelMoved(MouseWheelEvent e) {
            PlotFrame frame = lastFrame;
            if (frame == null) {
                return;
            }
            viewport.zoom(Math.pow(1.15, e.getPreciseWheelRotation()), frame.x(e.getX()), frame.y(e.getY()));
            requestLayers();
            repaint();
        }

        @Override
        public void mouseMoved(MouseEvent e) {
            hover = e.getPoint();
            repaint();
        }

        @Override
        public void mouseExited(MouseEvent e) {
            hover = null;
            repaint();
        }
    }

    private static Color withAlpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }
}
