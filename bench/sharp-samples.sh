#!/usr/bin/env bash
# Sharp samples at the defaults: one variant at its own defaults (the moving average of G's weights
# included) on the ring benchmark (8 Gaussians of std 0.01 on a circle of radius 1) or the grid (the
# grid25 defaults: 5 x 5 Gaussians of std 0.05, spacing 2), seeds 1 to 10. Each seed runs in a JVM of
# its own, so each pays its own warm-up, as a class's first run does. Every EVERY steps it prints the
# modes captured and the high-quality share of the average and of the live generator (2,500 samples
# each, bench/AverageVsLive.java), the seconds since the run started and the steps per second.
#
#   bench/sharp-samples.sh ring vanilla 25000 5000
#   SEEDS="1 6" bench/sharp-samples.sh grid pacgan 30000 10000
#   PARAMS="variant.g_average=0.9999" bench/sharp-samples.sh ring hinge 25000 5000
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -ne 4 ]; then
    echo "Usage: bench/sharp-samples.sh ring|grid VARIANT STEPS EVERY" >&2
    exit 2
fi
case "$1" in
    ring) target=ring8; params=(target.radius=1 target.std=0.01) ;;
    grid) target=grid25; params=() ;;
    *) echo "The target must be ring or grid, got '$1'" >&2; exit 2 ;;
esac
variant="$2" steps="$3" every="$4"
SEEDS="${SEEDS:-1 2 3 4 5 6 7 8 9 10}"
for p in ${PARAMS:-}; do
    params+=("$p")
done

echo "Machine: $(nproc) cores ($(lscpu | sed -n 's/^Model name: *//p')), load average $(cut -d' ' -f1-3 /proc/loadavg)"
for seed in $SEEDS; do
    java --add-modules=jdk.incubator.vector -cp simulator-app/target/gansim.jar bench/AverageVsLive.java \
        "$target" "$variant" "$seed" "$seed" "$steps" "$every" default "${params[@]}" 2> >(grep -v 'incubat' >&2)
    echo "  load average $(cut -d' ' -f1-3 /proc/loadavg)"
done
