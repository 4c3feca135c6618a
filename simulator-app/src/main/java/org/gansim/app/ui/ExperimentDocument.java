package org.gansim.app.ui;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.gansim.api.training.TrainingSettings;
import org.gansim.app.session.SessionState;

/**
 * The experiment the window shows as a document: its name, the file it came from or was saved to,
 * and what it was when last saved, to tell whether there are unsaved changes (another step, value,
 * seed, target or variant). Swing thread only.
 */
final class ExperimentDocument {

    static final String UNTITLED = "Untitled";

    private String name = UNTITLED;
    private Path file;
    private String savedKey;

    String name() {
        return name;
    }

    Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** A new document: nothing saved, and the first state shown counts as unchanged. */
    void reset() {
        name = UNTITLED;
        file = null;
        savedKey = null;
    }

    /**
     * The document is named {@code newName}, in {@code where} (null: not in a file), and was saved or
     * opened with these settings, seed and step count.
     */
    void savedAs(String newName, Path where, TrainingSettings settings, long seed, long steps) {
        this.name = newName;
        this.file = where;
        this.savedKey = key(settings.target().id(), settings.variant().id(), settings.all().values().toString(),
                seed, steps);
    }

    /** Whether {@code state} differs from what was saved; the first state of a new document is the baseline. */
    boolean unsaved(SessionState state) {
        if (state == null) {
            return false;
        }
        String now = key(state.settings().target().id(), state.settings().variant().id(),
                state.settings().all().values().toString(), state.seed(), state.step());
        if (savedKey == null) {
            savedKey = now;
        }
        return !Objects.equals(savedKey, now);
    }

    private static String key(String target, String variant, String params, long seed, long step) {
        return target + "|" + variant + "|" + params + "|" + seed + "|" + step;
    }
}
