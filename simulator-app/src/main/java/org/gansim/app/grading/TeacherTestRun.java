package org.gansim.app.grading;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gansim.api.testkit.CheckResult;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs a teacher's JUnit 5 tests (a jar of compiled test classes) through the JUnit Platform
 * Launcher, with a submission's jars on the same class loader: a test finds the student's plugin
 * with {@code ServiceLoader.load(GanVariant.class)} and its id, or names the student's classes.
 *
 * <p>Each test is named "TestClass.method()". Used by one thread.
 */
final class TeacherTestRun {

    private TeacherTestRun() {
    }

    /** The tests in the teacher's jar, found without running them, for the gradebook's columns. */
    static List<String> discover(Path teacherJar) throws IOException {
        try (URLClassLoader loader = loader(teacherJar, List.of())) {
            return inContext(loader, () -> {
                TestPlan plan = LauncherFactory.create().discover(request(teacherJar));
                List<String> names = new ArrayList<>();
                for (TestIdentifier root : plan.getRoots()) {
                    collect(plan, root, names);
                }
                return names;
            });
        }
    }

    private static void collect(TestPlan plan, TestIdentifier node, List<String> names) {
        if (node.isTest()) {
            names.add(name(node));
        }
        for (TestIdentifier child : plan.getChildren(node)) {
            collect(plan, child, names);
        }
    }

    /**
     * Runs every test against the submission.
     *
     * @return one result per test that ran, by name
     */
    static Map<String, CheckResult> run(Path teacherJar, List<Path> submissionJars) throws IOException {
        try (URLClassLoader loader = loader(teacherJar, submissionJars)) {
            return inContext(loader, () -> {
                Map<String, CheckResult> results = new LinkedHashMap<>();
                Launcher launcher = LauncherFactory.create();
                launcher.execute(request(teacherJar), new TestExecutionListener() {
                    @Override
                    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                        if (!test.isTest()) {
                            return;
                        }
                        String name = name(test);
                        results.put(name, result.getStatus() == TestExecutionResult.Status.SUCCESSFUL
                                ? CheckResult.pass(name)
                                : CheckResult.fail(name, result.getThrowable().map(TeacherTestRun::describe)
                                        .orElse("the test was aborted")));
                    }

                    @Override
                    public void executionSkipped(TestIdentifier test, String reason) {
                        if (test.isTest()) {
                            results.put(name(test), CheckResult.fail(name(test), "skipped: " + reason));
                        }
                    }
                });
                return results;
            });
        }
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return failure instanceof AssertionError && message != null ? message
                : failure.getClass().getName() + (message == null ? "" : ": " + message);
    }

    private static LauncherDiscoveryRequest request(Path teacherJar) {
        return LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectClasspathRoots(Set.of(teacherJar)))
                .build();
    }

    private static String name(TestIdentifier test) {
        return test.getSource()
                .filter(MethodSource.class::isInstance)
                .map(MethodSource.class::cast)
                .map(m -> simpleName(m.getClassName()) + "." + m.getMethodName() + "()")
                .orElse(test.getDisplayName());
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    private static URLClassLoader loader(Path teacherJar, List<Path> submissionJars) throws IOException {
        List<URL> urls = new ArrayList<>();
        urls.add(teacherJar.toUri().toURL());
        for (Path jar : submissionJars) {
            urls.add(jar.toUri().toURL());
        }
        return new URLClassLoader(urls.toArray(URL[]::new), TeacherTestRun.class.getClassLoader());
    }

    private interface Work<T> {
        T call();
    }

    /** Jupiter finds classes through the thread's context class loader. */
    private static <T> T inContext(ClassLoader loader, Work<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return work.call();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
