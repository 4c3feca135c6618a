package org.gansim.app.session;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.gansim.api.View.Player;

/**
 * The slow-motion walk through one training round: the stages of one discriminator update, then
 * the stages of one generator update, one sentence each. Arriving forward at D's update stage
 * really updates D once (the heat map moves), arriving at G's update stage really updates G once
 * (the points and arrows move, the step counter counts it). Going back only replays the words:
 * training already done is never undone, and an update is applied at most once per round.
 *
 * <p>No Swing: the window shows {@link #current()} and calls {@link #forward()} and {@link #back()}.
 * Single-threaded (the Swing thread in the app).
 */
public final class SlowMotionTour {

    /** One stage: a short title, the sentence a student reads, whose turn it is, and whether it trains. */
    public record Stage(String title, String sentence, Player player, boolean update) {
    }

    /** The stages of one round, in order: D's turn, then G's. */
    public static final List<Stage> STAGES = List.of(
            new Stage("Sample real x", "D's turn. We draw a batch of real samples x from the data distribution:"
                    + " the examples D must learn to call real.", Player.DISCRIMINATOR, false),
            new Stage("Sample z", "We draw a batch of latent vectors z from the simple prior (uniform or Gaussian):"
                    + " the random seeds the generator will turn into fakes.", Player.DISCRIMINATOR, false),
            new Stage("G(z)", "The generator maps each z to a fake sample G(z) in data space. G is only used here,"
                    + " not trained: it stands still during D's turn.", Player.DISCRIMINATOR, false),
            new Stage("D on both", "D scores every real x and every fake G(z) with D(\u00b7), its probability that the"
                    + " sample came from the real data.", Player.DISCRIMINATOR, false),
            new Stage("D's loss", "D's loss is low when D(x) is near 1 on real samples and D(G(z)) near 0 on fakes:"
                    + " it maximises log D(x) + log(1 \u2212 D(G(z))).", Player.DISCRIMINATOR, false),
            new Stage("D's gradients", "Back-propagation gives, for every weight of D, the direction in which the loss"
                    + " falls fastest.", Player.DISCRIMINATOR, false),
            new Stage("D's update", "D's weights take one optimizer step along those gradients: the heat map of D's"
                    + " decision surface shifts now, while the samples stay put.", Player.DISCRIMINATOR, true),
            new Stage("Sample z again", "G's turn. We draw a fresh batch of latent vectors z from the prior.",
                    Player.GENERATOR, false),
            new Stage("G(z)", "The generator maps each z to a fake sample G(z): these are the points that will move.",
                    Player.GENERATOR, false),
            new Stage("D(G(z))", "The freshly updated D judges the fakes. D is only consulted here, not trained:"
                    + " it stands still during G's turn.", Player.GENERATOR, false),
            new Stage("G's loss", "G wants D to call its fakes real: with the non-saturating loss it maximises"
                    + " log D(G(z)), which still pulls hard when D rejects the fakes easily.", Player.GENERATOR, false),
            new Stage("G's gradient", "The gradient flows back through D into G: for each fake it points where D finds"
                    + " samples more real, the arrows drawn at the points.", Player.GENERATOR, false),
            new Stage("G's update", "G's weights take one optimizer step: the generated points move along the arrows,"
                    + " and the step counter counts one more step.", Player.GENERATOR, true));

    /** Shown beside a stage reached by going back, so nobody thinks the training was undone. */
    public static final String REPLAY_NOTE = "Going back only replays the explanation: the updates already made"
            + " stay made, training is never undone.";

    private final List<Stage> stages;
    private final Runnable stepDiscriminator;
    private final Runnable stepGenerator;
    private final Consumer<Player> highlight;
    private int index;
    private int furthest;
    private final boolean[] appliedThisRound = new boolean[STAGES.size()];

    /** Starts at the first stage with the original GAN's words for the losses. */
    public SlowMotionTour(Runnable stepDiscriminator, Runnable stepGenerator, Consumer<Player> highlight) {
        this(stepDiscriminator, stepGenerator, highlight, "");
    }

