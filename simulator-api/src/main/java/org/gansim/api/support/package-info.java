/**
 * Optional bases for plugin authors: extend them to write less, or implement the interfaces of
 * {@link org.gansim.api} directly.
 *
 * <ul>
 *   <li>{@link org.gansim.api.support.MlpVariant} and {@link org.gansim.api.support.MlpGan}: a variant
 *       whose G and D are multi-layer perceptrons, written as its identity, its
 *       {@link org.gansim.api.support.OptimizerSettings} defaults and its two losses;</li>
 *   <li>{@link org.gansim.api.support.CrossEntropyGan}: the losses of Goodfellow et al. (2014), shared
 *       by the vanilla, packing and conditional GANs;</li>
 *   <li>{@link org.gansim.api.support.DescribedPlugin}: what every plugin says about itself.</li>
 * </ul>
 * Depends on {@link org.gansim.api} and the engine, {@link org.gansim.api.nn}; nothing in
 * {@link org.gansim.api} depends on it.
 *
 * @since 2
 */
package org.gansim.api.support;
