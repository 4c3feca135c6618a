/**
 * GanSim's learning engine: small dense tensors with reverse-mode automatic differentiation
 * (including gradients of gradients), layers, multi-layer perceptrons, losses, initializers and
 * optimizers.
 *
 * <p>Start with {@link org.gansim.api.nn.Tensor} and {@link org.gansim.api.nn.Mlp}. Everything
 * is double precision and row-major; one row is one example. Live tensors, networks and
 * optimizers belong to the training thread; {@link org.gansim.api.nn.FrozenMlp} is the copy
 * other threads may use.
 */
package org.gansim.api.nn;
