#!/usr/bin/env bash
# Start-up time of the window: from the start of the process to the first paint of the main window,
# under Xvfb, RUNS times (10); prints each time and the median. Not part of ./mvnw verify.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-10}
JAR=${JAR:-simulator-app/target/gansim.jar}
JAVA=${JAVA:-java}
PROBE=$(mktemp -d)
trap 'rm -rf "$PROBE"' EXIT
[ -f "$JAR" ] || ./mvnw -B -q -ntp -pl simulator-app -am package -DskipTests
javac -d "$PROBE" -cp "$JAR" bench/probe/WindowProbe.java
echo "# $(lscpu | grep 'Model name' | sed 's/ \+/ /g'); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
times=()
for i in $(seq 1 "$RUNS"); do
    ms=$(xvfb-run -a -s '-screen 0 1280x800x24' "$JAVA" --add-modules=jdk.incubator.vector -cp "$JAR:$PROBE" \
        WindowProbe first-paint 2>/dev/null | tail -1)
    echo "run $i: $ms ms"
    times+=("$ms")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {m = NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2;
    printf "median of %d: %d ms (min %d, max %d)\n", NR, m, a[1], a[NR]}'
