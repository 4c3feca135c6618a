#!/usr/bin/env bash
# Runs GanSim's reference GAN iteration and the same iteration in PyTorch side by side, for the
# reference net (hidden 64, batch 256) and a GAN Lab-sized one (hidden 8, batch 150), and prints
# both rates and their ratio. Takes about five minutes.
#
#   bench/compare-pytorch.sh [warm-up seconds] [timed seconds]
#
# PyTorch runs in float64 like GanSim, with OPENBLAS_NUM_THREADS=1 and torch.set_num_threads(2).
# For reference it also runs the reference net in float32 and on one thread. Each engine warms
# up, then times three rounds and reports the best (and the median): on a shared machine the
# best round is the least disturbed one. Watch the load average printed before and after.
set -euo pipefail
cd "$(dirname "$0")/.."
# Ten seconds of warm-up: the JIT takes several seconds to settle on the vector kernels, and with
# four GanSim's rate varied by a quarter from one run to the next.
WARMUP="${1:-10}"
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
ratio() {
    awk -v g="$1" -v t="$2" 'BEGIN { printf "%.2fx", g / t }'
}

# The better of two runs, each in a fresh process: now and then a whole JVM run of GanSim is a
# quarter slower than the others (the main thread itself takes longer per iteration), and a
# fresh process is the only cure. PyTorch gets the same treatment. The runs alternate, so that
# both engines see the same moments of a shared machine.
better() {
    if awk -v a="$(rate <<<"$1")" -v b="$(rate <<<"$2")" 'BEGIN { exit !(a >= b) }'; then
        echo "$1"
    else
        echo "$2"
    fi
}

rows=()
for size in REFERENCE:64:256 GAN_LAB:8:150; do
    IFS=: read -r name hidden batch <<<"$size"
    java_lines=()
    torch_lines=()
    for run in 1 2; do
        java_lines+=("$(gansim "$name")")
        echo "  ${java_lines[-1]}"
        torch_lines+=("$(pytorch "$hidden" "$batch")")
        echo "  ${torch_lines[-1]}"
    done
    g=$(rate <<<"$(better "${java_lines[0]}" "${java_lines[1]}")")
    t=$(rate <<<"$(better "${torch_lines[0]}" "${torch_lines[1]}")")
    rows+=("$(printf '%-34s %12s %13s %8s' "$name (hidden $hidden, batch $batch)" "$g" "$t" "$(ratio "$g" "$t")")")
    if [ "$name" = REFERENCE ]; then
        reference_gansim=$g
    fi
done
for variant in "--float32" "--threads=1"; do
    first=$(pytorch 64 256 "$variant")
    echo "  $first"
    second=$(pytorch 64 256 "$variant")
    echo "  $second"
    t=$(rate <<<"$(better "$first" "$second")")
    rows+=("$(printf '%-34s %12s %13s %8s' "REFERENCE vs PyTorch $variant" "$reference_gansim" "$t" \
        "$(ratio "$reference_gansim" "$t")")")
done

printf '\n%-34s %12s %13s %8s\n' "iteration (best of 2 x 3 rounds)" "GanSim it/s" "PyTorch it/s" "ratio"
printf '%s\n' "${rows[@]}"
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
