#!/usr/bin/env python3
"""The unrolled GAN's training step in PyTorch, for side-by-side comparison with GanSim's preset
ring-unrolled-minute (the workload of `gansim run --preset ring-unrolled-minute`).

Same step as GanSim's UnrolledGan: ring of 8 Gaussians (radius 1, std 0.01); generator
2 -> 128 -> 128 -> 2 on uniform noise in [-1, 1], discriminator 2 -> 32 -> 32 -> 1, ReLU; batch 64;
Adam with beta1 0.5 and beta2 0.999 at 1e-3 for both. One discriminator step (BCE with logits on a
real batch and a fake batch made without a graph), then one generator step: K = 5 Adam steps of D
on that real batch and G's fresh samples are unrolled on the graph (create_graph=True, so G's
gradient flows back through them, the paper's method), continuing the real D optimizer's moments,
and G descends the negated D loss against the unrolled weights. Written the way PyTorch users write
it: D as a function of a list of weight tensors, torch.autograd.grad for the unrolled steps.

usage: reference_unrolled.py [WARMUP_SECONDS] [TIMED_SECONDS] [--float32] [--threads=N] [--k=K]
       reference_unrolled.py --check=STEPS [--seed=S] [--float32]

--check trains STEPS steps instead of timing them and prints the modes captured and the
high-quality share of 2,500 samples (within 3 std of a mode), as GanSim scores the ring: evidence
that this step trains the same GAN, not only that it costs what it costs.
"""
import math
import sys

import torch
import torch.nn.functional as F

from reference_iteration import measure

BATCH = 64
LR = 1e-3
BETAS = (0.5, 0.999)
EPS = 1e-8


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    warmup = float(args[0]) if len(args) > 0 else 3.0
    timed = float(args[1]) if len(args) > 1 else 6.0
    dtype = torch.float32 if "--float32" in sys.argv else torch.float64
    threads = [int(a.split("=")[1]) for a in sys.argv if a.startswith("--threads=")]
    unrolling = [int(a.split("=")[1]) for a in sys.argv if a.startswith("--k=")]
    k = unrolling[0] if unrolling else 5
    check = [int(a.split("=")[1]) for a in sys.argv if a.startswith("--check=")]
    seed = [int(a.split("=")[1]) for a in sys.argv if a.startswith("--seed=")]
    torch.set_num_threads(threads[0] if threads else 2)
    torch.manual_seed(seed[0] if seed else 1234)

    def layer(fan_in, fan_out):
        linear = torch.nn.Linear(fan_in, fan_out).to(dtype)
        return [linear.weight.detach().requires_grad_(), linear.bias.detach().requires_grad_()]

    generator = layer(2, 128) + layer(128, 128) + layer(128, 2)
    discriminator = layer(2, 32) + layer(32, 32) + layer(32, 1)
    g_opt = torch.optim.Adam(generator, lr=LR, betas=BETAS, eps=EPS)
    d_opt = torch.optim.Adam(discriminator, lr=LR, betas=BETAS, eps=EPS)

    def mlp(weights, x):
        for i in range(0, len(weights) - 2, 2):
            x = F.relu(F.linear(x, weights[i], weights[i + 1]))
        return F.linear(x, weights[-2], weights[-1])

    angles = torch.tensor([2 * math.pi * i / 8 for i in range(8)], dtype=dtype)
    centres = torch.stack([torch.cos(angles), torch.sin(angles)], dim=1)
    ones = torch.ones(BATCH, 1, dtype=dtype)
    zeros = torch.zeros(BATCH, 1, dtype=dtype)

    def d_loss(weights, real, fake):
        return (F.binary_cross_entropy_with_logits(mlp(weights, real), ones)
                + F.binary_cross_entropy_with_logits(mlp(weights, fake), zeros))

    def unroll(real, fake):
        """D's weights after k Adam steps that continue d_opt's moments, on the graph."""
        weights = list(discriminator)
        states = [d_opt.state[w] for w in discriminator]
        m = [s["exp_avg"].clone() for s in states]
        v = [s["exp_avg_sq"].clone() for s in states]
        t0 = int(states[0]["step"])
        for step in range(1, k + 1):
            grads = torch.autograd.grad(d_loss(weights, real, fake), weights, create_graph=True)
            t = t0 + step
            for i, g in enumerate(grads):
                m[i] = BETAS[0] * m[i] + (1 - BETAS[0]) * g
                v[i] = BETAS[1] * v[i] + (1 - BETAS[1]) * g * g
                m_hat = m[i] / (1 - BETAS[0] ** t)
                v_hat = v[i] / (1 - BETAS[1] ** t)
                weights[i] = weights[i] - LR * m_hat / (torch.sqrt(v_hat + 1e-30) + EPS)
        return weights

    def step():
        real = centres[torch.randint(0, 8, (BATCH,))] + 0.01 * torch.randn(BATCH, 2, dtype=dtype)
        noise = torch.rand(BATCH, 2, dtype=dtype) * 2 - 1
        second_noise = torch.rand(BATCH, 2, dtype=dtype) * 2 - 1

        with torch.no_grad():
            fake = mlp(generator, noise)
        d_opt.zero_grad()
        loss = d_loss(discriminator, real, fake)
        loss.backward()
        d_opt.step()

        g_opt.zero_grad()
        fake = mlp(generator, second_noise)
        g_loss = -d_loss(unroll(real, fake), real, fake)
        g_loss.backward(inputs=generator)
        g_opt.step()
        return loss.item() + g_loss.item()

    if check:
        for _ in range(check[0]):
            step()
        with torch.no_grad():
            samples = mlp(generator, torch.rand(2500, 2, dtype=dtype) * 2 - 1)
        distances, nearest = torch.cdist(samples, centres).min(dim=1)
        sharp = distances <= 3 * 0.01
        print(f"pytorch unrolled k={k} steps={check[0]} modes={len(set(nearest[sharp].tolist()))}/8 "
              f"high_quality={100 * sharp.double().mean().item():.1f}%")
        return
    rates = measure(step, warmup, timed, 5)
    print(f"pytorch unrolled k={k} iterations/s={rates[-1]:.1f} median={rates[1]:.1f} "
          f"(torch {torch.__version__}, {torch.get_num_threads()} threads, {str(dtype)[6:]})")


if __name__ == "__main__":
    main()
