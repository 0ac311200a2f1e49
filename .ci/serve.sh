#!/usr/bin/env bash
# The main job: build the core, the WebAssembly module and the widget, then
# serve the demo site on http://127.0.0.1:${PORT:-8080}/ until Ctrl-C.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
build_all
log "serving the demo site"
exec node "$ROOT/site/server.mjs" --port "${PORT:-8080}"
