package org.gansim.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.gansim.api.View.Player;
import org.junit.jupiter.api.Test;

class SlowMotionTourTest {

    private final List<String> calls = new ArrayList<>();
    private final List<Player> highlights = new ArrayList<>();
    private final SlowMotionTour tour = new SlowMotionTour(() -> calls.add("D"), () -> calls.add("G"), highlights::add);

    @Test
    void walksDsTurnThenGsTurnInTheOrderOfOneTrainingRound() {
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < SlowMotionTour.STAGES.size(); i++) {
            titles.add(tour.current().title());
            tour.forward();
        }
        assertEquals(List.of("Sample real x", "Sample z", "G(z)", "D on both", "D's loss", "D's gradients", "D's update",
                "Sample z again", "G(z)", "D(G(z))", "G's loss", "G's gradient", "G's update"), titles);
        assertEquals(0, tour.index(), "after G's update a new round begins");
    }

    @Test
    void forwardOntoDsUpdateStepsTheDiscriminatorExactlyOnceAndGsStepsTheGenerator() {
        forwardTo("D's update");
        assertEquals(List.of("D"), calls);
        forwardTo("G's loss");
        assertEquals(List.of("D"), calls, "nothing trains between the two updates");
        forwardTo("G's update");
        assertEquals(List.of("D", "G"), calls);
    }

    @Test
    void backNeverUndoesTrainingAndSaysSoAndAnUpdateIsAppliedOncePerRound() {
        forwardTo("D's update");
        tour.back();
        tour.back();
        assertEquals("D's loss", tour.current().title());
        assertEquals(SlowMotionTour.REPLAY_NOTE, tour.note());
        assertTrue(tour.note().contains("never undone"));
        tour.forward();
        tour.forward();
        assertEquals("D's update", tour.current().title());
        assertEquals(List.of("D"), calls, "D's update is applied once per round, however often it is revisited");
        assertEquals("", tour.note());
        forwardTo("G's update");
        forwardTo("D's update"); // the next round
        assertEquals(List.of("D", "G", "D"), calls);
    }

    @Test
    void backStaysAtTheFirstStage() {
        tour.back();
        assertEquals(0, tour.index());
        assertEquals(List.of(), calls);
    }

    @Test
    void theHighlightFollowsThePlayerOfEachStageAndEndsWithTheWalk() {
        assertEquals(List.of(Player.DISCRIMINATOR), highlights);
        forwardTo("Sample z again");
        assertEquals(Player.GENERATOR, highlights.get(highlights.size() - 1));
        tour.back();
        assertEquals(Player.DISCRIMINATOR, highlights.get(highlights.size() - 1));
        tour.close();
        assertEquals(Player.NONE, highlights.get(highlights.size() - 1));
        for (int i = 0; i < SlowMotionTour.STAGES.size(); i++) {
            // The first seven stages are D's turn (up to its update), the last six G's.
            assertEquals(i < 7 ? Player.DISCRIMINATOR : Player.GENERATOR, SlowMotionTour.STAGES.get(i).player());
        }
    }

    private void forwardTo(String title) {
        for (int i = 0; i <= SlowMotionTour.STAGES.size() && !tour.current().title().equals(title); i++) {
            tour.forward();
        }
        assertEquals(title, tour.current().title());
    }
}
