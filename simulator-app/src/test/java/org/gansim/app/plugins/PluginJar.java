package org.gansim.app.plugins;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.gansim.api.Plugin;

/**
 * Writes real plugin jars for tests (after pf4j's {@code PluginJar}): Java sources compiled against
 * the API with the system compiler, service files, and any raw entry a broken jar needs.
 *
 * <pre>{@code
 * Path jar = new PluginJar("ring.jar")
 *         .source("demo.Ring", "package demo; public class Ring implements TargetDistribution { ... }")
 *         .service(TargetDistribution.class, "demo.Ring")
 *         .writeTo(folder);
 * }</pre>
 */
public final class PluginJar {

    private final String fileName;
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<String, List<String>> services = new LinkedHashMap<>();
    private final Map<String, byte[]> rawEntries = new LinkedHashMap<>();
    private final List<String> omittedClasses = new ArrayList<>();
    private final List<String> extraClassPath = new ArrayList<>();

    public PluginJar(String fileName) {
        this.fileName = fileName;
    }

    /** Adds a compilation unit; imports of the API packages and java.util are added for brevity. */
    public PluginJar source(String className, String body) {
        sources.put(className, body);
        return this;
    }

    /** Lists a provider class in META-INF/services (it need not exist: a broken jar). */
    public PluginJar service(Class<? extends Plugin> service, String... providerClasses) {
        services.computeIfAbsent(service.getName(), k -> new ArrayList<>()).addAll(List.of(providerClasses));
        return this;
    }

    /** Compiles against the classes of {@code type}'s module too (to write a plugin that uses host internals). */
    public PluginJar compileAgainst(Class<?> type) {
        extraClassPath.add(locationOf(type));
        return this;
    }

    /** Compiles a class but leaves it out of the jar, so whatever uses it fails when linked. */
    PluginJar omit(String className) {
        omittedClasses.add(className);
        return this;
    }

    /** Adds an entry with exactly these bytes. */
    public PluginJar raw(String entryName, byte[] bytes) {
        rawEntries.put(entryName, bytes);
        return this;
    }

    /** Compiles the sources and writes the jar into {@code folder}, which is created when missing. */
    public Path writeTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        // next to the folder, so the test's temporary directory removes it too
        Path classes = Files.createTempDirectory(folder.toAbsolutePath().getParent(), "classes-");
        if (!sources.isEmpty()) {
            compile(classes);
        }
        Path jar = folder.resolve(fileName);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            List<Path> classFiles;
            try (Stream<Path> walk = Files.walk(classes)) {
                classFiles = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : classFiles) {
                String entry = classes.relativize(file).toString().replace('\\', '/');
                String className = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
                if (!omittedClasses.contains(className)) {
                    put(out, entry, Files.readAllBytes(file));
                }
            }
            for (Map.Entry<String, List<String>> service : services.entrySet()) {
                String lines = String.join("\n", service.getValue()) + "\n";
                put(out, "META-INF/services/" + service.getKey(), lines.getBytes(StandardCharsets.UTF_8));
            }
            for (Map.Entry<String, byte[]> raw : rawEntries.entrySet()) {
                put(out, raw.getKey(), raw.getValue());
            }
        }
        return jar;
    }

    private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    private void compile(Path classes) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            List<JavaFileObject> units = new ArrayList<>();
            sources.forEach((name, body) -> units.add(new Source(name, withImports(body))));
            List<String> options = List.of("--release", "17", "-classpath", classPath(), "-d", classes.toString(),
                    "-proc:none", "-nowarn");
            boolean ok = compiler.getTask(diagnostics, files, null, options, null, units).call();
            if (!ok) {
                throw new IllegalStateException("Test plugin sources do not compile:\n" + diagnostics);
            }
        }
    }

    private static final String IMPORTS = String.join("\n",
            "import java.util.*;",
            "import java.util.random.RandomGenerator;",
            "import org.gansim.api.*;",
            "import org.gansim.api.param.*;",
            "");

    /** The body with the common imports placed right after its package line. */
    private static String withImports(String body) {
        int afterPackage = body.startsWith("package ") ? body.indexOf(';') + 1 : 0;
        return body.substring(0, afterPackage) + "\n" + IMPORTS + body.substring(afterPackage);
    }

    private String classPath() {
        List<String> path = new ArrayList<>(extraClassPath);
        path.add(0, locationOf(Plugin.class));
        return String.join(java.io.File.pathSeparator, path);
    }

    /** Where a class was loaded from: target/classes of its module in a build, or its jar. */
    static String locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A source held in memory. */
    private static final class Source extends SimpleJavaFileObject {
        private final String code;

        Source(String className, String code) {
            super(URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }
}
