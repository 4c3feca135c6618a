package org.gansim.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.gansim.api.training.TrainingSettings;
import org.gansim.app.plugins.PluginRegistry;
import org.gansim.fakes.DriftVariant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ValueCheckTest {

    private PluginRegistry registry;
    private TrainingSettings settings;

    @BeforeEach
    void drawnTarget() {
        registry = PluginRegistry.load(List.of());
        settings = TrainingSettings.defaults(registry.target("drawn").orElseThrow(), new DriftVariant());
    }

    @AfterEach
    void close() {
        registry.close();
    }

    @Test
    void aDrawingTheTargetRefusesIsRefusedInTheTargetsOwnWords() {
        assertEquals(Optional.of("drawn: the drawing is empty; draw at least one point."),
                ValueCheck.refusal(settings, "target.points", ""));
        assertEquals(Optional.of("drawn: class labels must run from 0 to 2 without gaps, but no point has label 1."),
                ValueCheck.refusal(settings, "target.points", "0 0 0; 1 1 2"));
    }

    @Test
    void aDrawingTheTargetTakesPasses() {
        assertEquals(Optional.empty(), ValueCheck.refusal(settings, "target.points", "0 0; 1 1"));
        assertEquals(Optional.empty(), ValueCheck.refusal(settings, "train.batch", 64));
    }

    @Test
    void valuesOutsideTheirSpecAreRefusedToo() {
        assertEquals(Optional.of("train.batch must be an integer from 1 to 4096, got 0"),
                ValueCheck.refusal(settings, "train.batch", 0));
        assertEquals(Optional.of("target.noise must be a number from 0 to 1, got 2.0"),
                ValueCheck.refusal(settings, "target.noise", 2.0));
    }

    @Test
    void theBackgroundCheckGivesTheSameAnswer() throws Exception {
        assertEquals(Optional.of("drawn: the drawing is empty; draw at least one point."),
                ValueCheck.inBackground(settings, "target.points", "").get(20, TimeUnit.SECONDS));
        assertEquals(Optional.empty(), ValueCheck.inBackground(settings, "target.points", "1 1").get(20, TimeUnit.SECONDS));
    }
}
