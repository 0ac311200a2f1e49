#!/usr/bin/env bash
# php -l on every PHP file of the plugin; the WordPress coding standard too when
# phpcs has it (WPCS is in neither Debian 12 nor npm: skipped, with a note, otherwise).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
status=0
count=0
while IFS= read -r -d '' file; do
  count=$((count + 1))
  php -l "$file" >/dev/null || { php -l "$file"; status=1; }
done < <(find "$ROOT/wordpress" "$ROOT/tests/wordpress" -name '*.php' -print0)
echo "php -l: $count files, $([ $status -eq 0 ] && echo 'no syntax errors' || echo 'ERRORS')"
if command -v phpcs >/dev/null 2>&1 && phpcs -i | grep -q 'WordPress'; then
  phpcs --standard=WordPress --extensions=php "$ROOT/wordpress/backcheck" || status=1
else
  echo "WordPress coding standard (phpcs + WPCS) not installed: skipped"
fi
exit $status
