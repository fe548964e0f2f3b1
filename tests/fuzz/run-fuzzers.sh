#!/bin/sh
# Runs every libFuzzer target of tests/fuzz for SECONDS each (default 30), seeded from the Odoo
# contract (answers of real servers) and the built-in profiles, and prints executions, coverage and
# what was found. Keeps the grown corpus in BUILD_DIR/fuzz-corpus; a crash's input goes to
# BUILD_DIR/fuzz-artifacts and fails the run.
#   sh tests/fuzz/run-fuzzers.sh [SECONDS] [BUILD_DIR]      (after: cmake --build --preset fuzz)
set -eu

seconds="${1:-30}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${2:-$root/build/fuzz}"
contract="$root/tests/fixtures/odoo-contract"

seed() { # seed TARGET FILES...: a fresh seed folder holding copies of FILES
    dir="$build/fuzz-seeds/$1"
    shift
    rm -rf "$dir"
    mkdir -p "$dir"
    n=0
    for file in "$@"; do
        n=$((n + 1))
        cp "$file" "$dir/$n.json"
    done
}

seed fuzz_replyparser "$contract"/*/*.response.json
seed fuzz_errormapper "$contract"/*/*.response.json
seed fuzz_profilereader "$root"/resources/sources/*.json "$root"/resources/decisions/*.json

status=0
for target in fuzz_replyparser fuzz_errormapper fuzz_profilereader; do
    corpus="$build/fuzz-corpus/$target"
    artifacts="$build/fuzz-artifacts"
    log="$build/fuzz-$target.log"
    mkdir -p "$corpus" "$artifacts"
    if "$build/tests/fuzz/$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 -dict="$root/tests/fuzz/json.dict" \
        -artifact_prefix="$artifacts/$target-" "$corpus" "$build/fuzz-seeds/$target" >"$log" 2>&1; then
        result="no crash"
    else
        result="FAILED (see $log and $artifacts)"
        status=1
    fi
    executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    coverage=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1)
    features=$(grep -o 'ft: [0-9]*' "$log" | tail -n 1)
    units=$(find "$corpus" -type f | wc -l)
    echo "$target: ${seconds} s, ${executions:-?} executions, ${coverage:-cov: ?} edges, ${features:-ft: ?}, corpus $units; $result"
done
exit "$status"
