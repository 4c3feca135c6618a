package org.gansim.app.cli;

import static org.gansim.app.cli.RunCommandTest.gansim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.gansim.app.Main;
import org.gansim.app.cli.RunCommandTest.Result;
import org.gansim.fakes.FakePluginJar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gansim record}: GIFs and PNG frames read back with ImageIO, the asked count, size and timing. */
class RecordCommandTest {

    @TempDir
    static Path pluginFolder;

    @TempDir
    Path dir;

    @BeforeAll
    static void writeFakes() throws IOException {
        FakePluginJar.writeTo(pluginFolder);
    }

    private static final List<String> SMALL = List.of("--param", "model.g_hidden=16,16", "--param",
            "model.d_hidden=16,16");

    /** A GIF's frames, and the delay and loop extension of its first frame. */
    record Gif(List<BufferedImage> frames, int delayCentiseconds, boolean loops) {
    }

    static Gif readGif(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            int count = reader.getNumImages(true);
            List<BufferedImage> frames = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                frames.add(reader.read(i));
            }
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
            IIOMetadataNode control = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
            var apps = root.getElementsByTagName("ApplicationExtension");
            boolean loops = apps.getLength() == 1
                    && "NETSCAPE".equals(((IIOMetadataNode) apps.item(0)).getAttribute("applicationID"))
                    && Arrays.equals(new byte[] {1, 0, 0}, (byte[]) ((IIOMetadataNode) apps.item(0)).getUserObject());
            reader.dispose();
            return new Gif(frames, Integer.parseInt(control.getAttribute("delayTime")), loops);
        }
    }

    private static List<Path> pngs(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".png")).sorted().toList();
        }
    }

    @Test
    void recordsTheAskedFramesAtTheAskedSizeForEachView() throws IOException {
        List<String> args = new ArrayList<>(List.of("record", "--target", "ring8", "--variant", "vanilla",
                "--steps", "20", "--every", "5", "--view", "scatter,loss-chart", "--size", "320x240",
                "--delay", "250", "--out", dir.toString()));
        args.addAll(SMALL);
        Result result = gansim(args.toArray(new String[0]));
        assertEquals(0, result.status(), result.err());

        for (String view : List.of("scatter", "loss-chart")) {
            Gif gif = readGif(dir.resolve(view + ".gif"));
            assertEquals(5, gif.frames().size(), view); // steps 0, 5, 10, 15, 20
            for (BufferedImage frame : gif.frames()) {
                assertEquals(320, frame.getWidth());
                assertEquals(240, frame.getHeight());
            }
            assertEquals(25, gif.delayCentiseconds());
            assertTrue(gif.loops(), "the first frame carries the NETSCAPE2.0 loop extension");
            List<Path> frames = pngs(dir.resolve(view));
            assertEquals(List.of("step-0000000.png", "step-0000005.png", "step-0000010.png", "step-0000015.png",
                    "step-0000020.png"), frames.stream().map(f -> f.getFileName().toString()).toList());
            BufferedImage first = ImageIO.read(frames.get(0).toFile());
            BufferedImage last = ImageIO.read(frames.get(4).toFile());
            assertEquals(320, last.getWidth());
            assertEquals(240, last.getHeight());
            assertFalse(Arrays.equals(pixels(first), pixels(last)), view + ": training changes the picture");
            assertTrue(distinctColours(last) > 3, view + ": the view painted more than a blank");
        }
        assertTrue(result.out().contains("Recorded 5 frames of scatter (320x240)"), result.out());
    }

    @Test
    void theLastStepIsAFrameEvenOffTheBeat() throws IOException {
        List<String> args = new ArrayList<>(List.of("record", "--steps", "12", "--every", "5", "--view", "scatter",
                "--size", "200x150", "--no-png", "--out", dir.toString()));
        args.addAll(SMALL);
        Result result = gansim(args.toArray(new String[0]));
        assertEquals(0, result.status(), result.err());
        assertEquals(4, readGif(dir.resolve("scatter.gif")).frames().size()); // 0, 5, 10, 12
        assertFalse(Files.exists(dir.resolve("scatter")));
    }

    /** In a JVM started with -Djava.awt.headless=true, as on a server without a display. */
    @Test
    void recordsInAHeadlessJvm() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
            command.add("--add-modules=jdk.incubator.vector");
        }
        command.addAll(List.of("-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "record", "--steps", "6", "--every", "3", "--view", "scatter,loss-chart",
                "--size", "400x300", "--out", dir.toString()));
        command.addAll(SMALL);
        Process child = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile()).start();
        assertTrue(child.waitFor(3, TimeUnit.MINUTES));
        assertEquals(0, child.exitValue(), Files.readString(dir.resolve("child.log")));
        for (String view : List.of("scatter", "loss-chart")) {
            Gif gif = readGif(dir.resolve(view + ".gif"));
            assertEquals(3, gif.frames().size());
            assertEquals(400, gif.frames().get(2).getWidth());
            assertEquals(300, gif.frames().get(2).getHeight());
        }
    }

    @Test
    void aViewThatFailsToPaintIsNamedAndTheOthersAreStillRecorded() throws IOException {
        Result result = gansim("record", "--plugin-dir", pluginFolder.toString(), "--target", "blob", "--variant",
                "drift", "--steps", "4", "--every", "2", "--view", "broken-paint,scatter", "--size", "200x150",
                "--out", dir.toString());
        assertEquals(1, result.status());
        assertEquals(1, result.errLines().size(), result.err());
        assertTrue(result.err().startsWith("View 'broken-paint' failed to paint step "), result.err());
        assertEquals(3, readGif(dir.resolve("scatter.gif")).frames().size());
    }

    @Test
    void anUnknownViewIsOneLineNamingTheValidOnes() {
        Result result = gansim("record", "--steps", "5", "--view", "nope", "--out", dir.resolve("x").toString());
        assertEquals(2, result.status());
        assertEquals(1, result.errLines().size(), result.err());
        assertTrue(result.err().startsWith("Unknown view 'nope'; valid views: "), result.err());
        assertTrue(result.err().contains("scatter"), result.err());
        assertFalse(Files.exists(dir.resolve("x")));
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static long distinctColours(BufferedImage image) {
        return Arrays.stream(pixels(image)).distinct().count();
    }
}
