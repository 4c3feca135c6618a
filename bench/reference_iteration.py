#!/usr/bin/env python3
"""The reference GAN iteration in PyTorch, for side-by-side comparison with GanSim.

Same workload as org.gansim.bench.ReferenceIteration: ring of 8 Gaussians (radius 2, std 0.02),
generator 2 -> h -> h -> 2 and discriminator 2 -> h -> h -> 1 with ReLU, Adam (lr 1e-3, betas
0.9 and 0.999) for both, one discriminator step (BCE with logits) on a real batch and on a fake
batch made without a graph (torch.no_grad), then one generator step with the non-saturating loss
on fresh noise whose backward pass reaches the generator's parameters only. float64, like GanSim.

usage: reference_iteration.py HIDDEN BATCH [WARMUP_SECONDS] [TIMED_SECONDS] [--float32] [--threads=N]
"""
import math
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    hidden = int(args[0]) if len(args) > 0 else 64
    batch = int(args[1]) if len(args) > 1 else 256
    warmup = float(args[2]) if len(args) > 2 else 3.0
    timed = float(args[3]) if len(args) > 3 else 5.0
    dtype = torch.float32 if "--float32" in sys.argv else torch.float64
    threads = [int(a.split("=")[1]) for a in sys.argv if a.startswith("--threads=")]
    torch.set_num_threads(threads[0] if threads else 2)
    torch.manual_seed(1234)

    def mlp(out):
        return nn.Sequential(nn.Linear(2, hidden), nn.ReLU(), nn.Linear(hidden, hidden), nn.ReLU(),
                             nn.Linear(hidden, out)).to(dtype)

    generator, discriminator = mlp(2), mlp(1)
    g_opt = torch.optim.Adam(generator.parameters(), lr=1e-3, betas=(0.9, 0.999))
    d_opt = torch.optim.Adam(discriminator.parameters(), lr=1e-3, betas=(0.9, 0.999))
    g_params = list(generator.parameters())
    angles = torch.tensor([2 * math.pi * i / 8 for i in range(8)], dtype=dtype)
    centres = torch.stack([2 * torch.cos(angles), 2 * torch.sin(angles)], dim=1)
    ones = torch.ones(batch, 1, dtype=dtype)
    zeros = torch.zeros(batch, 1, dtype=dtype)

    def step():
        real = centres[torch.randint(0, 8, (batch,))] + 0.02 * torch.randn(batch, 2, dtype=dtype)
        noise = torch.randn(batch, 2, dtype=dtype)
        second_noise = torch.randn(batch, 2, dtype=dtype)

        with torch.no_grad():
            fake = generator(noise)
        d_opt.zero_grad()
        d_loss = (F.binary_cross_entropy_with_logits(discriminator(real), ones)
                  + F.binary_cross_entropy_with_logits(discriminator(fake), zeros))
        d_loss.backward()
        d_opt.step()

        g_opt.zero_grad()
        g_loss = F.binary_cross_entropy_with_logits(discriminator(generator(second_noise)), ones)
        g_loss.backward(inputs=g_params)
        g_opt.step()
        return d_loss.item() + g_loss.item()

    rates = measure(step, warmup, timed, 10)
    print(f"pytorch hidden={hidden} batch={batch} iterations/s={rates[-1]:.1f} median={rates[1]:.1f} "
          f"(torch {torch.__version__}, {torch.get_num_threads()} threads, {str(dtype)[6:]})")


def measure(step, warmup, timed, chunk):
    """Steps per second of step(): warm-up, then three rounds of timed / 3 seconds, sorted, so that
    the last is the best (the least disturbed on a shared machine) and the middle the median."""
    def run(seconds):
        start = time.perf_counter()
        count = 0
        while True:
            for _ in range(chunk):
                step()
            count += chunk
            now = time.perf_counter()
            if now - start >= seconds:
                return count / (now - start)

    run(warmup)
    return sorted(run(timed / 3) for _ in range(3))


if __name__ == "__main__":
    main()
