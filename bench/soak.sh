#!/usr/bin/env bash
# Long-run check: trains for a long time headless and in the window (under Xvfb, every view on) and
# samples the JVM every INTERVAL seconds: heap in use after a full GC, live threads, open file
# descriptors, resident memory. Not part of ./mvnw verify.
#
#   bench/soak.sh                       # 1 h headless, then 10 min in the window
#   HEADLESS_S=600 WINDOW_S=300 bench/soak.sh
#
# Prints one CSV block per phase (elapsed_s,heap_after_gc_kb,threads,fds,rss_kb) and a summary line:
# heap growth from the first sample after warm-up to the last, thread and descriptor growth.
set -euo pipefail
cd "$(dirname "$0")/.."

HEADLESS_S=${HEADLESS_S:-3600}
WINDOW_S=${WINDOW_S:-600}
INTERVAL=${INTERVAL:-30}
JAR=${JAR:-simulator-app/target/gansim.jar}
JAVA=${JAVA:-java}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

[ -f "$JAR" ] || ./mvnw -B -q -ntp -pl simulator-app -am package -DskipTests

echo "# $(lscpu | grep 'Model name' | sed 's/ \+/ /g'); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"

heap_after_gc_kb() {
    jcmd "$1" GC.run >/dev/null 2>&1 || return 1
    # "garbage-first heap   total 262144K, used 12345K" (or the line of another collector)
    jcmd "$1" GC.heap_info 2>/dev/null | grep -m1 -o 'used [0-9]*K' | grep -o '[0-9]*'
}

sample() { # pid phase start
    local pid=$1 start=$3
    local heap threads fds rss
    heap=$(heap_after_gc_kb "$pid") || return 1
    threads=$(ls "/proc/$pid/task" | wc -l)
    fds=$(ls "/proc/$pid/fd" | wc -l)
    rss=$(grep VmRSS "/proc/$pid/status" | grep -o '[0-9]*')
    echo "$(( $(date +%s) - start )),$heap,$threads,$fds,$rss"
}

watch_pid() { # pid seconds phase -> CSV on stdout, summary on stderr
    local pid=$1 seconds=$2 phase=$3 start
    start=$(date +%s)
    echo "## $phase: elapsed_s,heap_after_gc_kb,threads,fds,rss_kb"
    : > "$OUT/$phase.csv"
    while kill -0 "$pid" 2>/dev/null && [ $(( $(date +%s) - start )) -lt "$seconds" ]; do
        sleep "$INTERVAL"
        sample "$pid" "$phase" "$start" | tee -a "$OUT/$phase.csv" || break
    done
    # first sample after a warm-up of two intervals, against the last
    awk -F, -v phase="$phase" 'NR==1 {next} NR==2 {h0=$2; t0=$3; f0=$4} {h=$2; t=$3; f=$4; r=$5}
        END { if (NR < 3) { print phase ": too short to compare"; exit }
              printf "%s: heap after GC %d KB -> %d KB (%+.1f%%), threads %d -> %d, fds %d -> %d, RSS at the end %d MB\n",
                     phase, h0, h, 100 * (h - h0) / h0, t0, t, f0, f, r / 1024 }' "$OUT/$phase.csv" | tee -a "$OUT/summary"
}

# Headless: ring8 / vanilla, one generator step after another, metrics every 100,000 steps on disk
# (every 10 would not fit on the disk for 10^11 steps, and run refuses it up front).
"$JAVA" --add-modules=jdk.incubator.vector -jar "$JAR" run --target ring8 --variant vanilla \
    --steps 99999999999 --seed 1 --samples 100 --samples-out "$OUT/s.csv" --metrics-out "$OUT/m.csv" \
    --log-every 100000 \
    >"$OUT/headless.out" 2>&1 &
pid=$!
watch_pid "$pid" "$HEADLESS_S" headless
kill -TERM "$pid" 2>/dev/null || true
wait "$pid" || echo "headless run ended with status $? (143 expected after SIGTERM)"

# The window, under Xvfb, every view on, playing.
PROBE=$OUT/probe
mkdir -p "$PROBE"
javac -d "$PROBE" -cp "$JAR" bench/probe/WindowProbe.java
# The JVM options the app gives its window's process (WindowJvm, and the gansim script).
WINDOW_OPTS=${WINDOW_OPTS:--XX:+UseSerialGC -Xms128m -Xmn64m -XX:SurvivorRatio=2 -XX:MetaspaceSize=64m -XX:CompileThresholdScaling=3}
# shellcheck disable=SC2086 # the options are words
xvfb-run -a -s '-screen 0 1280x800x24' "$JAVA" --add-modules=jdk.incubator.vector $WINDOW_OPTS -cp "$JAR:$PROBE" \
    WindowProbe soak >"$OUT/window.out" 2>&1 &
xvfb=$!
pid=
for _ in $(seq 1 300); do
    pid=$(grep -m1 -o '^pid [0-9]*' "$OUT/window.out" | cut -d' ' -f2 || true)
    [ -n "$pid" ] && break
    sleep 0.2
done
[ -n "$pid" ] || { echo "the window did not start"; cat "$OUT/window.out"; exit 1; }
watch_pid "$pid" "$WINDOW_S" window
grep -m1 "views shown" "$OUT/window.out" || true
kill -TERM "$pid" 2>/dev/null || true
wait "$xvfb" 2>/dev/null || true

echo "# summary ($HEADLESS_S s headless, $WINDOW_S s window, a sample every $INTERVAL s)"
cat "$OUT/summary"
