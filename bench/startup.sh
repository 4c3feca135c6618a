#!/usr/bin/env bash
# Start-up time of the window: from the start of the launch to the first paint of the main window,
# under Xvfb, RUNS times (10); prints each time and the median per way of starting. Not part of
# ./mvnw verify.
#
#   launcher  ./gansim (the start counts from the script's own process: it execs java)
#   bare      java -jar simulator-app/target/gansim.jar, as a double-click starts it: the jar starts
#             itself again with the Vector API module; the time runs from the first JVM's start to the
#             child's first paint
#
# ROOTS (default: this checkout) may name several checkouts, each with its simulator-app/target/gansim.jar,
# to compare them in the same minutes: the runs alternate between them. WAYS picks the ways ("launcher bare").
# The window starts from an archive of its classes, written by the first start of a jar (README,
# "Start-up"). The script keeps its archives in a folder of its own and first starts each checkout once,
# untimed in the median but printed ("first start"), so the RUNS show what every later start costs.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-10}
ROOTS=${ROOTS:-$PWD}
WAYS=${WAYS:-launcher bare}
JAVA=${JAVA:-java}
PROBE=$(mktemp -d)
# An agent stops a JVM from writing a start-up archive unless allowed (the app then starts without).
AGENT="-javaagent:$PROBE/probe.jar -XX:+UnlockDiagnosticVMOptions -XX:+AllowArchivingWithJavaAgent"
trap 'rm -rf "$PROBE"' EXIT
[ -f simulator-app/target/gansim.jar ] || ./mvnw -B -q -ntp -pl simulator-app -am package -DskipTests
mkdir "$PROBE/classes"
javac -d "$PROBE/classes" bench/probe/FirstPaintAgent.java
printf 'Premain-Class: FirstPaintAgent\n' >"$PROBE/manifest"
jar cfm "$PROBE/probe.jar" "$PROBE/manifest" -C "$PROBE/classes" .
echo "# $(lscpu | grep 'Model name' | sed 's/ \+/ /g'); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"

first_paint() { # root way
    local command
    case "$2" in
        launcher) command=("$1/gansim") ;;
        bare) command=("$JAVA" -jar "$1/simulator-app/target/gansim.jar") ;;
        *) echo "unknown way '$2': WAYS takes launcher and bare" >&2; exit 2 ;;
    esac
    XDG_CACHE_HOME="$PROBE/cache" JDK_JAVA_OPTIONS="$AGENT" timeout 120 \
        xvfb-run -a -s '-screen 0 1280x800x24' "${command[@]}" 2>/dev/null | tail -1
}

declare -A times
for root in $ROOTS; do
    for way in $WAYS; do
        echo "first start $way $root: $(first_paint "$root" "$way") ms"
    done
done
for i in $(seq 1 "$RUNS"); do
    for root in $ROOTS; do
        for way in $WAYS; do
            ms=$(first_paint "$root" "$way")
            echo "run $i $way $root: $ms ms"
            times["$way $root"]+="$ms "
        done
    done
done
echo "# load $(cut -d' ' -f1-3 /proc/loadavg)"
for key in "${!times[@]}"; do
    printf '%s\n' ${times[$key]} | sort -n | awk -v key="$key" '{a[NR]=$1} END {
        m = NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2;
        printf "%s: median of %d: %d ms (min %d, max %d)\n", key, NR, m, a[1], a[NR]}'
done | sort
