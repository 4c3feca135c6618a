package org.gansim.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.gansim.api.Batch;
import org.gansim.app.session.SessionState;
import org.gansim.app.ui.plugins.RobotClicks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Step D and Step G in the real window, from the buttons and from the Simulation menu: each moves one
 * player, and only Step G counts a step.
 */
@NeedsADisplay
class PlayerStepButtonsGuiTest {

    @TempDir
    Path userFolder;

    private MainWindowUnderTest opened;

    @BeforeAll
    static void failOnPaintingOffTheSwingThread() {
        FailOnThreadViolationRepaintManager.install();
    }

    @AfterAll
    static void leaveSwingAsFound() {
        FailOnThreadViolationRepaintManager.uninstall();
    }

    @BeforeEach
    void open() {
        opened = MainWindowUnderTest.withBuiltIns(userFolder);
    }

    @AfterEach
    void close() {
        if (opened != null) {
            opened.close();
        }
    }

    private static final Batch PROBE = Batch.of(2, new double[] {0, 0, 1, 0});

    @Test
    void stepDMovesDAndStepGCountsAGeneratorStep() {
        stepDThenStepG(() -> opened.window.button("stepDButton").click(),
                () -> opened.window.button("stepGButton").click());
    }

    @Test
    void theSimulationMenuStepsEachPlayerToo() {
        stepDThenStepG(() -> opened.window.menuItem("stepDItem").click(),
                () -> opened.window.menuItem("stepGItem").click());
    }

    private void stepDThenStepG(Runnable stepD, Runnable stepG) {
        SessionState start = opened.state();
        double[] dBefore = start.snapshot().get().gan().discriminate(PROBE);
        stepD.run();
        RobotClicks.waitUntil("D has moved", () -> !java.util.Arrays.equals(dBefore,
                opened.state().snapshot().get().gan().discriminate(PROBE)));
        assertEquals(start.step(), opened.state().step(), "Step D is not a generator step");
        stepG.run();
        RobotClicks.waitUntil("one generator step", () -> opened.state().step() == start.step() + 1);
        assertFalse(opened.state().running());
    }
}
