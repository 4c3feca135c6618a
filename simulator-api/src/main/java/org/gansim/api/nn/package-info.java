/**
 * GanSim's learning engine: small dense tensors with reverse-mode automatic differentiation
 * (including gradients of gradients), layers, multi-layer perceptrons, losses, initializers and
 * optimizers.
 *
 * <p>Start with {@link org.gansim.api.nn.Tensor} and {@link org.gansim.api.nn.Mlp}. Tensors are
 * double precision and row-major; one row is one example. With {@link org.gansim.api.nn.Precision#FLOAT}
 * on the thread, a network's layers compute in floats inside and hand back doubles. Live tensors, networks and
 * optimizers belong to the training thread; {@link org.gansim.api.nn.FrozenMlp} is the copy
 * other threads may use.
 *
 * <p>As in PyTorch, each backward pass needs its own forward pass: a backward pass reuses the
 * memory of the hidden layers it went through (see {@link org.gansim.api.nn.Tensor#backward()}).
 * Values no gradient will flow through, such as a discriminator step's fake batch, are best
 * computed without a graph: {@link org.gansim.api.nn.Autograd#withoutGraph}.
 *
 * <p>The arithmetic is written here as a textbook writes it ({@link
 * org.gansim.api.nn.ReferenceMatmul}: three nested loops). The fast versions of the same loops
 * (Vector API kernels, register blocking, rows split between two threads) live in the internal
 * package {@code org.gansim.api.nn.fast}, found through {@link org.gansim.api.nn.Backend}; every
 * back end gives the same bits, so a seed trains to the same bytes on any engine ({@link
 * org.gansim.api.nn.Engine} says which one runs).
 */
package org.gansim.api.nn;
