#!/usr/bin/env bash
# The plugin in a real WordPress (Debian's 6.1 + MariaDB + php -S), set up once
# for the whole run, then the Playwright tests of tests/wordpress/ in Chromium;
# every service started here is stopped on exit. Ports: BACKCHECK_WP_PORT (8850)
# for WordPress, 8852 for the lead receiver the tests start.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
source "$HERE/site.sh"
trap wp_site_stop EXIT
trap "exit 130" INT
trap "exit 143" TERM
wp_site_start
cd "$ROOT"
status=0
npx --no-install playwright test -c tests/wordpress/playwright.config.mjs "$@" || status=$?
# PHP notices, warnings or errors from the plugin's own files fail the run (WP_DEBUG_LOG).
if grep -n 'plugins/backcheck/' "$WP_DIR/debug.log"; then
  echo "the plugin wrote PHP notices or errors to $WP_DIR/debug.log (above)" >&2
  status=1
fi
exit $status
