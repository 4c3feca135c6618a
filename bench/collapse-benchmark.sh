#!/usr/bin/env bash
# Mode collapse over time, on seeds 1 to 10: the ring-collapse presets (the vanilla GAN collapses, and
# PacGAN on the same networks covers the ring), measured every few hundred
# steps with bench/ModeTimeline.java on 2,500 fresh samples. The figures of docs/benchmarks.md.
#
#   bench/collapse-benchmark.sh                         # every variant, seeds 1-10 (about an hour, loaded machine)
#   SEEDS="1 5" VARIANTS="vanilla pacgan" bench/collapse-benchmark.sh
#
# Each variant runs with the values of its preset in
# simulator-app/src/main/resources/org/gansim/app/presets/ring-collapse*.properties.
set -euo pipefail
cd "$(dirname "$0")/.."

SEEDS="${SEEDS:-1 10}"
VARIANTS="${VARIANTS:-vanilla pacgan}"
presets=simulator-app/src/main/resources/org/gansim/app/presets

./gansim --version >/dev/null   # builds the jar once, so no run's time includes a build
echo "Machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for variant in $VARIANTS; do
    preset=ring-collapse
    [ "$variant" != vanilla ] && preset="ring-collapse-$variant"
    file="$presets/$preset.properties"
    steps=$(sed -n 's/^steps=//p' "$file")
    read -r -a params <<<"$(sed -n 's/^params=//p' "$file")"
    every=$(( steps / 8 ))
    echo "== $preset: $variant, $steps steps, modes every $every steps"
    # shellcheck disable=SC2086
    java --add-modules=jdk.incubator.vector -cp simulator-app/target/gansim.jar bench/ModeTimeline.java \
        ring8 "$variant" $SEEDS "$steps" "$every" "${params[@]}" 2> >(grep -v 'incubat' >&2)
done
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
