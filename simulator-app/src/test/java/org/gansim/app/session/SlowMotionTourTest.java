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

    @Test
    void theLossStagesSpeakOfTheVariantsOwnGame() {
        List<SlowMotionTour.Stage> hinge = SlowMotionTour.stagesFor(
                "D: min E[max(0, 1 \u2212 D(x))] + E[max(0, 1 + D(G(z)))]    G: min \u2212E[D(G(z))]");
        assertEquals(SlowMotionTour.STAGES.size(), hinge.size());
        assertEquals("In this variant D's objective is min E[max(0, 1 \u2212 D(x))] + E[max(0, 1 + D(G(z)))]: it"
                + " rewards scoring real samples as real and fakes as fake.", sentenceOf(hinge, "D's loss"));
        assertEquals("In this variant G's objective is min \u2212E[D(G(z))]: it rewards fakes that D scores as real.",
                sentenceOf(hinge, "G's loss"));
        List<SlowMotionTour.Stage> oneGame = SlowMotionTour.stagesFor("min_G max_C  E[C(x)] \u2212 E[C(G(z))]");
        assertTrue(sentenceOf(oneGame, "D's loss").startsWith("Both players share one game here, min_G max_C"));
        assertEquals(SlowMotionTour.STAGES, SlowMotionTour.stagesFor(""), "no objective: the original GAN's words");
        // only the loss stages change
        for (int i = 0; i < hinge.size(); i++) {
            if (!hinge.get(i).title().endsWith("loss")) {
                assertEquals(SlowMotionTour.STAGES.get(i), hinge.get(i));
            }
        }
    }

    private static String sentenceOf(List<SlowMotionTour.Stage> stages, String title) {
        return stages.stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow().sentence();
    }
}
