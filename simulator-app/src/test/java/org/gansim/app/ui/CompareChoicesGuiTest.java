package org.gansim.app.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Component;
import java.awt.Frame;
import java.awt.Point;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.gansim.api.Batch;
import org.gansim.api.PlotBounds;
import org.gansim.api.Snapshot;
import org.gansim.api.StepReport;
import org.gansim.app.experiment.Experiment;
import org.gansim.app.experiment.ExperimentFiles;
import org.gansim.app.plugins.PluginManager;
import org.gansim.app.plugins.PluginRegistry;
import org.gansim.app.session.SessionState;
import org.gansim.app.session.Simulation;
import org.gansim.app.ui.plugins.RobotClicks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the compare window lets a teacher choose for both runs at once: the seed (both start again at
 * step 0, bit for bit as a headless run with that seed), the speed limit, saving both runs as
 * experiment files that reopen where they were, and the data-space axes (a zoom or a drag on one
 * side moves the other).
 */
@NeedsADisplay
class CompareChoicesGuiTest {

    private static final Batch PROBE = Batch.of(2, new double[] {0, 0, 1, 0, -0.5, 1.5});

    @TempDir
    Path userFolder;

    private MainWindowUnderTest opened;
    private Robot robot;
    private FrameFixture compare;
    private CompareWindow compareWindow;

    @BeforeAll
    static void failOnPaintingOffTheSwingThread() {
        FailOnThreadViolationRepaintManager.install();
    }

    @AfterAll
    static void leaveSwingAsFound() {
        FailOnThreadViolationRepaintManager.uninstall();
    }

    /** The main window, then Simulation → Compare side by side… with the robot, until both runs show. */
    @BeforeEach
    void openMainAndCompare() {
        opened = new MainWindowUnderTest(new PluginManager(PluginRegistry.load(List.of()), userFolder));
        robot = opened.robot;
        RobotClicks.waitUntil("the main window's first state", () -> opened.state() != null
                && opened.state().snapshot().isPresent());
        openCompare();
    }

    private void openCompare() {
        RobotClicks.clickUntil(() -> opened.window.menuItem("compareItem").click(), "the compare window is open",
                () -> showingCompareWindow() != null);
        compareWindow = GuiActionRunner.execute(CompareChoicesGuiTest::showingCompareWindow);
        compare = new FrameFixture(robot, compareWindow);
        RobotClicks.waitUntil("both runs have a first state", () -> state(CompareWindow::left) != null
                && state(CompareWindow::left).snapshot().isPresent() && state(CompareWindow::right) != null
                && state(CompareWindow::right).snapshot().isPresent());
    }

    @AfterEach
    void closeWindows() {
        GuiActionRunner.execute(() -> compareWindow.dispose());
        opened.close();
    }

    private static CompareWindow showingCompareWindow() {
        return Arrays.stream(Frame.getFrames()).filter(f -> f instanceof CompareWindow && f.isShowing())
                .map(f -> (CompareWindow) f).findFirst().orElse(null);
    }

    private SessionState state(Function<CompareWindow, CompareColumn> side) {
        return GuiActionRunner.execute(() -> side.apply(compareWindow).latest());
    }

    private Snapshot snapshot(Function<CompareWindow, CompareColumn> side) {
        return state(side).snapshot().orElseThrow();
    }

    private boolean bothAt(long step) {
        return state(CompareWindow::left).step() == step && state(CompareWindow::right).step() == step;
    }

    private void stepBothTo(long steps) {
        for (long step = state(CompareWindow::left).step() + 1; step <= steps; step++) {
            long expected = step;
            RobotClicks.press(compare.button("compareStepButton"), "both runs at step " + step,
                    () -> bothAt(expected));
        }
    }

