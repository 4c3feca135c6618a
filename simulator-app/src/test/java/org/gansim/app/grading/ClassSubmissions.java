package org.gansim.app.grading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import org.gansim.api.GanVariant;
import org.gansim.api.TargetDistribution;
import org.gansim.app.plugins.PluginJar;
import org.gansim.app.plugins.SamplePlugins;

/**
 * The submissions of a made-up class for homework 3 (a hinge-loss GAN with id "hw3-hinge"), written
 * as real jars: one right, the mistakes students made that the old contract passed, the jars that
 * cannot load, and hostile ones that exit, loop, fill the heap or leave threads running.
 */
public final class ClassSubmissions {

    /** The id every submission must provide. */
    public static final String ID = "hw3-hinge";

    private static final String CORRECT_D = "Losses.hingeReal(r).add(Losses.hingeFake(f))";
    private static final String CORRECT_G = "s.mean().neg()";

    private ClassSubmissions() {
    }

    /** Writes every submission into {@code folder}, one jar per student; returns the jars by student. */
    public static Map<String, Path> writeAll(Path folder) throws IOException {
        Map<String, Path> jars = new LinkedHashMap<>();
        jars.put("correct", hinge("correct.jar", CORRECT_D, CORRECT_G, "", "", "").writeTo(folder));
        jars.put("g-wrong-sign", hinge("g-wrong-sign.jar", CORRECT_D, "s.mean()", "", "", "").writeTo(folder));
        jars.put("hinge-flipped", hinge("hinge-flipped.jar", "Losses.hingeFake(r).add(Losses.hingeReal(f))",
                CORRECT_G, "", "", "").writeTo(folder));
        jars.put("no-variant-service", new PluginJar("no-variant-service.jar")
                .source("hw3.Circle", SamplePlugins.circle("hw3", "hw3-heart", "1", 1))
                .source("hw3.CirclePoints", SamplePlugins.circlePoints("hw3"))
                .source("hw3.Hinge", source(CORRECT_D, CORRECT_G, "", "", ""))
                .service(TargetDistribution.class, "hw3.Circle")
                .writeTo(folder));
        jars.put("java21", java21(hinge("java21.jar", CORRECT_D, CORRECT_G, "", "", "").writeTo(folder)));
        jars.put("constructor-throws", hinge("constructor-throws.jar", CORRECT_D, CORRECT_G, "",
                "Object weights = null;\n        weights.hashCode();", "").writeTo(folder));
        jars.put("exits", hinge("exits.jar", CORRECT_D, CORRECT_G, "", "", "System.exit(3);").writeTo(folder));
        jars.put("loops", hinge("loops.jar", CORRECT_D, CORRECT_G, "", "", "while (setup != null) { Thread.onSpinWait(); }")
                .writeTo(folder));
        jars.put("fills-heap", hinge("fills-heap.jar", CORRECT_D, CORRECT_G, "", "",
                "List<long[]> hog = new ArrayList<>(); while (setup != null) { hog.add(new long[1 << 20]); }")
                .writeTo(folder));
        jars.put("leaves-thread", hinge("leaves-thread.jar", CORRECT_D, CORRECT_G, "",
                "new Thread(() -> { while (true) { try { Thread.sleep(1000); } catch (InterruptedException e) { } } },"
                        + " \"hw3-trainer\").start();", "").writeTo(folder));
        jars.put("static-init", hinge("static-init.jar", CORRECT_D, CORRECT_G,
                "static final int EPOCHS = Integer.parseInt(\"ten\");", "", "").writeTo(folder));
        return jars;
    }

    /** One of the submissions of {@link #writeAll}, by its student name, written into {@code folder}. */
    public static Path writeOne(Path folder, String student) throws IOException {
        Path scratch = Files.createTempDirectory(folder.toAbsolutePath().getParent(), "class-");
        Path jar = writeAll(scratch).get(student);
        Files.createDirectories(folder);
        return Files.move(jar, folder.resolve(jar.getFileName()));
    }

    /** The correct submission only. */
    public static Path correct(Path folder) throws IOException {
        return hinge("correct.jar", CORRECT_D, CORRECT_G, "", "", "").writeTo(folder);
    }

    private static PluginJar hinge(String jar, String dLoss, String gLoss, String statics, String constructor,
                                   String create) {
        return new PluginJar(jar)
                .source("hw3.Hinge", source(dLoss, gLoss, statics, constructor, create))
                .service(GanVariant.class, "hw3.Hinge");
    }

    /** A hinge-loss GAN as a student writes it on MlpGan, with the given losses and extra code. */
    private static String source(String dLoss, String gLoss, String statics, String constructor, String create) {
        return """
                package hw3;
                import org.gansim.api.nn.*;
                import org.gansim.api.support.*;
                public class Hinge implements GanVariant {
                    %3$s
                    public Hinge() {
                        %4$s
                    }
                    public String id() { return "%6$s"; }
                    public int apiVersion() { return ApiVersion.CURRENT; }
                    public List<ParamSpec> params() {
                        return List.of(VariantParams.optimizer(VariantParams.ADAM), VariantParams.learningRateD(2e-4),
                                VariantParams.learningRateG(2e-4), VariantParams.beta1(0.5), VariantParams.beta2(0.999));
                    }
                    public Gan create(GanSetup setup) {
                        %5$s
                        return new HingeGan(setup);
                    }
                    static final class HingeGan extends MlpGan {
                        HingeGan(GanSetup setup) { super(setup, NetworkShape.critic()); }
                        public StepReport discriminatorStep(Batch real, Batch latent) {
                            Tensor r = discriminate(points(real), real);
                            Tensor f = discriminate(generate(latent).detach(), latent);
                            Tensor loss = %1$s;
                            updateDiscriminator(loss);
                            return discriminatorReport(loss, r, f, 0);
                        }
                        public StepReport generatorStep(Batch latent) {
                            Tensor fake = generate(latent);
                            Tensor s = discriminate(fake, latent);
                            Tensor loss = %2$s;
                            double push = updateGenerator(loss, fake, s.rows());
                            return StepReport.empty().with(StepReport.G_LOSS, loss.item())
                                    .with(StepReport.G_GRADIENT_NORM, push);
                        }
                    }
                }
                """.formatted(dLoss, gLoss, statics, constructor, create, ID);
    }

    /**
     * Marks the jar's variant class as built for Java 21 (class file version 65), as
     * {@code javac --release 21} would, so a Java 17 host cannot load it.
     */
    private static Path java21(Path jar) throws IOException {
        Path patched = jar.resolveSibling("java21.tmp");
        try (JarInputStream in = new JarInputStream(Files.newInputStream(jar));
             JarOutputStream out = new JarOutputStream(Files.newOutputStream(patched))) {
            for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals("hw3/Hinge.class")) {
                    bytes[6] = 0;
                    bytes[7] = 65;
                }
                out.putNextEntry(new JarEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        Files.move(patched, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return jar;
    }
}
