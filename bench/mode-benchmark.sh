#!/usr/bin/env bash
# The mode-collapse benchmark of VEEGAN (Srivastava et al. 2017) and PacGAN (Lin et al. 2018) at
# classroom scale: vanilla, pacgan and wgan-gp at their defaults on the ring (8 Gaussians, radius 1,
# std 0.01) and the grid (25 Gaussians, spacing 2, std 0.05), several seeds each, every run through
# the real jar's `run` command. Prints one table: modes captured (mean ± std over the seeds), the
# share of high-quality samples, the reverse KL, the steps and the wall time of one run.
#
#   bench/mode-benchmark.sh                     # the table of bench/README.md (about 13 minutes)
#   STEPS=30000 SEEDS=10 bench/mode-benchmark.sh
#   VARIANTS="vanilla pacgan" TARGETS=ring PARAMS="model.latent_dim=16" STEPS=3000 bench/mode-benchmark.sh
#
# STEPS is the number of generator steps of a run; WGAN_GP_STEPS overrides it for wgan-gp, whose
# step holds five critic steps with a second-order penalty (about three times a vanilla step's
# time). PARAMS adds --param assignments to every run.
set -euo pipefail
cd "$(dirname "$0")/.."

STEPS="${STEPS:-20000}"
WGAN_GP_STEPS="${WGAN_GP_STEPS:-6000}"
SEEDS="${SEEDS:-5}"
VARIANTS="${VARIANTS:-vanilla pacgan wgan-gp}"
TARGETS="${TARGETS:-ring grid}"
PARAMS="${PARAMS:-}"
SAMPLES=2500

declare -A TARGET_ID=([ring]=ring8 [grid]=grid25)
declare -A TARGET_PARAMS=(
    [ring]="--param target.modes=8 --param target.radius=1 --param target.std=0.01"
    [grid]="--param target.size=5 --param target.spacing=2 --param target.std=0.05"
)

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Builds the jar once, up front, so no run's wall time includes a build.
./gansim --version >/dev/null

echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
started=$(date +%s)
rows=()
for target in $TARGETS; do
    for variant in $VARIANTS; do
        steps=$STEPS
        [ "$variant" = wgan-gp ] && steps=$WGAN_GP_STEPS
        results="$work/$target-$variant.txt"
        : >"$results"
        for seed in $(seq 1 "$SEEDS"); do
            t0=$(date +%s.%N)
            # shellcheck disable=SC2086
            out=$(./gansim run --target "${TARGET_ID[$target]}" --variant "$variant" --steps "$steps" \
                --seed "$seed" --samples "$SAMPLES" --samples-out "$work/samples.csv" ${TARGET_PARAMS[$target]} \
                $(for p in $PARAMS; do printf -- '--param %s ' "$p"; done))
            t1=$(date +%s.%N)
            # "Modes captured: 7 of 8, high-quality samples: 93.1%, reverse KL: 0.0420" (or "undefined ...")
            line=$(grep '^Modes captured:' <<<"$out")
            modes=$(sed -n 's/^Modes captured: \([0-9]*\) of.*/\1/p' <<<"$line")
            of=$(sed -n 's/^Modes captured: [0-9]* of \([0-9]*\),.*/\1/p' <<<"$line")
            hq=$(sed -n 's/.*high-quality samples: \([0-9.]*\)%.*/\1/p' <<<"$line")
            kl=$(sed -n 's/.*reverse KL: \([0-9.]*\)$/\1/p' <<<"$line")
            echo "$modes $of $hq ${kl:-nan} $(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')" >>"$results"
            echo "  $target $variant seed $seed: $line" >&2
        done
        rows+=("$(awk -v t="$target" -v v="$variant" -v s="$steps" '
            { n++; m += $1; mm += $1 * $1; of = $2; hq += $3; time += $5
              if ($4 != "nan") { kl += $4; k++ } }
            END {
                sd = n > 1 ? sqrt((mm - m * m / n) / (n - 1)) : 0
                printf "| %s | %s | %d | %.1f ± %.1f of %d | %.1f%% | %s | %.1f s |", t, v, s, m / n, sd, of, hq / n,
                    k == n ? sprintf("%.3f", kl / k) : k == 0 ? "undefined" : sprintf("%.3f (%d of %d runs)", kl / k, k, n), time / n
            }' "$results")")
    done
done

echo
echo "$SEEDS seeds each, $SAMPLES generated samples per run; reverse KL over the runs with a high-quality sample."
echo "| target | variant | steps | modes captured | high quality | reverse KL | time per run |"
echo "|---|---|---:|---|---:|---:|---:|"
printf '%s\n' "${rows[@]}"
echo
echo "Total $(( $(date +%s) - started )) s; load average $(cut -d' ' -f1-3 /proc/loadavg)"
