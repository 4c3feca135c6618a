package org.gansim.app.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Frame;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JPanelFixture;
import org.gansim.api.Batch;
import org.gansim.api.GanVariant;
import org.gansim.api.training.TrainingSettings;
import org.gansim.fakes.BlobTarget;
import org.gansim.fakes.DriftVariant;
import org.gansim.api.Snapshot;
import org.gansim.app.plugins.PluginManager;
import org.gansim.app.plugins.PluginRegistry;
import org.gansim.app.session.SessionState;
import org.gansim.app.ui.plugins.RobotClicks;
import org.jfree.chart.ChartPanel;
import org.jfree.data.Range;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compare window opened from the main window's Simulation menu: its one control bar steps both
 * runs, Step D moves only the discriminators, Reset takes both to step 0, Play and Pause keep them
 * at the same step, and closing the window ends both training threads.
 */
@NeedsADisplay
class CompareWindowGuiTest {

    private static final Batch PROBE = Batch.of(2, new double[] {0, 0, 1, 0});

    @TempDir
    Path userFolder;

    private MainWindowUnderTest opened;
    private Robot robot;
    private PluginManager plugins;
    private FrameFixture main;
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

    @BeforeEach
    void openMainWindow() {
        plugins = new PluginManager(PluginRegistry.load(List.of()), userFolder);
        opened = new MainWindowUnderTest(plugins);
        robot = opened.robot;
        main = opened.window;
        RobotClicks.waitUntil("the main window's first state", () -> opened.state() != null
                && opened.state().snapshot().isPresent());
    }

    @AfterEach
    void closeWindows() {
        if (compare != null) {
            GuiActionRunner.execute(() -> compareWindow.dispose());
        }
        opened.close();
    }

    /** Simulation → Compare side by side… with the robot, until the compare window shows both runs. */
    private void openCompare() {
        RobotClicks.clickUntil(() -> main.menuItem("compareItem").click(), "the compare window is open",
                () -> showingCompareWindow() != null);
        compareWindow = GuiActionRunner.execute(CompareWindowGuiTest::showingCompareWindow);
        compare = new FrameFixture(robot, compareWindow);
        RobotClicks.waitUntil("both runs have a first state", () -> hasRun(CompareWindow::left)
                && hasRun(CompareWindow::right));
    }

    private static CompareWindow showingCompareWindow() {
        return Arrays.stream(Frame.getFrames()).filter(f -> f instanceof CompareWindow && f.isShowing())
                .map(f -> (CompareWindow) f).findFirst().orElse(null);
    }

    /** The newest state a column has shown, read on the Swing thread. */
    private SessionState state(Function<CompareWindow, CompareColumn> side) {
        return GuiActionRunner.execute(() -> side.apply(compareWindow).latest());
    }

    private boolean hasRun(Function<CompareWindow, CompareColumn> side) {
        SessionState state = state(side);
        return state != null && state.snapshot().isPresent();
    }

    private Snapshot snapshot(Function<CompareWindow, CompareColumn> side) {
        return state(side).snapshot().orElseThrow();
    }

    private boolean bothAt(long step) {
        return state(CompareWindow::left).step() == step && state(CompareWindow::right).step() == step;
    }

