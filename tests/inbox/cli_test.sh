#!/bin/sh
# backcheck-inbox's commands as an operator runs them: init, user add|reset|remove,
# rotate-key, and the config errors they print. Usage: cli_test.sh BINARY
set -u
bin="$1"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

"$bin" frobnicate >/dev/null 2>&1; [ $? -eq 2 ] || fail "an unknown command exits 2"

printf '{"prot": 1}' > "$dir/bad.json"
out="$("$bin" serve --config "$dir/bad.json" 2>&1)"; [ $? -eq 2 ] || fail "a bad config exits 2"
echo "$out" | grep -q 'unknown key "prot" in inbox.json' || fail "the unknown key is named: $out"

cat > "$dir/inbox.json" <<JSON
{"database": "inbox.db", "keyFile": "inbox.key", "publicUrl": "http://127.0.0.1:1", "allowedOrigins": ["https://clinic.example"], "uiDir": "."}
JSON
out="$("$bin" init --config "$dir/inbox.json" --email owner@clinic.test)" || fail "init"
echo "$out" | grep -q '^password: ' || fail "init prints a generated password: $out"
[ "$(stat -c %a "$dir/inbox.key")" = 600 ] || fail "the key file is 0600"
[ "$(stat -c %a "$dir/inbox.db")" = 600 ] || fail "the database is 0600"
"$bin" init --config "$dir/inbox.json" --email other@clinic.test >/dev/null 2>&1 && fail "a second init must not overwrite the key"

PW=short "$bin" user add --config "$dir/inbox.json" --email desk@clinic.test --password-env PW >/dev/null 2>&1 && fail "a short password is refused"
PW=long-enough-password "$bin" user add --config "$dir/inbox.json" --email desk@clinic.test --password-env PW >/dev/null || fail "user add"
"$bin" user add --config "$dir/inbox.json" --email desk@clinic.test >/dev/null 2>&1 && fail "adding the same user twice fails"
"$bin" user reset --config "$dir/inbox.json" --email desk@clinic.test | grep -q '^password: ' || fail "user reset prints the new password"
"$bin" user remove --config "$dir/inbox.json" --email desk@clinic.test >/dev/null || fail "user remove"
"$bin" user remove --config "$dir/inbox.json" --email desk@clinic.test >/dev/null 2>&1 && fail "removing a missing user fails"

"$bin" rotate-key --config "$dir/inbox.json" --new-key-file "$dir/new.key" | grep -q 're-encrypted' || fail "rotate-key"
[ "$(stat -c %a "$dir/new.key")" = 600 ] || fail "the new key file is 0600"
[ "$(sqlite3 "$dir/inbox.db" "SELECT count(*) FROM audit WHERE actor = 'cli'")" = 5 ] || fail "CLI changes are audited"
echo ok
