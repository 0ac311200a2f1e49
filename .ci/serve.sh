#!/usr/bin/env bash
# The main job: build the core, the WebAssembly module, the widget and the
# clinic inbox, then serve the demo site on http://127.0.0.1:${PORT:-8080}/ with
# its article's widget sending leads to the inbox on http://127.0.0.1:${INBOX_PORT:-8790}/
# until Ctrl-C. The demo inbox keeps its data in build/inbox-demo/.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
build_all

PORT="${PORT:-8080}"
INBOX_PORT="${INBOX_PORT:-8790}"
DEMO="$BUILD/inbox-demo"
INBOX_BIN="$BUILD/native/server/backcheck-inbox"
DEMO_OWNER="owner@riverbend.example"

log "clinic inbox (demo data in $DEMO)"
mkdir -p "$DEMO" && chmod 700 "$DEMO"
cat > "$DEMO/inbox.json" <<JSON
{
  "host": "127.0.0.1",
  "port": $INBOX_PORT,
  "database": "inbox.db",
  "keyFile": "inbox.key",
  "publicUrl": "http://127.0.0.1:$INBOX_PORT/",
  "allowedOrigins": ["http://127.0.0.1:$PORT", "http://localhost:$PORT"],
  "uiDir": "$BUILD/web/inbox",
  "retentionDays": 90
}
JSON
if [ ! -f "$DEMO/inbox.key" ]; then
  # A fresh demo: a random owner password, kept beside the demo data so later runs can print it.
  (umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$DEMO/owner-password")
  BACKCHECK_DEMO_PASSWORD="$(cat "$DEMO/owner-password")" "$INBOX_BIN" init --config "$DEMO/inbox.json" \
    --email "$DEMO_OWNER" --password-env BACKCHECK_DEMO_PASSWORD >/dev/null
fi
"$INBOX_BIN" serve --config "$DEMO/inbox.json" &
INBOX_PID=$!
trap 'kill "$INBOX_PID" 2>/dev/null; wait "$INBOX_PID" 2>/dev/null' EXIT
sleep 0.3
kill -0 "$INBOX_PID" 2>/dev/null || { echo "the inbox did not start (is port $INBOX_PORT free? INBOX_PORT=... picks another)" >&2; exit 1; }
printf '\n   clinic inbox: http://127.0.0.1:%s/   log in as %s with password %s\n' \
  "$INBOX_PORT" "$DEMO_OWNER" "$(cat "$DEMO/owner-password")"

log "serving the demo site"
node "$ROOT/site/server.mjs" --port "$PORT" --inbox "http://127.0.0.1:$INBOX_PORT"
