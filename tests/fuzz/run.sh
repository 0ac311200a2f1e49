#!/usr/bin/env bash
# Builds the libFuzzer target in build/fuzz (clang, ASan+UBSan), replays the
# seeds and saved regressions, then fuzzes evaluate()/validate() for SECONDS.
#   bash tests/fuzz/run.sh [SECONDS=60] [extra libFuzzer flags...]
# The test command runs 60 s; a longer run (see docs/robustness.md) is e.g.
#   bash tests/fuzz/run.sh 3600 -jobs=2 -workers=2
source "$(dirname "${BASH_SOURCE[0]}")/../../.ci/lib.sh"
seconds="${1:-60}"
shift || true

log "fuzz target (clang, libFuzzer + ASan + UBSan)"
CXX=clang++ configure_and_build "$BUILD/fuzz" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DBACKCHECK_FUZZ=ON -DBACKCHECK_TESTS=OFF -DBACKCHECK_WERROR=OFF
fuzzer="$BUILD/fuzz/tests/fuzz/backcheck_fuzz_core"

log "replay seeds and regressions"
"$ROOT/tests/fuzz/replay.sh" "$fuzzer" "$ROOT"

# New interesting inputs go to build/fuzz/corpus (the first directory);
# the committed seeds and docs/examples are read only.
corpus="$BUILD/fuzz/corpus" artifacts="$BUILD/fuzz/artifacts"
mkdir -p "$corpus" "$artifacts"
seeds=("$ROOT/tests/fuzz/seeds")
[ -d "$ROOT/docs/examples" ] && seeds+=("$ROOT/docs/examples")
log "fuzzing for ${seconds}s (log: $artifacts/last-run.log, crashes: $artifacts/)"
status=0
cd "$BUILD/fuzz"   # -jobs=N writes fuzz-N.log files into the working directory
"$fuzzer" -max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=2048 \
  -dict="$ROOT/tests/fuzz/answers.dict" -artifact_prefix="$artifacts/" -print_final_stats=1 \
  "$@" "$corpus" "${seeds[@]}" >"$artifacts/last-run.log" 2>&1 || status=$?
# libFuzzer's progress lines are noise here; its summary and any crash report are not.
awk '/^###### Recommended dictionary/ {skip = 1} !skip && !/^#[0-9]+[[:space:]]+(NEW|REDUCE|pulse|RELOAD)/ && !/^[[:space:]]+NEW_FUNC/ {print}
     /^###### End of recommended dictionary/ {skip = 0}' "$artifacts/last-run.log" | tail -n 60
[ "$status" -eq 0 ] || echo "fuzzing FAILED (exit $status): reproduce with $fuzzer $artifacts/crash-*" >&2
exit "$status"
