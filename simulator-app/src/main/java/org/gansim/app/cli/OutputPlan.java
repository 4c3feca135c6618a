package org.gansim.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The files a command will write, checked before any work starts so a bad path costs nothing: each
 * folder exists and may be written, no path is a folder, and no two options name the same file,
 * whether spelled the same, through {@code ..}, or through a symbolic link.
 *
 * <p>Mutable while being built; one thread.
 */
final class OutputPlan {

    /** Option name → path, in the order given. */
    private final Map<String, Path> outputs = new LinkedHashMap<>();

    /** Adds an output; a null path (an option not given) is skipped. */
    OutputPlan add(String option, Path file) {
        if (file != null) {
            outputs.put(option, file);
        }
        return this;
    }

    /**
     * Checks every output.
     *
     * @return null when every output can be written, else one sentence naming the problem
     */
    String problem() {
        Map<Path, String> optionOfFile = new LinkedHashMap<>();
        for (Map.Entry<String, Path> e : outputs.entrySet()) {
            String option = e.getKey();
            Path file = e.getValue();
            Path folder = file.toAbsolutePath().getParent();
            if (folder == null || !Files.isDirectory(folder)) {
                return "Cannot write " + option + " " + file + ": the folder " + folder + " does not exist";
            }
            if (Files.isDirectory(file)) {
                return "Cannot write " + option + " " + file + ": it is a folder, not a file";
            }
            if (!Files.isWritable(folder)) {
                return "Cannot write " + option + " " + file + ": the folder " + folder + " is not writable";
            }
            if (Files.exists(file) && !Files.isWritable(file)) {
                return "Cannot write " + option + " " + file + ": the file is read-only";
            }
            Path real = resolved(file);
            String earlier = optionOfFile.putIfAbsent(real, option);
            if (earlier != null) {
                return option + " " + file + " is the same file as " + earlier + " " + outputs.get(earlier)
                        + "; give each output a file of its own";
            }
        }
        return null;
    }

    /** The file's real location: links and {@code ..} followed, also when the file does not exist yet. */
    static Path resolved(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            if (Files.exists(absolute)) {
                return absolute.toRealPath();
            }
            return absolute.getParent().toRealPath().resolve(absolute.getFileName());
        } catch (IOException e) {
            return absolute;
        }
    }
}
