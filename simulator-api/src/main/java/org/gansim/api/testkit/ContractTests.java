package org.gansim.api.testkit;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Turns a list of checks into JUnit 5 dynamic tests, so the contract interfaces list no check of
 * their own: {@code *Checks.all()} is the one list, shared with the framework-free reports and the
 * {@code check-plugin} command. Stateless; any thread.
 */
final class ContractTests {

    private ContractTests() {
    }

    /**
     * One test per check, named after it, each run on a new plugin from {@code plugins}. A failing
     * check fails its test with the line {@code check-plugin} prints ("samples are finite: ..."), so
     * a report that shows only the failure's message still says which check failed; what was thrown
     * is kept as the cause.
     */
    static <T> Stream<DynamicTest> of(List<Check<T>> checks, Supplier<? extends T> plugins) {
        return checks.stream().map(check -> DynamicTest.dynamicTest(check.name(), () -> {
            try {
                check.verification().verify(plugins.get());
            } catch (OutOfMemoryError fatal) {
                throw fatal;
            } catch (Throwable failure) {
                throw new AssertionError(check.name() + ": " + Check.describe(failure), failure);
            }
        }));
    }
}
