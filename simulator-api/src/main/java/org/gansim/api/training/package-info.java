/**
 * Host machinery shared by the app, the command line, the metrics harness and the contract kit: a
 * plugin never needs it.
 *
 * <ul>
 *   <li>{@link org.gansim.api.training.TrainingRun#start}: the one way to start a run from
 *       {@link org.gansim.api.training.TrainingSettings} and a seed; a host wraps the plugins in its
 *       guards through a {@link org.gansim.api.training.PluginGuard};</li>
 *   <li>{@link org.gansim.api.training.TrainingLoop}: k discriminator steps, then one generator step;</li>
 *   <li>{@link org.gansim.api.training.HistoryRecorder}: the bounded history the views draw;</li>
 *   <li>{@link org.gansim.api.training.CoverageRun}: a headless run measured for mode coverage;</li>
 *   <li>{@link org.gansim.api.training.Faults}: what a plugin threw, in one line.</li>
 * </ul>
 *
 * @since 2
 */
package org.gansim.api.training;
