package org.gansim.api.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.gansim.api.GanVariant;
import org.gansim.api.training.Faults;
import org.gansim.samples.BrokenVariants;
import org.gansim.samples.HingeGans;
import org.gansim.samples.LinearGanVariant;
import org.junit.jupiter.api.Test;
import org.gansim.api.StepReport;

/** Each mistake a variant can make is caught by the check for it, with a sentence that says why. */
class GanVariantChecksTest {

    private static Map<String, String> failuresOf(GanVariant variant) {
        return TargetDistributionChecksTest.failures(GanVariantChecks.report(variant));
    }

    @Test
    void aGoodVariantPassesEveryCheck() {
        ContractReport report = GanVariantChecks.report(new LinearGanVariant());
        assertTrue(report.passed(), report::toText);
        assertEquals(15, report.results().size());
    }

    @Test
    void aGoodConditionalVariantPassesEveryCheck() {
        ContractReport report = GanVariantChecks.report(new LinearGanVariant.Conditional());
        assertTrue(report.passed(), report::toText);
    }

    @Test
    void aDiscriminatorThatClimbsItsLoss() {
        Map<String, String> failures = failuresOf(new BrokenVariants.AscendingDiscriminator());
        assertEquals(List.of("discriminator tells real from fake"), List.copyOf(failures.keySet()));
        assertTrue(failures.get("discriminator tells real from fake").matches("after 300 discriminator steps"
                + " \\(real data in a tight cluster at \\(2, 2\\), the generator held still\\) d_loss"
                + " went from [0-9.]+ to [0-9.e+]+ instead of going down: check the sign of D's loss and that D's"
                + " optimizer updates D's weights"), failures::toString);
    }

    @Test
    void aCorrectHingeGanPassesEveryCheck() {
        ContractReport report = GanVariantChecks.report(new HingeGans.Correct());
        assertTrue(report.passed(), report::toText);
    }

    @Test
    void aGeneratorLossWithTheWrongSign() {
        Map<String, String> failures = failuresOf(new HingeGans.GeneratorLossWrongSign());
        assertEquals(List.of("generator steps fool the held discriminator"), List.copyOf(failures.keySet()));
        assertTrue(failures.get("generator steps fool the held discriminator").matches("after 5 generator steps"
                + " against a discriminator held still, the critic's mean score on the generated points went from"
                + " \\S+ to \\S+ instead of up: G must move its samples towards what D takes for real; check the"
                + " sign of G's loss \\(the optimizer minimises it\\)"), failures::toString);
    }

    @Test
    void hingeTermsWithFlippedSigns() {
        Map<String, String> failures = failuresOf(new HingeGans.FlippedHingeTerms());
        assertTrue(failures.containsKey("discriminator tells real from fake"), failures::toString);
        assertTrue(failures.get("discriminator tells real from fake").matches("after 1200 discriminator steps \\(real"
                + " data in a tight cluster at \\(2, 2\\), the generator held still\\) the critic's mean score is"
                + " \\S+ on real points and \\S+ on generated ones: D must rate real data above generated data;"
                + " check the signs of the real and the fake terms of D's loss"), failures::toString);
    }

    @Test
    void weightsFromARandomSourceOfItsOwn() {
        Map<String, String> failures = failuresOf(new BrokenVariants.OwnRandomness());
        assertEquals(List.of("training is deterministic for a seed"), List.copyOf(failures.keySet()));
        assertTrue(failures.get("training is deterministic for a seed").startsWith("two GANs with the same seed and"
                + " batches reported {"), failures::toString);
        assertTrue(failures.get("training is deterministic for a seed").endsWith(" at step 1: draw every random number"
                + " from setup.initRandom() or setup.stepRandom()"), failures::toString);
    }

    @Test
    void aFrozenCopyThatSharesTheLiveWeights() {
        Map<String, String> failures = failuresOf(new BrokenVariants.SharedFrozenWeights());
        assertEquals("a frozen copy changed when the GAN trained on: freeze() must copy the weights, not share them",
                failures.get("a frozen copy does not change"));
    }

    @Test
    void aDiscriminatorStepThatMovesTheGenerator() {
        assertEquals(Map.of("each step changes its own network only", "a discriminator step changed the generator's"
                        + " outputs: it must update D's weights only"),
                failuresOf(new BrokenVariants.DStepMovesG()));
    }

    @Test
    void aGeneratorStepThatDoesNothing() {
        Map<String, String> failures = failuresOf(new BrokenVariants.LazyGenerator());
        assertEquals("a generator step left G's outputs unchanged: it must update G's weights",
                failures.get("each step changes its own network only"));
        // A generator that never moves cannot fool anyone either.
        assertTrue(failures.get("generator steps fool the held discriminator").matches(".* went from (\\S+) to \\1"
                + " instead of up: G must move its samples towards what D takes for real; check the sign"
                + " of G's loss \\(the optimizer minimises it\\)"), failures::toString);
        assertEquals(2, failures.size(), failures::toString);
    }

    @Test
    void aNaNLoss() {
        Map<String, String> failures = failuresOf(new BrokenVariants.NaNLoss());
        String early = "at step 1 that is rarely the learning rate: look first for a log of 0 or less, or a division"
                + " by 0, in the loss";
        assertEquals("the first generator step reported g_loss=NaN: " + early, failures.get("a step reports finite losses"));
        assertEquals("training-loop step 1 reported g_loss=NaN: " + early, failures.get("runs in the training loop"));
    }

    @Test
    void aNaNAfterTheFirstStepsIsDivergence() {
        assertTrue(Faults.nonFinite(Faults.FIRST_STEPS).startsWith("at step " + Faults.FIRST_STEPS + " that is rarely"));
        assertEquals("training diverged (try a smaller learning rate)", Faults.nonFinite(Faults.FIRST_STEPS + 1));
        assertEquals("training diverged (try a smaller learning rate)", Faults.nonFinite(0), "step not known");
    }

    @Test
    void aMissingAccuracy() {
        assertEquals(Map.of("a step reports finite losses",
                        "the discriminator step does not report d_accuracy (StepReport.D_ACCURACY)"),
                failuresOf(new BrokenVariants.NoAccuracy()));
    }
}
