#!/usr/bin/env bash
# GanSim beside PyTorch on the reference iteration (ring of 8 Gaussians, G 2-64-64-2 and D
# 2-64-64-1 with ReLU, batch 256, Adam lr 1e-3, one D step and one G step), measured three ways:
#
#   - the real command, as a user runs it: `gansim run` for LONG steps minus `gansim run` for SHORT
#     steps, so that start-up, plugin loading, JIT warm-up and writing the samples cancel and what
#     is left is the steady state of training (history, metrics and all). Once through `./gansim`
#     (the launcher: --add-modules on the command line) and once through a bare `java -jar
#     gansim.jar` (which starts itself again with the Vector API module);
#   - the engine alone: org.gansim.bench.ReferenceIterationRate, the same iteration in a loop;
#   - PyTorch (Debian's python3-torch) in float32, its default and GanSim's (train.precision=float),
#     and in float64, as GanSim with train.precision=double.
#
# Every measurement runs twice, in fresh processes, all of them alternating so that each sees the
# same moments of a shared machine; the better of the two counts. Prints the CPU model, the core
# count, the load average and the FMA peak of one core measured by the JMH probe
# (FmaPeakBenchmark), and the ratios. Takes about eight minutes.
#
#   bench/compare-pytorch.sh [LONG_STEPS] [SHORT_STEPS] [warm-up seconds] [timed seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
LONG="${1:-9000}"
SHORT="${2:-1000}"
# Ten seconds of warm-up for the loops that time themselves: the JIT takes several seconds to
# settle on the vector kernels.
WARMUP="${3:-10}"
TIMED="${4:-6}"
PYTHON=/usr/bin/python3

missing=()
for pkg in python3-torch libopenblas0-pthread; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing missing packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi

if [ -z "${SKIP_BUILD:-}" ]; then
    echo "Building the app and the benchmarks (./mvnw package, tests skipped)..."
    ./mvnw -B -q -ntp -DskipTests package -pl simulator-app,bench -am
fi
JAR=simulator-app/target/gansim.jar
CLASSPATH="bench/target/bench-0.1.0-SNAPSHOT.jar:simulator-api/target/simulator-api-0.1.0-SNAPSHOT.jar"
OUT="$(mktemp -d)"
# shellcheck source=bench/compare-lib.sh
source bench/compare-lib.sh
trap 'rm -rf "$OUT"' EXIT

echo "CPU: $(lscpu | sed -n 's/^Model name: *//p' | head -1)"
echo "Cores: $(nproc); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

fma=$(bench/fma-peak.sh)
echo "FMA peak (JMH FmaPeakBenchmark, one core): $fma"
echo "Engine: $(java --add-modules=jdk.incubator.vector -jar "$JAR" run --steps 1 --samples 1 \
    --samples-out "$OUT/probe.csv" 2>&1 >/dev/null | sed -n 's/^GanSim: //p' | head -1)"

RUN_ARGS=(run --target ring8 --variant vanilla --seed 1 --samples 1 --samples-out "$OUT/samples.csv"
    --param variant.optimizer=adam --param variant.lr_d=1e-3 --param variant.lr_g=1e-3
    --param variant.beta1=0.9 --param variant.beta2=0.999
    --param model.g_hidden=64,64 --param model.d_hidden=64,64 --param model.latent_dim=2
    --param train.batch=256 --param train.d_steps=1)

engine_rate() {
    java --add-modules jdk.incubator.vector -cp "$CLASSPATH" org.gansim.bench.ReferenceIterationRate \
        REFERENCE "$WARMUP" "$TIMED" "$@" 2>/dev/null | sed -n 's/.*iterations\/s=\([0-9.]*\).*/\1/p'
}
torch_rate() {
    OPENBLAS_NUM_THREADS=1 "$PYTHON" bench/reference_iteration.py 64 256 "$WARMUP" "$TIMED" "$@" \
        | sed -n 's/.*iterations\/s=\([0-9.]*\).*/\1/p'
}

# Each GanSim row twice: at the default precision (the layers in floats, as PyTorch's float32) and
# with train.precision=double (doubles everywhere, as PyTorch's float64).
DOUBLE_ARGS=(--param train.precision=double)
rate_of() {
    case "$1" in
        launcher | bare) command_rate "$1" ;;
        launcher-double | bare-double) command_rate "${1%-double}" "${DOUBLE_ARGS[@]}" ;;
        engine) engine_rate --float ;;
        engine-double) engine_rate ;;
        torch32) torch_rate --float32 ;;
        torch64) torch_rate ;;
    esac
}
declare -A best
measure_rounds it/s launcher bare engine launcher-double bare-double engine-double torch32 torch64

print_table 48 "GanSim, reference iteration (best of 2)" it/s \
    "launcher:./gansim run ($LONG - $SHORT steps)" "bare:java -jar gansim.jar run ($LONG - $SHORT steps)" \
    "engine:engine alone, float (--float)" \
    "launcher-double:./gansim run, train.precision=double" "bare-double:java -jar gansim.jar run, double" \
    "engine-double:engine alone, double"
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
