package org.gansim.views;

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
import java.awt.image.BufferedImage;
import java.util.ArrayList;
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
    /** The most generated points a user may ask for: the snapshot's whole evaluation batch is no larger. */
    static final int MAX_POINTS = 1000;
    /** The longest arrow, in pixels. */
    static final double ARROW_CAP = PlanePicture.ARROW_CAP;
    static final Color ARROW = PlanePicture.ARROW;
    static final Color MESH_LINE = PlanePicture.MESH_LINE;
    static final Color CONTOUR = new Color(0x00, 0x5A, 0x32);
    /** Real samples: the real colour, see-through so dense modes show as darker cores. */
    private static final Color REAL_POINT = withAlpha(DataSpaceCanvas.REAL, 150);
    private static final Color GENERATED_POINT = withAlpha(DataSpaceCanvas.GENERATED, 210);

    private final ViewContext context;
    private final Viewport viewport;
    private final Set<PlaneLayer> shown = EnumSet.of(PlaneLayer.HEAT_MAP, PlaneLayer.REAL, PlaneLayer.GENERATED,
            PlaneLayer.ARROWS, PlaneLayer.MESH, PlaneLayer.CONTOURS);
    private final CriticRange criticRange = new CriticRange();
    private final LatestOnlyWorker<PlanePicture> worker;
    private final PlaneLegend legend = new PlaneLegend();
    private final PointSprites sprites = new PointSprites();
    private Snapshot snapshot;
    private PlaneLayers layers;
    private PlanePicture picture;
    private final LatestOnlyWorker<ContourImage> contourWorker;
    private ContourImage contours;
    private BufferedImage colourBar;
    /** The whole view, drawn in memory and sent to the screen in one piece; reused from frame to frame. */
    private BufferedImage screenBuffer;
    private int classShown = -1;
    private int points = DEFAULT_POINTS;
    private Throwable failure;
    private java.awt.Point hover;
    private java.awt.Point dragFrom;
    private PlotFrame lastFrame;

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
        PlaneSettings.addTo(getComponentPopupMenu(), this);
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
                    setLegendShown(!legend.shown());
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
        // The points move at every snapshot; the layers the worker draws (heat map, arrows, mesh)
        // follow at its own pace, at most LatestOnlyWorker.MAX_PER_SECOND times a second.
        repaint();
    }

    void dispose() {
        worker.shutdown();
        contourWorker.shutdown();
    }

    Set<PlaneLayer> shownLayers() {
        return EnumSet.copyOf(shown);
    }

    /** Shows exactly {@code layers} (from the menu or a saved experiment). */
    void setShownLayers(Set<PlaneLayer> layers) {
        shown.clear();
        shown.addAll(layers);
        repaint();
    }

    void toggle(PlaneLayer layer) {
        if (!shown.remove(layer)) {
            shown.add(layer);
        }
        repaint();
    }

    /** The layers this target can show: contours only when it knows its density. */
    List<PlaneLayer> available() {
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
        legend.setShown(show);
        repaint();
    }

    boolean legendShown() {
        return legend.shown();
    }

    /** Folds the legend to its title row, or opens it (a click on the title does the same); it starts folded on a small plot. */
    void setLegendCollapsed(boolean collapsed) {
        legend.setCollapsed(collapsed);
        repaint();
    }

    /** The legend's drawn area, for tests; empty before the first paint or when hidden. */
    Rectangle legendArea() {
        return legend.area();
    }

    /** How many of the snapshot's generated points are drawn (and get arrows). */
    int points() {
        return points;
    }

    void setPoints(int count) {
        points = Math.max(1, Math.min(MAX_POINTS, count));
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

    /** Shows {@code bounds} of the data plane, chosen in a linked view: as a zoom here would, telling no one. */
    void showViewport(PlotBounds bounds) {
        viewport.show(bounds);
        requestLayers();
        repaint();
    }

    /** The layers last computed, or null; for tests. */
    PlaneLayers layers() {
        return layers;
    }

    /** The picture of the layers last drawn (by the worker, or here after a resize); for tests. */
    PlanePicture picture() {
        return picture;
    }

    /** Whether every requested layer computation has arrived; for tests. */
    boolean layersReady() {
        return worker.idle();
    }

    /** The frame of the last paint (data-to-pixel mapping), or null before the first; for tests. */
    PlotFrame lastFrame() {
        return lastFrame;
    }

    /**
     * Asks the worker for the layers of the current snapshot and view, drawn for the current size:
     * the networks run and the heat map, manifold and arrows are drawn there, not on this thread.
     */
    private void requestLayers() {
        Snapshot s = snapshot;
        if (s == null) {
            return;
        }
        PlotBounds view = viewport.bounds();
        int cls = classShown;
        int count = points;
        LatentPrior prior = priorOf(s);
        PlotFrame frame = plotFrame(getFontMetrics(plotFont()));
        Set<PlaneLayer> on = EnumSet.copyOf(shown);
        worker.submit(() -> {
            PlaneLayers l = PlaneLayers.compute(s, view, cls, count, prior);
            // The critic's scale is smoothed here, on the worker, the one thread that sees every result.
            double range = l.probability() ? 1 : criticRange.update(l.robustRange());
            return PlanePicture.draw(l, range, frame, on);
        });
    }

    private static LatentPrior priorOf(Snapshot s) {
        try {
            return LatentPrior.valueOf(s.params().getString("model.prior").toUpperCase(Locale.ROOT));
        } catch (RuntimeException missing) {
            return LatentPrior.GAUSSIAN;
        }
    }

    private void accept(PlanePicture computed) {
        picture = computed;
        layers = computed.layers();
        repaint();
    }

    private Font plotFont() {
        float size = 11f * ViewScale.now();
        return getFont() != null ? getFont().deriveFont(size) : new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(size));
    }

    /** Where the plot goes at the current size: the same for painting and for the worker's pictures. */
    private PlotFrame plotFrame(FontMetrics fm) {
        int colourBarWidth = shown.contains(PlaneLayer.HEAT_MAP) ? 58 : 12;
        Rectangle available = new Rectangle(44, 24, Math.max(10, getWidth() - 44 - colourBarWidth),
                Math.max(10, getHeight() - 24 - 2 * fm.getHeight() - 10));
        return PlotFrame.fit(available, viewport.bounds(), true);
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        if (failure != null) {
            throw new IllegalStateException("computing the data space's layers failed: " + failure, failure);
        }
        if (graphics instanceof org.jfree.svg.SVGGraphics2D || getWidth() <= 0 || getHeight() <= 0) {
            paintView(graphics);
            return;
        }
        // Drawn in memory, then sent to the display as one image: every separate drawing call on the
        // display's surface costs a request to the display server (and on a busy machine, a wait), and a
        // frame makes hundreds of them; in memory they cost microseconds.
        if (screenBuffer == null || screenBuffer.getWidth() != getWidth() || screenBuffer.getHeight() != getHeight()) {
            screenBuffer = new BufferedImage(getWidth(), getHeight(), BufferedImage.TYPE_INT_RGB);
        }
        Graphics2D memory = screenBuffer.createGraphics();
        try {
            paintView(memory);
        } finally {
            memory.dispose();
        }
        graphics.drawImage(screenBuffer, 0, 0, null);
    }

    /** Paints the whole view: title, axes, layers, colour bar, legend and the hover read-out. */
    private void paintView(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, getWidth(), getHeight());
            g.setFont(plotFont());
            // The component's metrics, as the worker's pictures were laid out with, so they fit exactly.
            PlotFrame frame = plotFrame(getFontMetrics(plotFont()));
            lastFrame = frame;
            g.setColor(PlotFrame.AXIS);
            g.drawString(title(g.getFontMetrics(), getWidth() - 44 - 8), 44, 16);
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
            legend.paint(g, frame.area(), available(), shown, context.classes() > 0, classShown,
                    shown.contains(PlaneLayer.MESH) && context.latentDim() > 2);
            paintReadout(g, frame);
        } finally {
            g.dispose();
        }
    }

    /** The title, with the zoom note shortened to "(zoomed)" where the whole one does not fit. */
    private String title(FontMetrics fm, int width) {
        String title = "Data space" + (snapshot == null ? "" : ", step " + snapshot.step());
        if (viewport.atHome()) {
            return title;
        }
        String full = title + "  (zoomed: double-click resets)";
        return fm.stringWidth(full) <= width ? full : title + "  (zoomed)";
    }

    /**
     * The plot's inside from ready-made images: the worker's picture (heat map and manifold), the
     * contours, a copied sprite per sample point, then the arrows. Copying images is far cheaper
     * than drawing the thousands of smooth shapes in them again every frame.
     */
    private void paintLayers(Graphics2D g, PlotFrame frame) {
        Rectangle area = frame.area();
        if (area.width <= 0 || area.height <= 0) {
            return;
        }
        PlanePicture p = picture;
        if (g instanceof org.jfree.svg.SVGGraphics2D) {
            paintLayersAsShapes(g, frame, p);
            return;
        }
        if (p != null && !p.fits(layers, frame, shown)) {
            // Resized, zoomed or a layer switched: redraw the last layers here until the worker catches up.
            p = PlanePicture.draw(layers, p.colourRange(), frame, shown);
            picture = p;
        }
        if (p != null) {
            g.drawImage(p.under(), area.x, area.y, null);
        }
        if (shown.contains(PlaneLayer.CONTOURS) && context.density().isPresent()) {
            paintContours(g, frame);
        }
        double size = Math.max(2.5, Math.min(5, area.width / 110.0)) * ViewScale.now();
        Snapshot onScreen = snapshot;
        if (onScreen != null && shown.contains(PlaneLayer.GENERATED)) {
            paintPoints(g, frame, onScreen.generated(), points, size, false);
        }
        if (p != null && shown.contains(PlaneLayer.ARROWS)) {
            g.drawImage(p.over(), area.x, area.y, null);
        }
        if (onScreen != null && shown.contains(PlaneLayer.REAL)) {
            // Real samples as fine points on top: each mode's spread, and where G should go, stay visible.
            paintPoints(g, frame, onScreen.real(), Integer.MAX_VALUE, Math.max(1.8, 0.55 * size), true);
        }
    }

    /** For an SVG export: every layer drawn as shapes (the heat map as an image), so the file scales cleanly. */
    private void paintLayersAsShapes(Graphics2D g, PlotFrame frame, PlanePicture p) {
        if (p != null && shown.contains(PlaneLayer.HEAT_MAP)) {
            PlanePicture.drawHeat(g, frame, p.layers(), p.colourRange());
        }
        if (shown.contains(PlaneLayer.CONTOURS) && context.density().isPresent()) {
            paintContours(g, frame);
        }
        Graphics2D smooth = (Graphics2D) g.create();
        smooth.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        if (p != null && shown.contains(PlaneLayer.MESH)) {
            PlanePicture.drawMesh(smooth, frame, p.layers());
        }
        Snapshot onScreen = snapshot;
        if (onScreen != null) {
            double size = Math.max(2.5, Math.min(5, frame.area().width / 110.0)) * ViewScale.now();
            if (shown.contains(PlaneLayer.REAL)) {
                drawDots(smooth, frame, onScreen.real(), Integer.MAX_VALUE, Math.max(1.8, 0.55 * size), REAL_POINT);
            }
            if (shown.contains(PlaneLayer.GENERATED)) {
                drawDots(smooth, frame, onScreen.generated(), points, size, GENERATED_POINT);
            }
        }
        if (p != null && shown.contains(PlaneLayer.ARROWS)) {
            PlanePicture.drawArrows(smooth, frame, p.layers());
        }
        smooth.dispose();
    }

    private void drawDots(Graphics2D g, PlotFrame frame, Batch batch, int limit, double size, Color colour) {
        java.awt.geom.Ellipse2D.Double dot = new java.awt.geom.Ellipse2D.Double();
        int n = Math.min(limit, batch.size());
        boolean byClass = context.classes() > 0 && batch.hasLabels();
        for (int i = 0; i < n; i++) {
            if (byClass && classShown >= 0 && batch.label(i) != classShown) {
                continue;
            }
            g.setColor(byClass ? Palette.classColour(batch.label(i)) : colour);
            dot.setFrame(frame.px(batch.get(i, 0)) - size / 2, frame.py(batch.get(i, 1)) - size / 2, size, size);
            g.fill(dot);
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

    /** Stamps a ready-made dot at each point: real ones filled and faint, generated ones filled or, by class, as rings. */
    private void paintPoints(Graphics2D g, PlotFrame frame, Batch batch, int limit, double size, boolean real) {
        int n = Math.min(limit, batch.size());
        boolean byClass = context.classes() > 0 && batch.hasLabels();
        BufferedImage plain = sprites.dot(real ? REAL_POINT : GENERATED_POINT, size, true);
        for (int i = 0; i < n; i++) {
            if (byClass && classShown >= 0 && batch.label(i) != classShown) {
                continue;
            }
            BufferedImage sprite = plain;
            if (byClass) {
                Color c = Palette.classColour(batch.label(i));
                sprite = real ? sprites.dot(withAlpha(c, 110), size, true) : sprites.dot(c, size, false);
            }
            int half = PointSprites.offset(sprite);
            int x = (int) Math.floor(frame.px(batch.get(i, 0)));
            int y = (int) Math.floor(frame.py(batch.get(i, 1)));
            g.drawImage(sprite, x - half, y - half, null);
        }
    }

    /** Pixels per unit of gradient; see {@link PlanePicture#arrowScale}. */
    static double arrowScale(double[] push) {
        return PlanePicture.arrowScale(push);
    }

    private void paintColourBar(Graphics2D g, Rectangle area) {
        int x = area.x + area.width + 8;
        int height = area.height;
        if (colourBar == null || colourBar.getHeight() != height) {
            colourBar = new BufferedImage(11, Math.max(1, height), BufferedImage.TYPE_INT_RGB);
            for (int i = 0; i < height; i++) {
                int rgb = Palette.heat(1 - i / (double) Math.max(1, height - 1));
                for (int col = 0; col < 11; col++) {
                    colourBar.setRGB(col, i, rgb);
                }
            }
        }
        g.drawImage(colourBar, x, area.y, null);
        g.setColor(PlotFrame.AXIS);
        g.drawRect(x, area.y, 10, height);
        PlanePicture p = picture;
        boolean probability = p == null || p.layers().probability();
        double range = p == null ? 1 : p.colourRange();
        String top = probability ? "1" : "+" + short3(range);
        String middle = probability ? "\u00bd" : "0";
        String bottom = probability ? "0" : "\u2212" + short3(range);
        FontMetrics fm = g.getFontMetrics();
        g.drawString(top, x + 13, area.y + fm.getAscent());
        g.drawString(middle, x + 13, area.y + height / 2 + fm.getAscent() / 2);
        g.drawString(bottom, x + 13, area.y + height);
        g.drawString(probability ? "D(x)" : "critic", x - 4, area.y - 4);
    }

    private static String short3(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
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
        String legendTip = legend.toolTip(e.getPoint());
        return legendTip != null ? legendTip : DataSpaceVisualization.EXPLANATION;
    }

    /** Zoom, pan, reset, hover and legend clicks. */
    private final class Mouse extends MouseAdapter {
        @Override
        public void mousePressed(MouseEvent e) {
            requestFocusInWindow();
            if (SwingUtilities.isLeftMouseButton(e)) {
                PlaneLegend.Click click = legend.clickAt(e.getPoint());
                if (click != null) {
                    if (click.folds()) {
                        legend.setCollapsed(!legend.collapsed());
                        repaint();
                    } else if (click.layer() == null) {
                        nextClass();
                    } else {
                        toggle(click.layer());
                    }
                    dragFrom = null;
                    return;
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
            if (e.getClickCount() == 2 && SwingUtilities.isLeftMouseButton(e) && legend.clickAt(e.getPoint()) == null) {
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
