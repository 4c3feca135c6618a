#!/usr/bin/env bash
# The ceiling of one core, as the comparison scripts quote it beside their figures: JMH's
# FmaPeakBenchmark, twelve independent chains of FMAs, 96,000 flops per operation with 256-bit
# vectors (so GFLOP/s = 96 / microseconds), 192,000 with 512-bit ones (where the CPU has them; the
# engine uses the widest). Vector code runs interpreted until the JIT has compiled it, which on a
# loaded machine takes several seconds: long warm-up, and the best of five iterations counts.
# Prints one line; needs bench/target/benchmarks.jar (./mvnw package -pl bench -am).
#
#   bench/fma-peak.sh
set -uo pipefail
cd "$(dirname "$0")/.."
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
java -jar bench/target/benchmarks.jar FmaPeakBenchmark -f 1 -wi 6 -w 2 -i 5 -r 1 -tu us -bm avgt \
    -rf json -rff "$out" >/dev/null 2>&1
python3 -c 'import json, sys
runs = json.load(open(sys.argv[1]))
width = {"twelveChains": (256, 96), "twelveChainsOf512Bits": (512, 192)}  # bits, kflop per op
lines = []
for r in runs:
    bits, kflop = width[r["benchmark"].rsplit(".", 1)[1]]
    lines.append("%d-bit %.1f GFLOP/s (best of 5 one-second iterations; mean %.1f)" % (
        bits, kflop / min(r["primaryMetric"]["rawData"][0]), kflop / r["primaryMetric"]["score"]))
print("; ".join(lines))' "$out" 2>/dev/null || echo "not measured (JMH failed)"
