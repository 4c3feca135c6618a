/**
 * The contract test kit: the checks every plugin must pass, for plugin authors and for graders.
 *
 * <p>Two ways to use the same checks:
 * <ul>
 *   <li>With JUnit 5, implement a contract interface and its one factory method; every check runs as
 *       a test of your class:
 *       <pre>{@code
 * class MyRingTest implements TargetDistributionContract {
 *     public TargetDistribution createDistribution() { return new MyRing(); }
 * }
 *       }</pre>
 *       {@link org.gansim.api.testkit.TargetDistributionContract},
 *       {@link org.gansim.api.testkit.GanVariantContract},
 *       {@link org.gansim.api.testkit.VisualizationContract}.</li>
 *   <li>Without a test framework, ask for a report, as {@code gansim check-plugin} does:
 *       {@link org.gansim.api.testkit.TargetDistributionChecks#report},
 *       {@link org.gansim.api.testkit.GanVariantChecks#report},
 *       {@link org.gansim.api.testkit.VisualizationChecks#report}; each returns a
 *       {@link org.gansim.api.testkit.ContractReport} with one pass or fail per check.</li>
 * </ul>
 * Only the contract interfaces need JUnit (an optional dependency of the API); everything else in
 * this package runs without it.
 *
 * @since 1
 */
package org.gansim.api.testkit;