    private static long trainingThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().equals("gansim-training")).count();
    }

    @Test
    void oneControlBarStepsBothRunsTogether() {
        long threadsBefore = trainingThreads();
        openCompare();
        assertEquals(threadsBefore + 2, trainingThreads(), "one training thread per side");
        assertEquals("vanilla", state(CompareWindow::left).settings().variant().id(),
                "the left side starts with the main window's variant");
        assertEquals("pacgan", state(CompareWindow::right).settings().variant().id());
        assertEquals(state(CompareWindow::left).settings().target(), state(CompareWindow::right).settings().target());
        assertEquals(state(CompareWindow::left).seed(), state(CompareWindow::right).seed());

        for (int step = 1; step <= 3; step++) {
            compare.button("compareStepButton").click();
            long expected = step;
            RobotClicks.waitUntil("both runs at step " + step, () -> bothAt(expected));
        }
        compare.label("compareStepCounter").requireText("Step 3");
        assertTrue(GuiActionRunner.execute(() -> compareWindow.left().latest().snapshot().get().history().size()) == 3);

        // Step D: each discriminator moves, neither generator does, and no generator step is counted.
        Snapshot leftBefore = snapshot(CompareWindow::left);
        Snapshot rightBefore = snapshot(CompareWindow::right);
        compare.button("compareStepDButton").click();
        RobotClicks.waitUntil("both discriminators have moved",
                () -> !Arrays.equals(leftBefore.gan().discriminate(PROBE), snapshot(CompareWindow::left).gan().discriminate(PROBE))
                        && !Arrays.equals(rightBefore.gan().discriminate(PROBE),
                                snapshot(CompareWindow::right).gan().discriminate(PROBE)));
        assertTrue(bothAt(3), "Step D is not a generator step");
        assertArrayEquals(leftBefore.generated().points(), snapshot(CompareWindow::left).generated().points(),
                "Step D leaves the left generator as it was");
        assertArrayEquals(rightBefore.generated().points(), snapshot(CompareWindow::right).generated().points(),
                "Step D leaves the right generator as it was");
        assertNotEquals(Arrays.toString(snapshot(CompareWindow::left).generated().points()),
                Arrays.toString(snapshot(CompareWindow::right).generated().points()),
                "two variants, two different generators");

        compare.button("compareResetButton").click();
        RobotClicks.waitUntil("both runs back at step 0", () -> bothAt(0)
                && snapshot(CompareWindow::left).history().size() == 0
                && snapshot(CompareWindow::right).history().size() == 0);

        // Play and Pause: both run, then stop at the very same step.
        compare.button("comparePlayButton").click();
        RobotClicks.waitUntil("both runs are past step 20", () -> state(CompareWindow::left).step() > 20
                && state(CompareWindow::right).step() > 20);
        compare.button("comparePlayButton").click();
        RobotClicks.waitUntil("both paused", () -> !state(CompareWindow::left).running()
                && !state(CompareWindow::right).running());
        assertEquals(state(CompareWindow::left).step(), state(CompareWindow::right).step(),
                "paused at the same step");

        // The loss charts share their value axis.
        List<Range> ranges = GuiActionRunner.execute(() -> List.of(
                AlignedCharts.valueRange(only(AlignedCharts.charts(compareWindow.left().views()).values())),
                AlignedCharts.valueRange(only(AlignedCharts.charts(compareWindow.right().views()).values()))));
        assertEquals(ranges.get(0), ranges.get(1), "the same loss axis on both sides");

        compare.close();
        RobotClicks.waitUntil("both training threads have ended", () -> trainingThreads() == threadsBefore);
        assertFalse(GuiActionRunner.execute(compareWindow::isDisplayable));
    }

    @Test
    void aTargetValueTypedOnOneSideChangesBothWhileAVariantValueStaysOnItsSide() {
        openCompare();
        int modes = state(CompareWindow::left).settings().params("target").getInt("modes");
        JPanelFixture leftColumn = compare.panel("column:left");
        leftColumn.spinner("param:target.modes").increment();
        RobotClicks.waitUntil("both sides learn " + (modes + 1) + " modes", () ->
                state(CompareWindow::left).settings().params("target").getInt("modes") == modes + 1
                        && state(CompareWindow::right).settings().params("target").getInt("modes") == modes + 1);

        String loss = state(CompareWindow::right).settings().params("variant").getString("loss");
        leftColumn.comboBox("param:variant.loss").selectItem("minimax");
        RobotClicks.waitUntil("the left side's generator loss is minimax",
                () -> state(CompareWindow::left).settings().params("variant").getString("loss").equals("minimax"));
        assertEquals(loss, state(CompareWindow::right).settings().params("variant").getString("loss"),
                "the right side keeps its own generator loss");
    }

    /** A compare window whose left side runs a variant that misbehaves from step 2 on. */
    private void openWithFaultOnTheLeft(String fault) {
        TrainingSettings failing = TrainingSettings.defaults(new BlobTarget(), new DriftVariant())
                .withAssignment("variant.fault=" + fault).withAssignment("variant.fault_step=2");
        PluginRegistry registry = plugins.registry();
        List<GanVariant> variants = new java.util.ArrayList<>(List.of(failing.variant()));
        variants.addAll(registry.variants());
        compareWindow = GuiActionRunner.execute(() -> {
            CompareWindow w = new CompareWindow(variants, registry.visualizations(), failing, 3);
            w.pack();
            return w;
        });
        compare = new FrameFixture(robot, compareWindow);
        RobotClicks.showAtOrigin(robot, compareWindow);
        RobotClicks.waitUntil("both runs have a first state", () -> hasRun(CompareWindow::left)
                && hasRun(CompareWindow::right));
    }

    @Test
    void aFaultOnOneSideIsShownOnThatSideOnlyAndTheOtherGoesOn() {
        openWithFaultOnTheLeft("throw");
        for (int step = 1; step <= 4; step++) {
            compare.button("compareStepButton").click();
            long expected = step;
            RobotClicks.waitUntil("the right run at step " + step, () -> state(CompareWindow::right).step() == expected);
        }
        assertTrue(state(CompareWindow::left).problem().isPresent(), "the left variant threw");
        assertTrue(compare.label("problem:left").text().contains("boom"), compare.label("problem:left").text());
        assertEquals(" ", compare.label("problem:right").text(), "the right side has nothing to report");
        assertTrue(state(CompareWindow::right).problem().isEmpty());
    }

    @Test
    void aPluginStuckOnOneSideIsNamedThereAndTheOtherPlaysOn() {
        long threadsBefore = trainingThreads();
        openWithFaultOnTheLeft("loop");
        compare.button("comparePlayButton").click();
        RobotClicks.waitUntil("the stuck plugin is named on the left", () -> compare.label("problem:left").text()
                .contains("endless loop"));
        long stuckAt = state(CompareWindow::right).step();
        RobotClicks.waitUntil("the right side trains on alone",
                () -> state(CompareWindow::right).step() > stuckAt + 10 * CompareWindow.MAX_LEAD);
        assertEquals(" ", compare.label("problem:right").text());
        compare.close();
        RobotClicks.waitUntil("both training threads have ended, the stuck one too",
                () -> trainingThreads() == threadsBefore);
    }

    private static ChartPanel only(java.util.Collection<ChartPanel> charts) {
        assertEquals(1, charts.size(), "one chart per side: the losses");
        return charts.iterator().next();
    }

    /**
     * Vanilla against PacGAN on the ring, a few hundred steps in: the picture for the notes, written
     * to target/screenshots/compare-mode.png.
     */
    @Test
    void screenshotOfVanillaAgainstPacganOnTheRing() throws Exception {
        openCompare();
        compare.button("comparePlayButton").click();
        RobotClicks.waitUntil("both runs are past step 300", () -> state(CompareWindow::left).step() >= 300
                && state(CompareWindow::right).step() >= 300);
        compare.button("comparePlayButton").click();
        RobotClicks.waitUntil("both paused at one step", () -> !state(CompareWindow::left).running()
                && !state(CompareWindow::right).running()
                && state(CompareWindow::left).step() == state(CompareWindow::right).step());
        robot.waitForIdle();
        Thread.sleep(1500); // the data-space view draws its heat map off the Swing thread
        java.awt.Rectangle bounds = GuiActionRunner.execute(() -> compareWindow.getBounds());
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        ImageIO.write(new java.awt.Robot().createScreenCapture(bounds), "png",
                folder.resolve("compare-mode.png").toFile());
    }
}
