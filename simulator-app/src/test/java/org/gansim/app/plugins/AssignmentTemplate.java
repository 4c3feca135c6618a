package org.gansim.app.plugins;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.gansim.api.Plugin;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The assignment template ({@code plugins/assignment-template}, a Maven project outside this build)
 * compiled and tested here the way its own build would: its main sources against the API classes of
 * this build only, its tests against the API and JUnit, then its tests run with the JUnit platform.
 * Optionally the worked solution (under this module's test resources) replaces the skeleton's files
 * of the same name first.
 *
 * <p>One instance per build; the test thread only.
 */
final class AssignmentTemplate {

    /** The template, next to this module in the source tree (tests run in the module's folder). */
    static final Path ROOT = Path.of("..", "plugins", "assignment-template").toAbsolutePath().normalize();
    /** The worked solution: the template's main source files that the TODOs change, done. */
    static final Path SOLUTION = Path.of("src", "test", "resources", "assignment-solution").toAbsolutePath();

    private static final Path MAIN_JAVA = Path.of("src", "main", "java");
    private static final Path MAIN_RESOURCES = Path.of("src", "main", "resources");
    private static final Path TEST_JAVA = Path.of("src", "test", "java");

    private final Path mainClasses;
    private final Path testClasses;
    private final List<String> testClassNames;

    private AssignmentTemplate(Path mainClasses, Path testClasses, List<String> testClassNames) {
        this.mainClasses = mainClasses;
        this.testClasses = testClasses;
        this.testClassNames = testClassNames;
    }

    /**
     * Compiles the template as shipped, or with the worked solution in place.
     *
     * @param work   an empty folder for sources and classes
     * @param solved whether to put the solution's files in place of the skeleton's
     * @throws IllegalStateException with the compiler's messages when a source does not compile
     */
    static AssignmentTemplate compile(Path work, boolean solved) throws IOException {
        return compile(ROOT, SOLUTION, work, solved);
    }

    /**
     * Compiles another template laid out the same way (the view template), as shipped or solved.
     *
     * @param root     the template's folder, holding its {@code pom.xml}
     * @param solution the solved main source files, by package folder
     */
    static AssignmentTemplate compile(Path root, Path solution, Path work, boolean solved) throws IOException {
        Path sources = work.resolve("sources");
        copyTree(root.resolve(MAIN_JAVA), sources);
        if (solved) {
            copyTree(solution, sources);
        }
        Path mainClasses = work.resolve("classes");
        Path testClasses = work.resolve("test-classes");
        // The plugin sees only the API; its tests see the API's contract interfaces and JUnit too.
        javac(javaFiles(sources), List.of(location(Plugin.class)), mainClasses);
        copyTree(root.resolve(MAIN_RESOURCES), mainClasses);
        List<Path> tests = javaFiles(root.resolve(TEST_JAVA));
        javac(tests, List.of(location(Plugin.class), mainClasses, location(org.junit.jupiter.api.Test.class),
                location(org.opentest4j.AssertionFailedError.class), location(org.apiguardian.api.API.class)),
                testClasses);
        List<String> names = tests.stream()
                .map(file -> root.resolve(TEST_JAVA).relativize(file).toString())
                .map(name -> name.substring(0, name.length() - ".java".length()).replace(File.separatorChar, '.'))
                .toList();
        return new AssignmentTemplate(mainClasses, testClasses, names);
    }

    /** The fully qualified names of the template's test classes. */
    List<String> testClassNames() {
        return testClassNames;
    }

    /**
     * Runs the template's tests as {@code ./mvnw test} would, in a class loader of their own that
     * holds the plugin's classes and its tests together (the tests reach package-private members).
     */
    TestExecutionSummary runTests() throws IOException, ClassNotFoundException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {url(mainClasses), url(testClasses)},
                AssignmentTemplate.class.getClassLoader())) {
            List<ClassSelector> selectors = new ArrayList<>();
            for (String name : testClassNames) {
                selectors.add(selectClass(loader.loadClass(name)));
            }
            SummaryGeneratingListener listener = new SummaryGeneratingListener();
            LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectors).build(),
                    listener);
            return listener.getSummary();
        }
    }

    /** Writes the plugin jar {@code ./mvnw package} would: the main classes and the service files. */
    Path jar(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(file));
             Stream<Path> walk = Files.walk(mainClasses)) {
            for (Path entry : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(mainClasses.relativize(entry).toString().replace(File.separatorChar, '/')));
                out.write(Files.readAllBytes(entry));
                out.closeEntry();
            }
        }
        return file;
    }

    private static void javac(List<Path> files, List<Path> classPath, Path output) throws IOException {
        Files.createDirectories(output);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter messages = new StringWriter();
        try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            List<String> options = List.of("--release", "17", "-proc:none", "-encoding", "UTF-8",
                    "-classpath", String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList()),
                    "-d", output.toString());
            boolean ok = compiler.getTask(messages, fileManager, null, options, null,
                    fileManager.getJavaFileObjectsFromPaths(files)).call();
            if (!ok) {
                throw new IllegalStateException("The template does not compile against this API:\n" + messages);
            }
        }
    }

    private static List<Path> javaFiles(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** Copies every file under {@code from} to the same relative place under {@code to}, replacing any there. */
    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static Path location(Class<?> type) {
        return Path.of(PluginJar.locationOf(type));
    }

    private static URL url(Path folder) throws MalformedURLException {
        return folder.toUri().toURL();
    }
}