    /**
     * Starts at the first stage, highlighting D.
     *
     * @param stepDiscriminator updates D once (the Simulation's Step D)
     * @param stepGenerator     updates G once (the Simulation's Step G)
     * @param highlight         told the player of every stage shown
     * @param objective         the variant's game ({@code GanVariant.objective}); empty for the original GAN's
     */
    public SlowMotionTour(Runnable stepDiscriminator, Runnable stepGenerator, Consumer<Player> highlight,
                          String objective) {
        this.stages = stagesFor(objective);
        this.stepDiscriminator = Objects.requireNonNull(stepDiscriminator);
        this.stepGenerator = Objects.requireNonNull(stepGenerator);
        this.highlight = Objects.requireNonNull(highlight);
        highlight.accept(current().player());
    }

    public Stage current() {
        return stages.get(index);
    }

    /** This walk's stages: {@link #STAGES}, with the losses in the variant's own words. */
    public List<Stage> stages() {
        return stages;
    }

    /**
     * The stages with the two loss stages told for this variant: its game is written "D: ...    G: ..."
     * (or "C: ..." for a critic), a part per player, or as one game both play.
     */
    static List<Stage> stagesFor(String objective) {
        if (objective == null || objective.isBlank()) {
            return STAGES;
        }
        String discriminatorAim = null;
        String generatorAim = null;
        for (String part : objective.strip().split("\\s{4,}")) {
            if (part.startsWith("D:") || part.startsWith("C:")) {
                discriminatorAim = part.substring(2).strip();
            } else if (part.startsWith("G:")) {
                generatorAim = part.substring(2).strip();
            }
        }
        String dSentence = discriminatorAim != null
                ? "In this variant D's objective is " + discriminatorAim + ": it rewards scoring real samples as"
                        + " real and fakes as fake."
                : "Both players share one game here, " + objective.strip() + ": D's step pushes it towards D's side.";
        String gSentence = generatorAim != null
                ? "In this variant G's objective is " + generatorAim + ": it rewards fakes that D scores as real."
                : "G's step pushes the same game the other way, " + objective.strip() + ": towards fakes D takes"
                        + " for real.";
        List<Stage> told = new java.util.ArrayList<>(STAGES);
        for (int i = 0; i < told.size(); i++) {
            Stage stage = told.get(i);
            if (stage.title().equals("D's loss")) {
                told.set(i, new Stage(stage.title(), dSentence, stage.player(), stage.update()));
            } else if (stage.title().equals("G's loss")) {
                told.set(i, new Stage(stage.title(), gSentence, stage.player(), stage.update()));
            }
        }
        return List.copyOf(told);
    }

    /** The place of the current stage, from 0. */
    public int index() {
        return index;
    }

    /** The note for the current stage: {@link #REPLAY_NOTE} when reached by going back, else empty. */
    public String note() {
        return index < furthest ? REPLAY_NOTE : "";
    }

    /**
     * Moves to the next stage; after G's update a new round begins at the first stage. Arriving at
     * an update stage for the first time in this round performs that update.
     */
    public void forward() {
        if (index == STAGES.size() - 1) {
            index = 0;
            furthest = 0;
            java.util.Arrays.fill(appliedThisRound, false);
        } else {
            index++;
            furthest = Math.max(furthest, index);
        }
        Stage stage = current();
        if (stage.update() && !appliedThisRound[index]) {
            appliedThisRound[index] = true;
            (stage.player() == Player.DISCRIMINATOR ? stepDiscriminator : stepGenerator).run();
        }
        highlight.accept(stage.player());
    }

    /** Moves to the previous stage (stays at the first); never undoes an update. */
    public void back() {
        if (index > 0) {
            index--;
        }
        highlight.accept(current().player());
    }

    /** Ends the walk: no player highlighted any more. */
    public void close() {
        highlight.accept(Player.NONE);
    }
}
