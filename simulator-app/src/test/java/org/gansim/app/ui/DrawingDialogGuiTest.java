package org.gansim.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.AWTException;
import java.awt.Component;
import java.awt.Container;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.gansim.api.Snapshot;
import org.gansim.app.plugins.PluginManager;
import org.gansim.app.plugins.PluginRegistry;
import org.gansim.app.session.SessionState;
import org.gansim.app.ui.drawing.DrawingCanvas;
import org.gansim.app.ui.drawing.DrawingDialog;
import org.gansim.app.ui.drawing.PlotMapping;
import org.gansim.app.ui.drawing.PointsText;
import org.gansim.app.ui.drawing.Stroke;
import org.gansim.app.ui.plugins.RobotClicks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drawn target's "Draw…" dialog in the real main window under a display: the robot draws a
 * stroke and clicks points, and the drawing must arrive as the parameter's value, in data
 * coordinates, and as the real samples training draws from.
 */
@NeedsADisplay
class DrawingDialogGuiTest {

    private static final String POINTS = "target.points";

    @TempDir
    Path userFolder;

    private MainWindowUnderTest opened;

    @BeforeAll
    static void setUpOnce() {
        FailOnThreadViolationRepaintManager.install();
    }

    @AfterAll
    static void tearDownOnce() {
        FailOnThreadViolationRepaintManager.uninstall();
    }

    @BeforeEach
    void openWindow() {
        opened = new MainWindowUnderTest(new PluginManager(PluginRegistry.load(List.of()), userFolder));
        opened.chooseTarget("drawn");
        RobotClicks.waitUntil("the drawn target's plot", () -> state().context().isPresent());
    }

    @AfterEach
    void closeWindow() {
        if (opened != null) {
            opened.close();
        }
    }

    private SessionState state() {
        return opened.state();
    }

    private String pointsInForce() {
        return (String) state().settings().all().get(POINTS);
    }

    /** Opens the dialog with the robot, and waits until the canvas follows the pointer where Java puts it. */
    private DrawingDialog openDialog() {
        RobotClicks.clickUntil(() -> opened.window.button("draw:" + POINTS).click(), "the drawing dialog shows",
                () -> showingDialog() != null);
        DrawingDialog dialog = GuiActionRunner.execute(this::showingDialog);
        DrawingCanvas canvas = dialog.canvas();
        PlotMapping mapping = GuiActionRunner.execute(canvas::mapping);
        Point centre = pixel(mapping, 0, 0);
        AtomicInteger attempt = new AtomicInteger();
        // A move to a fresh pixel each time: the canvas must see the pointer exactly where it was sent.
        Point[] sent = new Point[1];
        RobotClicks.clickUntil(() -> {
            sent[0] = new Point(centre.x + 7 * attempt.getAndIncrement(), centre.y);
            opened.robot.moveMouse(canvas, sent[0]);
        }, "the canvas sees the pointer where it was moved", () -> sent[0].equals(canvas.pointer()));
        return dialog;
    }

    private DrawingDialog showingDialog() {
        for (java.awt.Window w : java.awt.Window.getWindows()) {
            if (w instanceof DrawingDialog d && d.isShowing()) {
                return d;
            }
        }
        return null;
    }

    private static Point pixel(PlotMapping mapping, double x, double y) {
        Point2D p = mapping.toPixel(x, y);
        return new Point((int) Math.round(p.getX()), (int) Math.round(p.getY()));
    }

    /** How many points the dialog's drawing has now; on the Swing thread. */
    private static int pointsOf(DrawingDialog dialog) {
        return PointsText.parse(dialog.text()).strokes().stream().mapToInt(Stroke::size).sum();
    }

    private static int points(DrawingDialog dialog) {
        return GuiActionRunner.execute(() -> pointsOf(dialog));
    }

