package org.gansim.app.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.lang.reflect.InvocationTargetException;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.gansim.api.Plugin;
import org.gansim.api.Snapshot;
import org.gansim.api.ViewContext;
import org.gansim.api.Visualization;
import org.gansim.api.training.TrainingSettings;
import org.gansim.app.lab.GifSequence;
import org.gansim.app.lab.OffscreenView;
import org.gansim.app.lab.TerminalProgress;
import org.gansim.app.plugins.PluginRegistry;
import org.gansim.app.session.PluginFault;
import org.gansim.app.session.Simulation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code gansim record}: trains a run headless and renders chosen views every K steps to PNG frames
 * and an animated GIF per view, with the step number on each frame: slides for a teacher, a picture
 * of the result for a student. Pure Java: the views paint off-screen and the JDK writes the images.
 *
 * <p>Runs on the thread that calls it; the views are driven on the Swing event thread.
 */
@Command(name = "record", mixinStandardHelpOptions = true,
        description = {"Records views of a training run as PNG frames and animated GIFs, without a window.",
            "Frames are taken at step 0, every K steps and at the last step, each with its step number."},
        footer = {"", "Example:",
            "  gansim record --target ring8 --variant vanilla --steps 3000 --every 100 \\",
            "      --view scatter,loss-chart --size 640x480 --out ring-lesson",
            "writes ring-lesson/scatter.gif, ring-lesson/scatter/step-0000000.png, ...",
            "and the same for loss-chart."})
public final class RecordCommand implements Callable<Integer> {

    @ParentCommand
    private PluginSource main;

    @Spec
    private CommandSpec spec;

    @Option(names = "--target", paramLabel = "ID", defaultValue = "ring8",
            description = "The target distribution (default: ${DEFAULT-VALUE}).")
    private String target;

    @Option(names = "--variant", paramLabel = "ID", defaultValue = "vanilla",
            description = "The GAN variant (default: ${DEFAULT-VALUE}).")
    private String variant;

    @Option(names = "--steps", paramLabel = "N", description = "Generator steps to train.")
    private Long steps;

