#!/usr/bin/env bash
# Builds the WordPress plugin: wordpress/backcheck/ plus the widget files from
# build/web/ (no CDN: the plugin serves them itself), the configurator's checks
# (site/js/options.js, for the settings page's preview) and the iframe resizer
# (site/embed-host.js), into build/wordpress/backcheck/ and backcheck.zip.
# Run by .ci/lib.sh (build_wordpress) after the widget bundle.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WEB="$ROOT/build/web"
OUT="$ROOT/build/wordpress"
STAGE="$OUT/backcheck"

# One version: package.json's, also in the plugin header, the constant and block.json.
version="$(node -p "require('$ROOT/package.json').version")"
for file in backcheck.php blocks/self-check/block.json blocks/self-check/editor.asset.php; do
  if ! grep -q "$version" "$ROOT/wordpress/backcheck/$file"; then
    echo "wordpress/backcheck/$file does not carry version $version (package.json)" >&2
    exit 1
  fi
done

rm -rf "$STAGE"
mkdir -p "$STAGE"
cp -a "$ROOT/wordpress/backcheck/." "$STAGE/"
mkdir -p "$STAGE/widget/locales"
# rules.js: the URL, phone and e-mail rules the settings preview checks with (admin/options.js imports ../widget/rules.js).
for file in back-check.js back-check.css first-screen.json back-check-steps.js backcheck-core.js backcheck-core.wasm rules.js; do
  cp "$WEB/$file" "$STAGE/widget/$file"
done
cp "$WEB"/locales/*.json "$STAGE/widget/locales/"
cp "$ROOT/site/js/options.js" "$STAGE/admin/options.js"
cp "$ROOT/site/embed-host.js" "$STAGE/assets/embed-host.js"

# A reproducible zip: fixed times, sorted names, no extra attributes.
find "$STAGE" -exec touch -h -d '2026-01-01 00:00:00' {} +
rm -f "$OUT/backcheck.zip"
(cd "$OUT" && find backcheck -print | LC_ALL=C sort | zip -q -X -D "$OUT/backcheck.zip" -@)
echo "plugin written to $OUT/backcheck.zip ($(du -k "$OUT/backcheck.zip" | cut -f1) KB)"
