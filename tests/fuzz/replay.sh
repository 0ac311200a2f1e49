#!/usr/bin/env bash
# Runs the fuzz target once on every seed and regression input (a crash or a
# broken contract invariant aborts and names the input).
#   tests/fuzz/replay.sh FUZZER ROOT
set -euo pipefail
fuzzer="$1" root="$2"
shopt -s nullglob
inputs=("$root"/tests/fuzz/regressions/*.json "$root"/tests/fuzz/seeds/* "$root"/docs/examples/*.json)
[ ${#inputs[@]} -gt 0 ] || { echo "no inputs to replay" >&2; exit 1; }
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if "$fuzzer" "${inputs[@]}" >"$log" 2>&1; then
  echo "replayed ${#inputs[@]} inputs: no crash, every contract invariant held"
else
  cat "$log"
  exit 1
fi
