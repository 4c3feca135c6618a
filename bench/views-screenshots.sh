#!/usr/bin/env bash
# Screenshots of every view in a real window under Xvfb: on the ring of eight Gaussians and on a
# 1-D target, after a few hundred training steps. Needs the app jar: ./mvnw -pl simulator-app -am package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${OUT:-/tmp/gansim-shots}
STEPS=${STEPS:-1500}
mkdir -p "$OUT"
CP="${JAR:-simulator-app/target/gansim.jar}"
run() { xvfb-run -a -s '-screen 0 1400x1300x24' java --add-modules=jdk.incubator.vector -cp "$CP" \
          bench/views/ViewsHarness.java shot "$@" 2>&1 | grep -v WARNING; }
run ring8 vanilla "$STEPS" "$OUT/ring8-views.png" scatter architecture loss-chart d-verdicts metrics mode-occupancy d-histogram
run "${TARGET_1D:-bimodal-1d}" vanilla "$STEPS" "$OUT/1d-views.png" scatter architecture loss-chart d-verdicts metrics d-histogram
