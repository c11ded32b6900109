#!/usr/bin/env bash
# Benchmarks `briefing generate` on synthetic corpora against a grep floor.
#
# Usage (from the project root):
#
#     scripts/benchmark.sh [SIZES...]        # default: 1000 10000 100000
#
# For each size it generates a corpus once with `briefing-corpus` (reused while
# its size, seed and format match), warms the file cache, then measures with
# `briefing-corpus measure` (wall, user, sys, peak RSS via wait4):
#   (a) grep -c -F -i -f patterns.txt -r articles        the floor
#   (b) briefing generate --config briefings.yaml ...     3 briefs
#   (c) briefing generate --config briefings-50.yaml ...  50 briefs
# and prints a Markdown table to stdout (progress goes to stderr).
#
# Environment:
#   BIN_DIR          folder with `briefing` and `briefing-corpus`; when set, nothing
#                    is built (default: build both in release, use --show-bin-path)
#   BRIEFING, BRIEFING_CORPUS   override one binary's path
#   BENCH_DIR        where corpora and outputs go (default /tmp/briefing-bench)
#   SEED             corpus seed (default 42)
#   RUNS             measurements per command; the fastest is reported (default 1)
#   STRICT=1         also exit 1 when a target is missed
#
# Exit status: 0, or 1 when a run fails (briefing exits non-zero, grep exits 2,
# the corpus cannot be generated), or with STRICT=1 when a target is missed.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

SIZES=("$@")
if [ ${#SIZES[@]} -eq 0 ]; then SIZES=(1000 10000 100000); fi
for size in "${SIZES[@]}"; do
    case "$size" in
        '' | *[!0-9]*) echo "benchmark.sh: not a number of articles: $size" >&2; exit 64 ;;
    esac
done

SEED=${SEED:-42}
RUNS=${RUNS:-1}
BENCH_DIR=${BENCH_DIR:-/tmp/briefing-bench}
AS_OF=2025-10-29
BRIEFS=50
CORPUS_FORMAT=3 # CorpusWriter.format of briefing-corpus: a corpus of another format is regenerated

log() { echo "benchmark: $*" >&2; }

if [ -z "${BIN_DIR:-}" ]; then
    log "building release binaries"
    # As the README builds for daily use: the Swift runtime linked in (Linux only).
    static=()
    if [ "$(uname -s)" = Linux ]; then static=(--static-swift-stdlib); fi
    swift build -c release ${static[@]+"${static[@]}"} --product briefing >&2
    swift build -c release ${static[@]+"${static[@]}"} --product briefing-corpus >&2
    BIN_DIR=$(swift build -c release ${static[@]+"${static[@]}"} --show-bin-path)
fi
BRIEFING=${BRIEFING:-$BIN_DIR/briefing}
CORPUS=${BRIEFING_CORPUS:-$BIN_DIR/briefing-corpus}
for binary in "$BRIEFING" "$CORPUS"; do
    if [ ! -x "$binary" ]; then log "no executable at $binary"; exit 1; fi
done

# grep in a fixed locale, so results compare across machines.
GREP_LOCALE=C
if locale -a 2>/dev/null | grep -qix 'c.utf-\?8'; then GREP_LOCALE=C.UTF-8; fi

mkdir -p "$BENCH_DIR"
BENCH_DIR=$(cd "$BENCH_DIR" && pwd)
failed=0

# measure RESULT-FILE COMMAND...: runs COMMAND $RUNS times, keeps the fastest
# "wall user sys maxrss status" line in RESULT-FILE; returns the last status.
measure() {
    local result=$1 attempt status=0 best="" line
    shift
    for ((attempt = 1; attempt <= RUNS; attempt++)); do
        status=0
        "$CORPUS" measure --output "$result.run" -- "$@" || status=$?
        if [ ! -s "$result.run" ]; then echo "0 0 0 0 $status" > "$result.run"; fi
        line=$(cat "$result.run")
        if [ -z "$best" ] || awk -v a="$line" -v b="$best" 'BEGIN { split(a, x, " "); split(b, y, " "); exit !(x[1] < y[1]) }'; then
            best=$line
        fi
        if [ "$status" -ne 0 ] && [ "$status" -ne 1 ]; then break; fi
    done
    echo "$best" > "$result"
    rm -f "$result.run"
    return "$status"
}

field() { awk -v n="$2" '{ print $n }' "$1"; }
seconds() { awk -v s="$1" 'BEGIN { printf (s < 1 ? "%.3f s" : (s < 10 ? "%.2f s" : "%.1f s")), s }'; }
megabytes() { awk -v k="$1" 'BEGIN { printf "%.0f MB", k / 1024 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f×", a / b; else printf "–" }'; }

rows=()
declare -A wall_of=()
checks=()
# Each measured run also prints its phases (`generate --timings`), when the binary can: an older one
# is measured all the same.
timing_flag=()
if "$BRIEFING" generate --help 2>/dev/null | grep -q -- '--timings'; then timing_flag=(--timings); fi
phases=()

# fastest_phases STDERR-FILE: the phases of the run with the least total wall time among those in the file.
fastest_phases() {
    awk '/^Timings: / { total = $0; sub(/.* total /, "", total); sub(/ s .*/, "", total)
                        if (best == "" || total + 0 < best + 0) { best = total; line = $0 } }
         END { sub(/^Timings: /, "", line); print line }' "$1"
}

