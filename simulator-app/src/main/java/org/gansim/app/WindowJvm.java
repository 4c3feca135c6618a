package org.gansim.app;

import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options GanSim gives the window's process when it starts that process itself (the jar
 * starting itself again with the Vector API module, or the {@code gansim} script), before the user's
 * own options, which win.
 *
 * <p>Why these: the window trains, paints and computes the views' layers on two cores, allocating a
 * few hundred megabytes a second of short-lived arrays of which some 15 to 30 MB are alive at once.
 * The default collector (G1, on a machine with two cores and plenty of memory) grew the process to
 * 1.1 GB resident in four minutes with every view on, pausing 15 ms at the median. The serial
 * collector with a fixed young generation of 64 MB, half of it survivor space so that what the views
 * still hold is not promoted at once, kept it at about 200 MB, pausing 2 ms at the median, with no
 * full collection in three minutes (bench/README.md, "Memory of the window"). The heap has no upper
 * limit of its own, so a student's large network still gets the memory it needs.
 *
 * <p>A command ({@code gansim run}, {@code sweep}, ...) started the same way gets the same memory
 * options, for the same reason: headless, G1 let {@code run} reach 746 MB resident within a minute
 * on a machine with 24 GB, for a training step that keeps a few megabytes alive.
 */
final class WindowJvm {

    /** Without the user's own choice of collector. */
    static final List<String> MEMORY = List.of("-XX:+UseSerialGC", "-Xms128m", "-Xmn64m", "-XX:SurvivorRatio=2",
            "-XX:MetaspaceSize=64m");

    private WindowJvm() {
    }

    /**
     * The options for a window JVM started with {@code usersOptions}: the memory options, unless the
     * user chose a collector (two collectors would stop the JVM from starting), then
     * {@link StartupArchive#FEWER_EARLY_COMPILATIONS}.
     */
    static List<String> options(List<String> usersOptions) {
        List<String> options = new ArrayList<>(memoryOptions(usersOptions));
        options.add(StartupArchive.FEWER_EARLY_COMPILATIONS);
        return options;
    }

    /**
     * The memory options alone, for a command's JVM: {@link #MEMORY}, or nothing when the user chose
     * a collector (two collectors would stop the JVM from starting).
     */
    static List<String> memoryOptions(List<String> usersOptions) {
        boolean ownCollector = usersOptions.stream().anyMatch(o -> o.matches("-XX:[+-]Use\\w*GC"));
        return ownCollector ? List.of() : MEMORY;
    }
}
