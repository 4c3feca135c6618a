# Helpers the PyTorch comparison scripts share; sourced, not run. The caller sets JAR (the app jar),
# RUN_ARGS (the arguments of `gansim run` but --steps), LONG and SHORT (the two runs' step counts),
# PYTHON (the python3 that has torch) and, for print_table, the associative array best.

# Nanoseconds one `gansim run` takes for $2 steps; $1 is launcher (./gansim) or bare (java -jar),
# the rest more arguments of run.
run_ns() {
    local how=$1 steps=$2 start end
    shift 2
    start=$(date +%s%N)
    if [ "$how" = launcher ]; then
        ./gansim "${RUN_ARGS[@]}" "$@" --steps "$steps" >/dev/null 2>&1
    else
        java -jar "$JAR" "${RUN_ARGS[@]}" "$@" --steps "$steps" >/dev/null 2>&1
    fi
    end=$(date +%s%N)
    echo $((end - start))
}

# Steady-state steps per second of `gansim run`: (LONG - SHORT) steps in the difference of the two
# runs' times, so that start-up, JIT warm-up and writing the samples cancel.
command_rate() {
    local how=$1 long short
    shift
    long=$(run_ns "$how" "$LONG" "$@")
    short=$(run_ns "$how" "$SHORT" "$@")
    awk -v l="$long" -v s="$short" -v n=$((LONG - SHORT)) 'BEGIN { printf "%.1f", n / ((l - s) / 1e9) }'
}

# The larger of two rates.
better() {
    awk -v a="$1" -v b="$2" 'BEGIN { print (a >= b ? a : b) }'
}

# GanSim's rate $1 over the peer's $2, as "2.83x".
ratio() {
    awk -v g="$1" -v t="$2" 'BEGIN { printf "%.2fx", g / t }'
}

# The result table: a header line $2 (rate unit $3), then one line per "name:label" row with the
# best rate of that name (the caller's associative array best) and its ratios to best[torch32] and
# best[torch64], then the two PyTorch rates. $1 is the label column's width.
print_table() {
    local width=$1 title=$2 unit=$3 row name
    shift 3
    printf "\n%-${width}s %10s %12s %12s\n" "$title" "$unit" "vs torch f32" "vs torch f64"
    for row in "$@"; do
        name=${row%%:*}
        printf "%-${width}s %10s %12s %12s\n" "${row#*:}" "${best[$name]}" \
            "$(ratio "${best[$name]}" "${best[torch32]}")" "$(ratio "${best[$name]}" "${best[torch64]}")"
    done
    printf "%-${width}s %10s\n" "PyTorch $("$PYTHON" -c 'import torch; print(torch.__version__)') float32 (2 threads)" \
        "${best[torch32]}"
    printf "%-${width}s %10s\n" "PyTorch float64 (2 threads)" "${best[torch64]}"
}

# Two rounds over the rows named $2..., alternating so that each sees the same moments of a shared
# machine; keeps each row's better rate in the associative array best (declared by the caller). The
# caller defines rate_of NAME, which prints one rate for that row; $1 is the rate's unit.
measure_rounds() {
    local unit=$1 round name rate
    shift
    for round in 1 2; do
        for name in "$@"; do
            rate=$(rate_of "$name")
            echo "  round $round: $name $rate $unit"
            best[$name]=$(better "${best[$name]:-0}" "$rate")
        done
    done
}