for size in "${SIZES[@]}"; do
    corpus="$BENCH_DIR/corpus-$size-seed$SEED"
    expected="count=$size seed=$SEED briefs=$BRIEFS format=$CORPUS_FORMAT"
    if [ -f "$corpus/corpus.info" ] && [ "$(cat "$corpus/corpus.info")" = "$expected" ]; then
        log "$size articles: reusing $corpus"
    else
        log "$size articles: generating $corpus"
        rm -rf "$corpus"
        if ! "$CORPUS" "$corpus" --count "$size" --seed "$SEED" --briefs "$BRIEFS" --quiet; then
            log "$size articles: corpus generation failed"
            failed=1
            continue
        fi
    fi

    log "$size articles: warming the file cache"
    find "$corpus/articles" -type f -exec cat {} + > /dev/null

    results="$BENCH_DIR/results-$size"
    mkdir -p "$results"

    log "$size articles: grep"
    status=0
    (cd "$corpus" && LC_ALL=$GREP_LOCALE measure "$results/grep" grep -c -F -i -f patterns.txt -r articles > /dev/null) || status=$?
    if [ "$status" -gt 1 ]; then
        log "$size articles: grep failed with status $status"
        failed=1
    fi

    cells=()
    for config in briefings.yaml "briefings-$BRIEFS.yaml"; do
        name=${config%.yaml}
        out="$BENCH_DIR/out-$size-$name"
        log "$size articles: briefing generate --config $config"
        rm -rf "$out"
        status=0
        measure "$results/$name" "$BRIEFING" generate --config "$corpus/$config" --as-of "$AS_OF" \
            --output "$out" --quiet "${timing_flag[@]}" 2> "$results/$name.stderr" || status=$?
        if [ "$status" -ne 0 ]; then
            log "$size articles: briefing failed with status $status ($config); last lines of its stderr:"
            tail -n 5 "$results/$name.stderr" >&2
            failed=1
            cells+=("FAILED ($status)")
        else
            cells+=("ok")
            if [ ${#timing_flag[@]} -gt 0 ]; then
                briefs_label="3 briefs"
                if [ "$config" != briefings.yaml ]; then briefs_label="$BRIEFS briefs"; fi
                phases+=("- $size articles, $briefs_label: $(fastest_phases "$results/$name.stderr")")
            fi
        fi
    done

    grep_wall=$(field "$results/grep" 1)
    one_wall=$(field "$results/briefings" 1)
    many_wall=$(field "$results/briefings-$BRIEFS" 1)
    cpu=$(awk '{ print $2 + $3 }' "$results/briefings")
    rss=$(field "$results/briefings" 4)
    many_rss=$(field "$results/briefings-$BRIEFS" 4)
    wall_of[$size]=$one_wall

    one_cell=$(seconds "$one_wall")
    cpu_cell=$(seconds "$cpu")
    rss_cell=$(megabytes "$rss")
    grep_ratio=$(ratio "$one_wall" "$grep_wall")
    many_cell=$(seconds "$many_wall")
    many_rss_cell=$(megabytes "$many_rss")
    many_ratio=$(ratio "$many_wall" "$one_wall")
    if [ "${cells[0]}" != ok ]; then one_cell=${cells[0]} cpu_cell=– rss_cell=– grep_ratio=– many_ratio=–; fi
    if [ "${cells[1]}" != ok ]; then many_cell=${cells[1]} many_rss_cell=– many_ratio=–; fi
    rows+=("| $size | $(seconds "$grep_wall") | $one_cell | $cpu_cell | $rss_cell | $grep_ratio | $many_cell | $many_rss_cell | $many_ratio |")
    # Each run's targets are checked when that run succeeded (a failed run is already a failure).
    if [ "${cells[0]}" = ok ]; then
        if [ "$rss" -gt 1048576 ]; then checks+=("✗ peak RSS $(megabytes "$rss") at $size"); fi
        if [ "$size" -eq 100000 ] && awk -v a="$one_wall" -v g="$grep_wall" 'BEGIN { exit !(a > 5 * g || a >= 10) }'; then
            checks+=("✗ 100k: $(seconds "$one_wall"), $(ratio "$one_wall" "$grep_wall") grep")
        fi
    else
        unset "wall_of[$size]"
    fi
    if [ "${cells[1]}" = ok ]; then
        if [ "$many_rss" -gt 1048576 ]; then checks+=("✗ peak RSS $(megabytes "$many_rss") with $BRIEFS briefs at $size"); fi
    fi
    if [ "${cells[0]}" = ok ] && [ "${cells[1]}" = ok ] && awk -v a="$many_wall" -v b="$one_wall" 'BEGIN { exit !(a > 1.5 * b) }'; then
        checks+=("✗ $BRIEFS briefs $(ratio "$many_wall" "$one_wall") of one at $size")
    fi
done

if [ -n "${wall_of[10000]:-}" ] && [ -n "${wall_of[100000]:-}" ]; then
    if awk -v a="${wall_of[100000]}" -v b="${wall_of[10000]}" 'BEGIN { exit !(a > 11 * b) }'; then
        checks+=("✗ 10k→100k $(ratio "${wall_of[100000]}" "${wall_of[10000]}")")
    fi
fi

commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ "$commit" != unknown ] && [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null)" ]; then
    commit="$commit (modified)"
fi

echo
echo "briefing benchmark: $(date -u '+%Y-%m-%d %H:%M UTC'), nproc $(nproc), commit $commit, seed $SEED, runs $RUNS, grep locale $GREP_LOCALE"
echo
echo "| articles | grep wall | briefing wall | CPU (user+sys) | peak RSS | ratio to grep | $BRIEFS briefs wall | $BRIEFS briefs peak RSS | $BRIEFS/1 |"
echo "|---|---|---|---|---|---|---|---|---|"
for row in "${rows[@]}"; do echo "$row"; done
if [ ${#phases[@]} -gt 0 ]; then
    echo
    echo "Where the time goes (wall-clock, then CPU time, of each phase of the fastest run):"
    echo
    for line in "${phases[@]}"; do echo "$line"; done
fi
echo
echo "Targets: ≤5× grep and <10 s at 100k; $BRIEFS briefs ≤1.5× one brief; peak RSS ≤1 GB; 10k→100k ≤11×."
if [ ${#checks[@]} -gt 0 ]; then
    echo "Missed: $(printf '%s; ' "${checks[@]}" | sed 's/; $//')"
fi

if [ "$failed" -ne 0 ]; then exit 1; fi
if [ "${STRICT:-0}" = 1 ] && [ ${#checks[@]} -gt 0 ]; then exit 1; fi
exit 0