    /** A component of the dialog by name; on the Swing thread. */
    private static <T extends Component> T named(Container root, String name, Class<T> type) {
        for (Component c : root.getComponents()) {
            if (name.equals(c.getName()) && type.isInstance(c)) {
                return type.cast(c);
            }
            if (c instanceof Container inner) {
                T found = named(inner, name, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Clears the drawing with the robot. */
    private void clear(DrawingDialog dialog) {
        DialogFixture fixture = new DialogFixture(opened.robot, dialog);
        RobotClicks.press(fixture.button("drawingClear"), "the drawing is empty",
                () -> dialog.text().isEmpty());
    }

    /** Clicks one point; its effect is one more point in the drawing. */
    private void clickPoint(DrawingDialog dialog, Point where) {
        int before = points(dialog);
        RobotClicks.clickUntil(() -> opened.robot.click(dialog.canvas(), where), "a point at " + where,
                () -> pointsOf(dialog) == before + 1);
    }

    /** Drags along {@code corners} with the left button held, through a pointer position every 16 pixels. */
    private void drag(DrawingDialog dialog, List<Point> corners) {
        int before = points(dialog);
        RobotClicks.clickUntil(() -> {
            opened.robot.pressMouse(dialog.canvas(), corners.get(0), MouseButton.LEFT_BUTTON);
            for (int i = 1; i < corners.size(); i++) {
                Point a = corners.get(i - 1);
                Point b = corners.get(i);
                int steps = (int) Math.ceil(a.distance(b) / 16);
                for (int s = 1; s <= steps; s++) {
                    opened.robot.moveMouse(dialog.canvas(), new Point(a.x + (b.x - a.x) * s / steps, a.y + (b.y - a.y) * s / steps));
                }
            }
            opened.robot.releaseMouse(MouseButton.LEFT_BUTTON);
        }, "a stroke of many points", () -> pointsOf(dialog) > before + 10);
    }

    /** Enter presses OK: keys reach the focused dialog wherever it is drawn. */
    private void confirm(DrawingDialog dialog) {
        RobotClicks.clickUntil(() -> opened.robot.pressAndReleaseKeys(KeyEvent.VK_ENTER), "the dialog closed",
                () -> !dialog.isShowing());
    }

    @Test
    void aStrokeAndClickedPointsBecomeTheDrawingAndTrainingSamplesAroundThem() throws Exception {
        DrawingDialog dialog = openDialog();
        String smiley = pointsInForce();
        assertEquals(smiley, GuiActionRunner.execute(dialog::text), "the dialog opens on the drawing in force");
        clear(dialog);

        PlotMapping mapping = GuiActionRunner.execute(() -> dialog.canvas().mapping());
        double pixel = 1 / mapping.pixelsPerUnit();
        List<Point> corners = List.of(pixel(mapping, -1.5, -1), pixel(mapping, 1.5, -1), pixel(mapping, 1.5, 1));
        drag(dialog, corners);
        List<Point> clicked = List.of(pixel(mapping, -1, 1), pixel(mapping, 0, 1.5), pixel(mapping, -0.5, 0.25));
        for (Point p : clicked) {
            clickPoint(dialog, p);
        }
        // One more click, taken back with Ctrl+Z.
        int kept = points(dialog);
        clickPoint(dialog, pixel(mapping, 1, 1.5));
        RobotClicks.clickUntil(() -> {
            opened.robot.pressKey(KeyEvent.VK_CONTROL);
            opened.robot.pressAndReleaseKeys(KeyEvent.VK_Z);
            opened.robot.releaseKey(KeyEvent.VK_CONTROL);
        }, "the last click is undone", () -> pointsOf(dialog) == kept);
        saveScreenshots(dialog, "drawing-dialog");

        String drawn = GuiActionRunner.execute(dialog::text);
        confirm(dialog);
        RobotClicks.waitUntil("the drawing is in force", () -> drawn.equals(pointsInForce()));
        assertEquals(drawn, opened.window.textBox("param:" + POINTS).text(), "the field shows it");

        // In data coordinates, within a pixel: the stroke along the L, then the three clicks.
        List<Stroke> strokes = PointsText.parse(drawn).strokes();
        assertEquals(1, strokes.size(), "unlabelled: one run of points");
        double[] xy = strokes.get(0).points();
        List<Point2D> path = corners.stream().map(p -> mapping.toData(p.x, p.y)).toList();
        double length = path.get(0).distance(path.get(1)) + path.get(1).distance(path.get(2));
        double spacing = dialog.canvas().spacing();
        int strokePoints = xy.length / 2 - clicked.size();
        assertTrue(Math.abs(strokePoints - (length / spacing + 1)) <= 1.5,
                strokePoints + " points along a stroke of " + length + " at spacing " + spacing);
        assertNear(path.get(0), xy[0], xy[1], pixel);
        // The end is kept unless the last point lies within half a spacing of it.
        assertNear(path.get(2), xy[2 * strokePoints - 2], xy[2 * strokePoints - 1], spacing / 2 + pixel);
        for (int i = 0; i < strokePoints; i++) {
            double off = Math.min(Line2D.ptSegDist(path.get(0).getX(), path.get(0).getY(), path.get(1).getX(),
                    path.get(1).getY(), xy[2 * i], xy[2 * i + 1]), Line2D.ptSegDist(path.get(1).getX(),
                    path.get(1).getY(), path.get(2).getX(), path.get(2).getY(), xy[2 * i], xy[2 * i + 1]));
            assertTrue(off <= pixel, "stroke point " + i + " is " + off + " off the line");
        }
        for (int i = 0; i < clicked.size(); i++) {
            int row = strokePoints + i;
            assertNear(mapping.toData(clicked.get(i).x, clicked.get(i).y), xy[2 * row], xy[2 * row + 1], pixel);
        }
        assertNear(new Point2D.Double(-1, 1), xy[2 * strokePoints], xy[2 * strokePoints + 1], pixel);

        // The real samples, which training draws the same way, lie around the drawn points.
        RobotClicks.waitUntil("the snapshot has the drawing",
                () -> state().snapshot().map(s -> drawn.equals(s.params().getString(POINTS))).orElse(false));
        Snapshot snapshot = state().snapshot().get();
        double noise = snapshot.params().getDouble("target.noise");
        double[] real = snapshot.real().points();
        for (int i = 0; i < real.length; i += 2) {
            assertTrue(nearest(xy, real[i], real[i + 1]) < 5 * noise + 1e-3,
                    "real sample (" + real[i] + ", " + real[i + 1] + ") is near a drawn point");
        }
        for (Point p : clicked) {
            Point2D at = mapping.toData(p.x, p.y);
            assertTrue(nearest(real, at.getX(), at.getY()) < 3 * noise, "samples around the clicked point " + at);
        }
        opened.window.button("stepButton").click();
        RobotClicks.waitUntil("it trains on the drawing", () -> state().step() == 1 && state().problem().isEmpty());
    }

    @Test
    void keysChooseTheClassOfTheNextStrokesAndTheLabelsAreWritten() throws Exception {
        DrawingDialog dialog = openDialog();
        clear(dialog);
        PlotMapping mapping = GuiActionRunner.execute(() -> dialog.canvas().mapping());
        RobotClicks.clickUntil(() -> opened.robot.pressAndReleaseKeys(KeyEvent.VK_0), "labelled",
                () -> named(dialog, "drawingLabelled", JCheckBox.class).isSelected());
        clickPoint(dialog, pixel(mapping, -1, 0));
        drag(dialog, List.of(pixel(mapping, -1.5, -1.5), pixel(mapping, -1.5, 1.5)));
        RobotClicks.clickUntil(() -> opened.robot.pressAndReleaseKeys(KeyEvent.VK_1), "class 1 chosen",
                () -> Integer.valueOf(1).equals(named(dialog, "drawingClass", JComboBox.class).getSelectedItem()));
        clickPoint(dialog, pixel(mapping, 1, 0));
        drag(dialog, List.of(pixel(mapping, 1.5, -1.5), pixel(mapping, 1.5, 1.5)));
        saveScreenshots(dialog, "drawing-dialog-classes");
        String drawn = GuiActionRunner.execute(dialog::text);
        List<Stroke> strokes = PointsText.parse(drawn).strokes();
        assertEquals(List.of(0, 1), strokes.stream().map(Stroke::label).toList(), drawn);
        assertEquals(-1, strokes.get(0).x(0), 1 / mapping.pixelsPerUnit(), "the click comes first, as class 0");
        assertEquals(1, strokes.get(1).x(0), 1 / mapping.pixelsPerUnit(), "then the click of class 1");
        confirm(dialog);
        RobotClicks.waitUntil("the labelled drawing is in force", () -> drawn.equals(pointsInForce()));
        // Two classes where there were none: the networks wait for a reset, as when the text is typed.
        RobotClicks.waitUntil("a reset is asked for", () -> state().pendingReset().contains(POINTS));
    }

    @Test
    void anEmptyDrawingIsRefusedInTheTargetsWordsAndCancelChangesNothing() {
        String before = pointsInForce();
        DrawingDialog dialog = openDialog();
        clear(dialog);
        RobotClicks.clickUntil(() -> opened.robot.pressAndReleaseKeys(KeyEvent.VK_ENTER), "the refusal is shown",
                () -> named(dialog, "drawingMessage", JLabel.class).getText()
                        .equals("drawn: the drawing is empty; draw at least one point."));
        assertTrue(GuiActionRunner.execute(dialog::isShowing), "the dialog stays open");

        RobotClicks.clickUntil(() -> opened.robot.pressAndReleaseKeys(KeyEvent.VK_ESCAPE), "the dialog closed",
                () -> !dialog.isShowing());
        assertEquals(before, pointsInForce());
        assertEquals(before, opened.window.textBox("param:" + POINTS).text());
        assertTrue(state().problem().isEmpty());

        // Only drawings get the button: the csv target's file name is plain text.
        opened.chooseTarget("csv");
        RobotClicks.waitUntil("its panel is built", () -> !opened.robot.finder().findAll(c -> "param:target.file".equals(c.getName())).isEmpty());
        assertTrue(opened.robot.finder().findAll(c -> c.getName() != null && c.getName().startsWith("draw:")).isEmpty());
    }

    private static void assertNear(Point2D expected, double x, double y, double tolerance) {
        assertTrue(expected.distance(x, y) <= tolerance, "(" + x + ", " + y + ") is within " + tolerance + " of "
                + expected);
    }

    private static double nearest(double[] xy, double x, double y) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < xy.length; i += 2) {
            best = Math.min(best, Math.hypot(xy[i] - x, xy[i + 1] - y));
        }
        return best;
    }

    /** What the dialog looks like, painted and as seen on the screen, for a person to check. */
    private static void saveScreenshots(DrawingDialog dialog, String name) throws IOException, AWTException {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        BufferedImage painted = GuiActionRunner.execute(() -> {
            BufferedImage image = new BufferedImage(dialog.getWidth(), dialog.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            dialog.paintAll(g);
            g.dispose();
            return image;
        });
        ImageIO.write(painted, "png", folder.resolve(name + ".png").toFile());
        Rectangle onScreen = GuiActionRunner.execute(() -> new Rectangle(dialog.getLocationOnScreen(), dialog.getSize()));
        ImageIO.write(new java.awt.Robot().createScreenCapture(onScreen), "png",
                folder.resolve(name + "-screen.png").toFile());
    }
}