    /** The two snapshots are the same run: the same generated points, losses step by step, and D. */
    private static void assertSameRun(Snapshot expected, Snapshot actual, String what) {
        assertEquals(expected.step(), actual.step(), what + ": step");
        assertArrayEquals(expected.generated().points(), actual.generated().points(), what + ": generated points");
        assertArrayEquals(expected.history().series(StepReport.D_LOSS), actual.history().series(StepReport.D_LOSS),
                what + ": D loss at each step");
        assertArrayEquals(expected.history().series(StepReport.G_LOSS), actual.history().series(StepReport.G_LOSS),
                what + ": G loss at each step");
        assertArrayEquals(expected.gan().discriminate(PROBE), actual.gan().discriminate(PROBE), what + ": D");
    }

    @Test
    void aNewSeedStartsBothRunsAgainAtStepZeroBitForBitAsAHeadlessRunWithThatSeed() {
        stepBothTo(2);
        RobotClicks.clickUntil(() -> compare.spinner("compareSeedSpinner").enterTextAndCommit("42"),
                "both runs start again from step 0 with seed 42", () -> state(CompareWindow::left).seed() == 42
                        && state(CompareWindow::right).seed() == 42 && bothAt(0)
                        && snapshot(CompareWindow::left).history().size() == 0
                        && snapshot(CompareWindow::right).history().size() == 0);
        stepBothTo(3);
        for (Function<CompareWindow, CompareColumn> side : List.<Function<CompareWindow, CompareColumn>>of(
                CompareWindow::left, CompareWindow::right)) {
            SessionState shown = state(side);
            Simulation headless = new Simulation(shown.settings(), 42, Simulation.DISPLAY_SAMPLES);
            for (int i = 0; i < 3; i++) {
                headless.step();
            }
            assertSameRun(headless.snapshot(false, 0), shown.snapshot().orElseThrow(),
                    shown.settings().variant().id() + " with seed 42");
        }
        assertNotEquals(Arrays.toString(snapshot(CompareWindow::left).generated().points()),
                Arrays.toString(snapshot(CompareWindow::right).generated().points()), "still two variants");
    }

    @Test
    void theSpeedLimitHoldsBothRunsAndTheMenuLiftsItForBoth() throws InterruptedException {
        compare.comboBox("compareSpeedLimit").selectItem("10 steps/s");
        RobotClicks.waitUntil("both runs are limited to 10 steps/s", () -> state(CompareWindow::left).speedLimit() == 10
                && state(CompareWindow::right).speedLimit() == 10);
        long start = System.nanoTime();
        compare.button("comparePlayButton").click();
        RobotClicks.waitUntil("both runs play", () -> state(CompareWindow::left).step() > 2
                && state(CompareWindow::right).step() > 2);
        Thread.sleep(2000);
        long left = state(CompareWindow::left).step();
        long right = state(CompareWindow::right).step();
        double seconds = (System.nanoTime() - start) / 1e9;
        long most = (long) Math.ceil(10 * seconds) + 1;
        assertTrue(left <= most && right <= most, "at 10 steps/s for " + seconds + " s: left " + left + ", right "
                + right + " steps, at most " + most);

        RobotClicks.clickUntil(() -> compare.menuItem("compareSpeed:0").click(), "both runs at full speed again",
                () -> state(CompareWindow::left).speedLimit() == 0 && state(CompareWindow::right).speedLimit() == 0);
        long fullFrom = Math.max(state(CompareWindow::left).step(), state(CompareWindow::right).step());
        RobotClicks.waitUntil("both runs race ahead", () -> state(CompareWindow::left).step() > fullFrom + 100
                && state(CompareWindow::right).step() > fullFrom + 100);
        compare.button("comparePlayButton").click();
        RobotClicks.waitUntil("both paused at one step", () -> !state(CompareWindow::left).running()
                && !state(CompareWindow::right).running() && state(CompareWindow::left).step() == state(
                CompareWindow::right).step());
    }

