#!/usr/bin/env bash
# The mode-collapse benchmark of VEEGAN (Srivastava et al. 2017) and PacGAN (Lin et al. 2018) at
# classroom scale, through `gansim bench modes`: vanilla, pacgan and wgan-gp on the ring (8 Gaussians,
# radius 1, std 0.01) and the grid (25 Gaussians, spacing 2, std 0.05), seeds 1 to 5. Prints the table
# in the layout of the papers' Table 1 (modes captured, mean ± standard error over the seeds; high-quality
# samples; reverse KL) beside the published figures, with the network sizes and steps stated.
#
#   bench/mode-benchmark.sh                                   # the table of bench/README.md
#   STEPS=30000 SEEDS=10 bench/mode-benchmark.sh
#   VARIANTS="vanilla pacgan" TARGETS=ring PARAMS="model.latent_dim=16" STEPS=3000 bench/mode-benchmark.sh
#   bench/mode-benchmark.sh --jobs 1 --format csv             # further options go to `gansim bench modes`
#
# STEPS is the number of generator steps of a run; WGAN_GP_STEPS overrides it for wgan-gp, whose
# step holds five critic steps with a second-order penalty (about three times a vanilla step's
# time). PARAMS adds --param assignments to every run. `./gansim bench modes --help` lists the rest.
set -euo pipefail
cd "$(dirname "$0")/.."

STEPS="${STEPS:-20000}"
WGAN_GP_STEPS="${WGAN_GP_STEPS:-6000}"
SEEDS="${SEEDS:-5}"
VARIANTS="${VARIANTS:-vanilla pacgan wgan-gp}"
TARGETS="${TARGETS:-ring grid}"
PARAMS="${PARAMS:-}"

args=(bench modes --steps "$STEPS" --steps-for "wgan-gp=$WGAN_GP_STEPS" --seeds "1..$SEEDS"
      --variants "$(tr ' ' ',' <<<"$VARIANTS")" --targets "$(tr ' ' ',' <<<"$TARGETS")")
for p in $PARAMS; do
    args+=(--param "$p")
done

echo "Machine: $(nproc) cores ($(lscpu | sed -n 's/^Model name: *//p')), load average $(cut -d' ' -f1-3 /proc/loadavg)"
./gansim "${args[@]}" "$@"
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
