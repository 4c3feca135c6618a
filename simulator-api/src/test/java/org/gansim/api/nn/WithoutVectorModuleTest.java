package org.gansim.api.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A JVM started without {@code --add-modules jdk.incubator.vector} (as by a {@code java -jar}
 * whose relaunch failed) must still work, on the blocked plain loops; and every engine must train
 * to the same bits as the vector engine this test runs on.
 */
class WithoutVectorModuleTest {

    private static String probe(String... jvmOptions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), KernelProbe.class.getName()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the child JVM did not finish");
        assertEquals(0, process.exitValue(), output);
        return output.lines().filter(l -> !l.startsWith("WARNING: Using incubator")).findFirst().orElse("");
    }

    @Test
    void blockedLoopsRunWhenTheModuleIsAbsentAndGiveTheVectorBits() throws IOException, InterruptedException {
        assertTrue(Engine.vectorised(), "tests are meant to run with the Vector API module");
        String vector = KernelProbe.train();
        String output = probe();
        assertTrue(output.startsWith("BlockedMatmul/RecycledArrays/"), output);
        assertEquals(vector, output.substring(output.indexOf(' ') + 1));
    }

    @Test
    void theTextbookLoopsGiveTheVectorBits() throws IOException, InterruptedException {
        String output = probe("--add-modules=jdk.incubator.vector", "-Dgansim.kernel=plain");
        assertTrue(output.startsWith("ReferenceMatmul/FreshArrays/"), output);
        assertEquals(KernelProbe.train(), output.substring(output.indexOf(' ') + 1));
    }

    @Test
    void vectorsOf256AndOf512BitsGiveTheSameBits() throws IOException, InterruptedException {
        String narrow = probe("--add-modules=jdk.incubator.vector", "-Dgansim.vectorBits=256");
        assertTrue(narrow.startsWith("VectorMatmul/RecycledArrays/256-bit_fused_multiply-add "), narrow);
        // Here the tests' own JVM runs the widest vectors this CPU has (512 bits with AVX-512).
        assertEquals(KernelProbe.train(), narrow.substring(narrow.indexOf(' ') + 1));
    }
}
