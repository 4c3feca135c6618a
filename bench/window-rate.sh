#!/usr/bin/env bash
# Training in the window against training headless, on the paths users take: the real main window
# (under Xvfb, the views named in VIEWS shown, Play pressed; bench/probe/WindowProbe.java `rate`),
# started with the JVM options the app gives its window (WindowJvm), and `gansim run` with the same
# target and variant at their defaults (steady state: LONG steps minus SHORT steps, so start-up and
# warm-up cancel). Prints both rates, their ratio, the data space's paints per second and the
# longest wait of a task posted to the Swing thread every 10 ms. Alternates ROUNDS times.
# Needs the app jar: ./mvnw -pl simulator-app -am package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-simulator-app/target/gansim.jar}
WATCH_S=${WATCH_S:-30}
ROUNDS=${ROUNDS:-2}
LONG=${LONG:-24000}
SHORT=${SHORT:-4000}
VIEWS=${VIEWS:-scatter loss-chart d-verdicts architecture}
# The JVM options the app gives its window's process (WindowJvm, and the gansim script).
WINDOW_OPTS=${WINDOW_OPTS:--XX:+UseSerialGC -Xms128m -Xmn64m -XX:SurvivorRatio=2 -XX:MetaspaceSize=64m -XX:CompileThresholdScaling=3}
PROBE=$(mktemp -d)
trap 'rm -rf "$PROBE"' EXIT
javac -d "$PROBE" -cp "$JAR" bench/probe/WindowProbe.java 2>/dev/null

echo "# $(lscpu | grep -m1 'Model name' | sed 's/ \+/ /g'); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# views: $VIEWS; window watched for $WATCH_S s after $((WATCH_S / 3)) s of warm-up; headless $LONG - $SHORT steps"

run_seconds() { # steps -> wall seconds of `gansim run` (ring8, vanilla, their defaults)
    local start end
    start=$(date +%s%N)
    java --add-modules=jdk.incubator.vector -jar "$JAR" run --target ring8 --variant vanilla --seed 1 \
        --steps "$1" --samples 1 --samples-out "$PROBE/s.csv" >/dev/null 2>&1
    end=$(date +%s%N)
    echo "scale=3; ($end - $start) / 1000000000" | bc
}

for round in $(seq 1 "$ROUNDS"); do
    long=$(run_seconds "$LONG")
    short=$(run_seconds "$SHORT")
    headless=$(echo "scale=1; ($LONG - $SHORT) / ($long - $short)" | bc)
    # shellcheck disable=SC2086 # options and views are words
    window=$(xvfb-run -a -s '-screen 0 1280x800x24' java --add-modules=jdk.incubator.vector $WINDOW_OPTS \
        -cp "$JAR:$PROBE" WindowProbe rate "$WATCH_S" $VIEWS 2>/dev/null | grep '^window training')
    rate=$(echo "$window" | sed -E 's/window training: ([0-9]+) steps.*/\1/')
    echo "round $round: headless run $headless steps/s; $window; window/headless $(echo "scale=2; $rate / $headless" | bc)"
done
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"
