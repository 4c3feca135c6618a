#!/usr/bin/env bash
# Mode collapse over time, on seeds 1 to 10: the collapse presets (the vanilla GAN collapses, and the
# cures on the same networks cover the target), measured every eighth of the preset's steps with
# bench/ModeTimeline.java on 2,500 fresh samples. The figures of docs/benchmarks.md.
#
#   bench/collapse-benchmark.sh                         # every collapse preset, seeds 1-10
#   SEEDS="1 5" PRESETS="grid-collapse grid-collapse-pacgan" bench/collapse-benchmark.sh
#   PRESETS=ring-collapse-wgan-gp bench/collapse-benchmark.sh   # WGAN-GP: about 9 minutes for seeds 1-10
#   PRESETS=grid-collapse-wgan-gp bench/collapse-benchmark.sh   # about 25 minutes for seeds 1-10
#
# Each preset runs with its target, variant, steps and values from
# simulator-app/src/main/resources/org/gansim/app/presets/<preset>.properties.
set -euo pipefail
cd "$(dirname "$0")/.."

SEEDS="${SEEDS:-1 10}"
PRESETS="${PRESETS:-ring-collapse ring-collapse-pacgan ring-collapse-wgan-gp grid-collapse grid-collapse-pacgan}"
presets=simulator-app/src/main/resources/org/gansim/app/presets

./gansim --version >/dev/null   # builds the jar once, so no run's time includes a build
echo "Machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for preset in $PRESETS; do
    file="$presets/$preset.properties"
    if [ ! -f "$file" ]; then
        echo "No preset $preset: valid ids are those in $presets/index.txt." >&2
        exit 2
    fi
    target=$(sed -n 's/^target=//p' "$file")
    variant=$(sed -n 's/^variant=//p' "$file")
    steps=$(sed -n 's/^steps=//p' "$file")
    read -r -a params <<<"$(sed -n 's/^params=//p' "$file")"
    every=$(( steps / 8 ))
    echo "== $preset: $variant on $target, $steps steps, modes every $every steps ($(date -u +%T), load average $(cut -d' ' -f1-3 /proc/loadavg))"
    # shellcheck disable=SC2086
    java --add-modules=jdk.incubator.vector -cp simulator-app/target/gansim.jar bench/ModeTimeline.java \
        "$target" "$variant" $SEEDS "$steps" "$every" "${params[@]}" 2> >(grep -v 'incubat' >&2)
done
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