    @Option(names = "--every", paramLabel = "K", defaultValue = "100",
            description = "Take a frame every K steps (default: ${DEFAULT-VALUE}).")
    private long every;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1",
            description = "The seed of every random number (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--view", paramLabel = "ID", split = ",",
            description = "The views to record, by id (default: every installed view that fits the run).")
    private List<String> views = new ArrayList<>();

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "640x480",
            description = "The size of each frame in pixels (default: ${DEFAULT-VALUE}).")
    private String size;

    @Option(names = "--delay", paramLabel = "MS", defaultValue = "200",
            description = "How long each GIF frame shows, in milliseconds (default: ${DEFAULT-VALUE}).")
    private int delay;

    @Option(names = "--no-png", description = "Write only the GIFs, not a PNG per frame.")
    private boolean noPng;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "Sets a parameter (repeatable), as for run.")
    private List<String> params = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "The folder the GIFs and frames go to (made if missing).")
    private Path out;

    @Override
    public Integer call() throws IOException {
        int[] wh = checkOptions();
        try (PluginRegistry registry = main.registry(spec.commandLine())) {
            TrainingSettings settings = settings(registry);
            Simulation simulation;
            try {
                simulation = new Simulation(settings, seed, Simulation.DISPLAY_SAMPLES);
            } catch (IllegalArgumentException e) {
                throw badInput(e.getMessage());
            }
            List<Visualization> chosen = chooseViews(registry, simulation.context());
            Files.createDirectories(out);
            return record(simulation, chosen, wh[0], wh[1]);
        }
    }

    private int record(Simulation simulation, List<Visualization> chosen, int width, int height) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Map<String, Recording> live = new LinkedHashMap<>();
        int failures = 0;
        TerminalProgress bar = new TerminalProgress(System.err, TerminalProgress.onTerminal(), "steps",
                (int) Math.min(Integer.MAX_VALUE, steps));
        boolean stopped = false;
        try {
            failures += open(simulation, chosen, width, height, live);
            failures += frame(simulation, live);
            for (long step = 1; step <= steps; step++) {
                simulation.step();
                bar.advance();
                if (step % every == 0 || step == steps) {
                    failures += frame(simulation, live);
                }
            }
        } catch (PluginFault fault) {
            err.println("Training stopped at step " + (simulation.steps() + 1) + ": " + fault.getMessage()
                    + "; the frames so far are kept");
            stopped = true;
        } catch (OffscreenView.ViewStuck stuck) {
            err.println(CommandLineErrors.oneLine(stuck.getMessage()) + "; recording stops at step "
                    + simulation.steps() + " and the frames so far are kept (Java cannot stop the view)");
            stopped = true;
        } finally {
            for (Recording recording : live.values()) {
                recording.close();
            }
        }
        PrintWriter text = spec.commandLine().getOut();
        for (Recording r : live.values()) {
            text.printf(Locale.ROOT, "Recorded %d frames of %s (%dx%d) to %s%s%n", r.gif.frames(), r.id, width,
                    height, out.resolve(r.id + ".gif"), noPng ? "" : " and " + out.resolve(r.id) + "/");
        }
        text.flush();
        err.flush();
        return stopped || failures > 0 ? CommandLineErrors.FAILED : 0;
    }

    /** Creates each chosen view into {@code live}; one that fails is left out with one line naming it. */
    private int open(Simulation simulation, List<Visualization> chosen, int width, int height,
                     Map<String, Recording> live) throws IOException {
        int failures = 0;
        for (Visualization visualization : chosen) {
            try {
                live.put(visualization.id(), new Recording(new OffscreenView(visualization, simulation.context(),
                        width, height), visualization.id()));
            } catch (OffscreenView.ViewStuck stuck) {
                throw stuck; // no view can be made any more: record() stops
            } catch (OffscreenView.ViewFailure failure) {
                spec.commandLine().getErr().println(CommandLineErrors.oneLine(failure.getMessage()));
                failures++;
            }
        }
        return failures;
    }

    /** Renders one frame of every live view; a view that fails is dropped with one line naming it. */
    private int frame(Simulation simulation, Map<String, Recording> live) throws IOException {
        Snapshot snapshot = simulation.snapshot(false, 0);
        int failures = 0;
        for (var it = live.values().iterator(); it.hasNext(); ) {
            Recording recording = it.next();
            try {
                BufferedImage image = recording.view.render(snapshot);
                recording.gif.add(image);
                if (!noPng) {
                    ImageIO.write(image, "png", recording.frames.resolve(String.format("step-%07d.png",
                            snapshot.step())).toFile());
                }
            } catch (OffscreenView.ViewStuck stuck) {
                throw stuck; // no view can be rendered any more: record() stops
            } catch (OffscreenView.ViewFailure failure) {
                spec.commandLine().getErr().println(CommandLineErrors.oneLine(failure.getMessage())
                        + "; its frames so far are kept");
                recording.close();
                it.remove();
                failures++;
            }
        }
        return failures;
    }

    /** One view being recorded: the view, its GIF and its folder of frames. */
    private final class Recording {
        final OffscreenView view;
        final String id;
        final GifSequence gif;
        final Path frames;
        private boolean closed;

        Recording(OffscreenView view, String id) throws IOException {
            this.view = view;
            this.id = id;
            this.gif = new GifSequence(out.resolve(id + ".gif"), delay);
            this.frames = out.resolve(id);
            if (!noPng) {
                Files.createDirectories(frames);
            }
        }

        void close() throws IOException {
            if (!closed) {
                closed = true;
                view.dispose();
                gif.close();
            }
        }
    }

    private int[] checkOptions() {
        if (steps == null) {
            throw badInput("Missing --steps: how many generator steps to train, e.g. --steps 2000");
        }
        if (out == null) {
            throw badInput("Missing --out: the folder the GIFs and frames go to, e.g. --out lesson");
        }
        if (steps < 0) {
            throw badInput("--steps must be 0 or more, got " + steps);
        }
        if (every < 1) {
            throw badInput("--every must be at least 1, got " + every);
        }
        if (delay < 10) {
            throw badInput("--delay must be at least 10 ms (GIF counts hundredths of a second), got " + delay);
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw badInput("--out " + out + " is a file; give a folder for the GIFs and frames");
        }
        String[] parts = size.toLowerCase(Locale.ROOT).split("x", -1);
        try {
            if (parts.length == 2) {
                int w = Integer.parseInt(parts[0].strip());
                int h = Integer.parseInt(parts[1].strip());
                if (w >= 16 && h >= 16 && w <= 4096 && h <= 4096) {
                    return new int[] {w, h};
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw badInput("--size takes WIDTHxHEIGHT in pixels, each from 16 to 4096, e.g. 640x480; got '" + size + "'");
    }

    private TrainingSettings settings(PluginRegistry registry) {
        var targetPlugin = registry.target(target).orElseThrow(() -> badInput("Unknown target '" + target
                + "'; valid targets: " + ids(registry.targets())));
        var variantPlugin = registry.variant(variant).orElseThrow(() -> badInput("Unknown variant '" + variant
                + "'; valid variants: " + ids(registry.variants())));
        TrainingSettings settings = TrainingSettings.defaults(targetPlugin, variantPlugin);
        for (String assignment : params) {
            try {
                settings = settings.withAssignment(assignment);
            } catch (IllegalArgumentException e) {
                throw badInput(e.getMessage());
            }
        }
        return settings;
    }

    private List<Visualization> chooseViews(PluginRegistry registry, ViewContext context) {
        List<Visualization> fitting = registry.visualizations().stream().filter(v -> supports(v, context)).toList();
        if (views.isEmpty()) {
            if (fitting.isEmpty()) {
                throw badInput("No installed view can show this run; installed views: " + ids(registry.visualizations()));
            }
            return fitting;
        }
        List<Visualization> chosen = new ArrayList<>();
        for (String id : views) {
            Visualization v = registry.visualization(id).orElseThrow(() -> badInput("Unknown view '" + id
                    + "'; valid views: " + ids(registry.visualizations())));
            if (!supports(v, context)) {
                throw badInput("View '" + id + "' cannot show this run (" + context.dataDim() + "-D data); views"
                        + " that can: " + ids(fitting));
            }
            chosen.add(v);
        }
        return chosen;
    }

    /** Whether a view fits, asked on the event thread as the view contract says; a view whose check throws does not. */
    private static boolean supports(Visualization v, ViewContext context) {
        boolean[] fits = new boolean[1];
        try {
            SwingUtilities.invokeAndWait(() -> {
                try {
                    fits[0] = v.supports(context);
                } catch (RuntimeException e) {
                    fits[0] = false;
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (InvocationTargetException e) {
            return false;
        }
        return fits[0];
    }

    private static String ids(List<? extends Plugin> plugins) {
        return plugins.isEmpty() ? "none" : String.join(", ", plugins.stream().map(Plugin::id).toList());
    }

    private CommandLine.ParameterException badInput(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
