#!/usr/bin/env bash
# GanSim's unrolled GAN beside PyTorch's: the workload of the preset ring-unrolled-minute (G
# 2-128-128-2 on uniform noise, D 2-32-32-1, ReLU, batch 64, K = 5 Adam steps of D unrolled with G's
# gradient through them, Adam at 1e-3 with beta1 0.5), measured as users meet it:
#
#   - GanSim: `gansim run --preset ring-unrolled-minute` for LONG steps minus SHORT steps, so that
#     start-up, plugin loading, JIT warm-up and writing the samples cancel and what is left is the
#     steady state of training (G's moving average, history and metrics included); once through
#     `./gansim` and once through a bare `java -jar gansim.jar`; and with train.precision=double;
#   - PyTorch (Debian's python3-torch): bench/reference_unrolled.py, the same step written as
#     PyTorch users write it, in float32 (its default) and float64.
#
# GanSim takes the unrolled steps' gradients of gradients in doubles at either precision (README,
# "Precision"); the precision setting changes its ordinary layers only.
#
# Every measurement runs twice, in fresh processes, alternating; the better of the two counts.
# Prints the CPU model, the core count, the load average, the FMA peak of one core (JMH probe) and
# the ratios. Takes about five minutes.
#
#   bench/compare-pytorch-unrolled.sh [LONG_STEPS] [SHORT_STEPS] [warm-up seconds] [timed seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
LONG="${1:-6000}"
SHORT="${2:-1000}"
WARMUP="${3:-5}"
TIMED="${4:-9}"
PYTHON=/usr/bin/python3

if ! dpkg -s python3-torch >/dev/null 2>&1; then
    echo "Installing python3-torch"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-torch libopenblas0-pthread
fi
if [ -z "${SKIP_BUILD:-}" ]; then
    echo "Building the app and the benchmarks (./mvnw package, tests skipped)..."
    ./mvnw -B -q -ntp -DskipTests package -pl simulator-app,bench -am
fi
JAR=simulator-app/target/gansim.jar
OUT="$(mktemp -d)"
# shellcheck source=bench/compare-lib.sh
source bench/compare-lib.sh
trap 'rm -rf "$OUT"' EXIT

echo "CPU: $(lscpu | sed -n 's/^Model name: *//p' | head -1)"
echo "Cores: $(nproc); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "FMA peak (JMH FmaPeakBenchmark, one core): $(bench/fma-peak.sh)"

RUN_ARGS=(run --preset ring-unrolled-minute --seed 1 --samples 1 --samples-out "$OUT/samples.csv")

torch_rate() {
    OPENBLAS_NUM_THREADS=1 "$PYTHON" bench/reference_unrolled.py "$WARMUP" "$TIMED" "$@" \
        | sed -n 's/.*iterations\/s=\([0-9.]*\).*/\1/p'
}
rate_of() {
    case "$1" in
        launcher | bare) command_rate "$1" ;;
        bare-double) command_rate bare --param train.precision=double ;;
        torch32) torch_rate --float32 ;;
        torch64) torch_rate ;;
    esac
}
declare -A best
measure_rounds steps/s launcher bare bare-double torch32 torch64

print_table 52 "Unrolled GAN, K = 5 (best of 2)" steps/s \
    "launcher:./gansim run --preset ring-unrolled-minute" \
    "bare:java -jar gansim.jar run --preset ring-unrolled-minute" \
    "bare-double:the same, train.precision=double"
echo "($LONG - $SHORT steps for GanSim; PyTorch: $WARMUP s warm-up, then the best of three rounds of $TIMED s in all)"
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