    @Test
    void aNewCompareWindowStartsAtTheMainWindowsSpeed() {
        GuiActionRunner.execute(() -> compareWindow.dispose());
        opened.window.comboBox("speedLimit").selectItem("2 steps/s");
        RobotClicks.waitUntil("the main run is limited", () -> opened.state().speedLimit() == 2);
        openCompare();
        RobotClicks.waitUntil("both compared runs are limited to 2 steps/s", () ->
                state(CompareWindow::left).speedLimit() == 2 && state(CompareWindow::right).speedLimit() == 2);
        compare.comboBox("compareSpeedLimit").requireSelection("2 steps/s");
    }

    @Test
    void theSimulationMenuActsOnBothRuns() {
        RobotClicks.clickUntil(() -> compare.menuItem("compareStepItem").click(), "both runs at step 1",
                () -> bothAt(1));
        RobotClicks.clickUntil(() -> compare.menuItem("comparePlayPauseItem").click(), "both runs play",
                () -> state(CompareWindow::left).running() && state(CompareWindow::right).running());
        RobotClicks.clickUntil(() -> compare.menuItem("comparePlayPauseItem").click(), "both paused at one step",
                () -> !state(CompareWindow::left).running() && !state(CompareWindow::right).running()
                        && bothAt(state(CompareWindow::left).step()));
        RobotClicks.clickUntil(() -> compare.menuItem("compareResetItem").click(), "both runs back at step 0",
                () -> bothAt(0));
    }

    @Test
    void saveComparisonWhilePlayingPausesBothThenWritesTwoExperimentsThatReopenWhereEachRunWas(@TempDir Path folder)
            throws Exception {
        compare.button("comparePlayButton").click();
        RobotClicks.waitUntil("both runs play", () -> state(CompareWindow::left).step() > 10
                && state(CompareWindow::right).step() > 10);
        RobotClicks.clickUntil(() -> compare.menuItem("saveComparisonItem").click(), "the save chooser shows",
                () -> RobotClicks.chooserShowing(robot, "comparisonChooser"));
        JFileChooserFixture chooser = JFileChooserFinder.findFileChooser("comparisonChooser").withTimeout(20_000)
                .using(robot);
        chooser.fileNameTextBox().setText(folder.resolve("ring.json").toString());
        RobotClicks.clickUntil(() -> chooser.fileNameTextBox().pressAndReleaseKeys(KeyEvent.VK_ENTER),
                "the comparison is saved", () -> compare.label("compareStatus").target().getText().startsWith("Saved"));
        long step = state(CompareWindow::left).step();
        assertTrue(!state(CompareWindow::left).running() && !state(CompareWindow::right).running() && bothAt(step),
                "both paused at one step before saving");
        compare.label("compareStatus").requireText("Saved ring-left.json and ring-right.json at step " + step + ".");

        List<Function<CompareWindow, CompareColumn>> sides = List.of(CompareWindow::left, CompareWindow::right);
        for (int i = 0; i < 2; i++) {
            Path file = folder.resolve("ring-" + ComparisonFiles.SIDES[i] + ".json");
            SessionState column = state(sides.get(i));
            Experiment saved = ExperimentFiles.read(file);
            assertEquals(column.settings().variant().id(), saved.variant().id());
            assertEquals(column.seed(), saved.seed());
            assertTrue(saved.savedRun().isPresent(), "saved with its networks");
            assertEquals(List.of("scatter", "loss-chart"), saved.views().stream().map(v -> v.id()).toList());
            Function<CompareWindow, CompareColumn> columnOf = sides.get(i);
            var viewSettings = GuiActionRunner.execute(() -> columnOf.apply(compareWindow).views().settings());
            assertTrue(viewSettings.containsKey("scatter"), "the data space has settings of its own: " + viewSettings);
            assertEquals(viewSettings, saved.viewSettings(), "with the side's own view settings");

            assertTrue(GuiActionRunner.execute(() -> opened.mainWindow.openExperiment(file)), "opens: " + file);
            String variant = column.settings().variant().id();
            RobotClicks.waitUntil("the main window shows " + file.getFileName(), () -> opened.state() != null
                    && opened.state().settings().variant().id().equals(variant) && opened.state().step() == step);
            assertSameRun(column.snapshot().orElseThrow(), opened.state().snapshot().orElseThrow(),
                    file.getFileName() + " reopened");
        }
    }

