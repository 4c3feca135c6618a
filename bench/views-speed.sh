#!/usr/bin/env bash
# The views' speed while training at full speed, in a real window under Xvfb: the data space with
# every layer on at the defaults and three more views open (losses, D's verdicts, the diagram).
# Prints the headless training rate, the windowed rate and their ratio, the data space's frames per
# second and the worst stall of the Swing thread (a task posted every 10 ms, its longest wait).
# Then the CPU time of each group of threads (training, swing, view workers, matmul helpers, the X
# server) and of each view (per paint, and per second in paint and in show): on a shared machine the
# wall-clock figures follow the other users' load, CPU time much less, so compare builds by it.
# Needs the app jar: ./mvnw -pl simulator-app -am package -DskipTests
# Another build: JAR=/tmp/other.jar bench/views-speed.sh (alternate runs of the two to compare).
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_PHASE=${SECONDS_PER_PHASE:-20}
TARGET=${TARGET:-ring8}
VARIANT=${VARIANT:-vanilla}
lscpu | grep -m1 'Model name' || true
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
xvfb-run -a -s '-screen 0 1400x900x24' java --add-modules=jdk.incubator.vector -cp "${JAR:-simulator-app/target/gansim.jar}" ${JAVA_OPTS:-} \
    bench/views/ViewsHarness.java bench "$TARGET" "$VARIANT" "$SECONDS_PER_PHASE" \
    scatter loss-chart d-verdicts architecture 2>&1 | grep -v -i 'warning'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
