package org.gansim.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Starts the packaged {@code gansim.jar} in a JVM of its own, as a user would, for tests that send it
 * real signals or watch its sockets. SIGINT and SIGTERM are reset to their defaults for the child
 * ({@code env --default-signal}): a build started in the background would otherwise hand it an
 * ignored SIGINT, which the JVM then leaves ignored.
 */
final class ChildGansim {

    private ChildGansim() {
    }

    /** A process builder for {@code java [jvmOptions] -jar target/gansim.jar args}. */
    static ProcessBuilder command(List<String> jvmOptions, String... args) {
        // Run from the build's integration-test phase, after packaging; skipped when run earlier alone.
        Assumptions.assumeTrue(Files.isRegularFile(Path.of("target", "gansim.jar")), "gansim.jar is not built yet");
        List<String> command = new ArrayList<>(List.of("env", "--default-signal=INT,TERM",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules=jdk.incubator.vector"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", Path.of("target", "gansim.jar").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    /** Sends a signal by name ("INT", "TERM") with the {@code kill} command. */
    static void signal(Process process, String name) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IOException("kill -" + name + " " + process.pid() + " failed");
        }
    }

    /**
     * The internet sockets (TCP and UDP, IPv4 and IPv6) the process holds open now, as lines of
     * {@code /proc/net/...}; local (Unix) sockets, such as the one to the X display, are not counted.
     */
    static List<String> inetSockets(long pid) throws IOException {
        Set<String> inodes = new HashSet<>();
        Path fds = Path.of("/proc", Long.toString(pid), "fd");
        try (Stream<Path> list = Files.list(fds)) {
            for (Path fd : list.toList()) {
                try {
                    String link = Files.readSymbolicLink(fd).toString();
                    if (link.startsWith("socket:[")) {
                        inodes.add(link.substring("socket:[".length(), link.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // the descriptor was closed between listing and reading: nothing to count
                }
            }
        }
        List<String> found = new ArrayList<>();
        for (String table : List.of("tcp", "tcp6", "udp", "udp6")) {
            Path file = Path.of("/proc", Long.toString(pid), "net", table);
            if (!Files.exists(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file)) {
                String[] columns = line.trim().split("\\s+");
                if (columns.length > 9 && inodes.contains(columns[9])) {
                    found.add(table + ": " + line.trim());
                }
            }
        }
        return found;
    }
}
