/**
 * The plugin kinds of GanSim: what a plugin author implements.
 *
 * <ul>
 *   <li>{@link org.gansim.api.TargetDistribution}: the real data, through a {@link org.gansim.api.Sampler};</li>
 *   <li>{@link org.gansim.api.GanVariant}: a kind of GAN, through a {@link org.gansim.api.Gan}
 *       (most extend {@link org.gansim.api.support.MlpVariant} and {@link org.gansim.api.support.MlpGan},
 *       named {@code <Name>Variant} and {@code <Name>Gan});</li>
 *   <li>{@link org.gansim.api.Visualization}: a view of training, through a {@link org.gansim.api.View}.</li>
 * </ul>
 * Each extends {@link org.gansim.api.Plugin} (id, name, description, version, parameters, API
 * version). A plugin jar lists its classes in {@code META-INF/services/} files named after these
 * interfaces; the contract kit in {@link org.gansim.api.testkit} checks them. The GanSim repository's
 * {@code docs/writing-plugins.md} walks from the assignment template to a plugin in the menus.
 *
 * @since 1
 */
package org.gansim.api;
