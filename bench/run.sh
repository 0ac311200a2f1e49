#!/usr/bin/env bash
# The benchmark command: builds the core natively (Release, Google Benchmark),
# the WebAssembly module and the widget, then measures payload, evaluate()
# native vs WASM (node, Chromium), widget time-to-ready and host-page impact,
# the clinic inbox under load (bench/inbox.mjs), prints the tables and writes
# them to docs/performance.md. Exits 1 when a
# budget is over.
#   bash bench/run.sh [--quick] [--no-browser] [--no-write]
source "$(dirname "${BASH_SOURCE[0]}")/../.ci/lib.sh"
ensure_packages "${BUILD_PACKAGES[@]}" libbenchmark-dev chromium
ensure_node
ensure_npm
build_wasm
build_web
log "native benchmark build (Release, Google Benchmark)"
configure_and_build "$BUILD/bench" -DCMAKE_BUILD_TYPE=Release -DBACKCHECK_BENCH=ON -DBACKCHECK_TESTS=OFF
log "measuring (a few minutes)"
node "$ROOT/bench/report.mjs" "$@"
log "clinic inbox: POST /leads with 20 clients (bench/inbox.mjs)"
inbox_write=--write
for a in "$@"; do [ "$a" = "--no-write" ] && inbox_write=; done
BACKCHECK_INBOX_BIN="$BUILD/bench/server/backcheck-inbox" node "$ROOT/bench/inbox.mjs" $inbox_write