    /** The data-space view of one side. */
    private SafeViewContainer dataSpace(Function<CompareWindow, CompareColumn> side) {
        return GuiActionRunner.execute(() -> side.apply(compareWindow).views().containers().stream()
                .filter(c -> c.pluginId().equals("scatter")).findFirst().orElseThrow());
    }

    private PlotBounds viewport(Function<CompareWindow, CompareColumn> side) {
        SafeViewContainer view = dataSpace(side);
        return GuiActionRunner.execute(() -> view.viewport().orElseThrow());
    }

    private Component canvas(Function<CompareWindow, CompareColumn> side) {
        SafeViewContainer view = dataSpace(side);
        return robot.finder().find(view, c -> "dataSpaceCanvas".equals(c.getName()));
    }

    /**
     * The wheel on the left data space zooms the right one to the same rectangle, and a drag on the
     * right pans the left; then the picture for the notes, target/screenshots/compare-zoomed.png.
     */
    @Test
    void zoomingOneDataSpaceShowsTheSameAxesOnTheOther() throws Exception {
        compare.button("comparePlayButton").click();
        RobotClicks.waitUntil("both runs are past step 300", () -> state(CompareWindow::left).step() >= 300
                && state(CompareWindow::right).step() >= 300);
        compare.button("comparePlayButton").click();
        RobotClicks.waitUntil("both paused at one step", () -> !state(CompareWindow::left).running()
                && !state(CompareWindow::right).running() && bothAt(state(CompareWindow::left).step()));
        PlotBounds home = viewport(CompareWindow::left);
        assertEquals(home, viewport(CompareWindow::right), "both start on the target's bounds");

        Component left = canvas(CompareWindow::left);
        RobotClicks.clickUntil(() -> robot.rotateMouseWheel(left, -4), "the left data space zooms in",
                () -> !viewport(CompareWindow::left).equals(home));
        PlotBounds zoomed = viewport(CompareWindow::left);
        assertTrue(zoomed.width() < home.width() * 0.75, "zoomed in: " + zoomed);
        RobotClicks.waitUntil("the right data space shows the same axes", () ->
                viewport(CompareWindow::right).equals(viewport(CompareWindow::left)));

        Component right = canvas(CompareWindow::right);
        Point middle = GuiActionRunner.execute(() -> new Point(right.getWidth() / 2, right.getHeight() / 2));
        RobotClicks.clickUntil(() -> {
            robot.pressMouse(right, middle, MouseButton.LEFT_BUTTON);
            robot.moveMouse(right, new Point(middle.x + 40, middle.y + 10));
            robot.moveMouse(right, new Point(middle.x + 80, middle.y + 20));
            robot.releaseMouse(MouseButton.LEFT_BUTTON);
        }, "the right data space is dragged", () -> !viewport(CompareWindow::right).equals(zoomed));
        PlotBounds dragged = viewport(CompareWindow::right);
        assertEquals(zoomed.width(), dragged.width(), 1e-9, "a drag pans, it does not zoom");
        assertTrue(dragged.minX() < zoomed.minX(), "dragging right shows what lies to the left: " + dragged);
        RobotClicks.waitUntil("the left data space follows the drag", () ->
                viewport(CompareWindow::left).equals(viewport(CompareWindow::right)));

        robot.moveMouse(compare.label("compareStatus").target()); // no hover read-out nor tooltip in the picture
        robot.waitForIdle();
        Thread.sleep(1500); // the data space draws its heat map off the Swing thread
        java.awt.Rectangle bounds = GuiActionRunner.execute(() -> compareWindow.getBounds());
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        ImageIO.write(new java.awt.Robot().createScreenCapture(bounds), "png",
                shots.resolve("compare-zoomed.png").toFile());
    }
}
