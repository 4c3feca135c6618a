#!/usr/bin/env bash
# Runs GanSim's reference GAN iteration and the same iteration in PyTorch side by side, for the
# reference net (hidden 64, batch 256) and a GAN Lab-sized one (hidden 8, batch 150), and prints
# both rates and their ratio. Takes about a minute and a half.
#
#   bench/compare-pytorch.sh [warm-up seconds] [timed seconds]
#
# PyTorch runs in float64 like GanSim, with OPENBLAS_NUM_THREADS=1 and torch.set_num_threads(2);
# a float32 PyTorch run of the reference net is printed too, for reference.
set -euo pipefail
cd "$(dirname "$0")/.."
WARMUP="${1:-3}"
TIMED="${2:-6}"
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

echo "Building the engine and the benchmarks (./mvnw package, tests skipped)..."
./mvnw -B -q -ntp -DskipTests package -pl bench -am
CLASSPATH="bench/target/bench-0.1.0-SNAPSHOT.jar:simulator-api/target/simulator-api-0.1.0-SNAPSHOT.jar"

echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
gansim() {
    java --add-modules jdk.incubator.vector -cp "$CLASSPATH" org.gansim.bench.ReferenceIterationRate \
        "$1" "$WARMUP" "$TIMED" 2>/dev/null
}
pytorch() {
    OPENBLAS_NUM_THREADS=1 "$PYTHON" bench/reference_iteration.py "$@" "$WARMUP" "$TIMED"
}
rate() {
    sed -n 's/.*iterations\/s=\([0-9.]*\).*/\1/p'
}

printf '\n%-28s %14s %14s %8s\n' "workload" "GanSim it/s" "PyTorch it/s" "ratio"
for size in REFERENCE:64:256 GAN_LAB:8:150; do
    IFS=: read -r name hidden batch <<<"$size"
    java_line=$(gansim "$name")
    torch_line=$(pytorch "$hidden" "$batch")
    echo "  $java_line" >&2
    echo "  $torch_line" >&2
    g=$(rate <<<"$java_line")
    t=$(rate <<<"$torch_line")
    printf '%-28s %14s %14s %7.2fx\n' "$name (h=$hidden, b=$batch)" "$g" "$t" "$(awk -v g="$g" -v t="$t" 'BEGIN { print g / t }')"
done
torch32=$(pytorch 64 256 --float32)
echo "  $torch32" >&2
printf '%-28s %14s %14s\n' "REFERENCE, PyTorch float32" "-" "$(rate <<<"$torch32")"
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
