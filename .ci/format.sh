#!/usr/bin/env bash
# Checks that the C++ sources are formatted as .clang-format says (part of
# .ci/test.sh); with --fix, formats them in place.
#   bash .ci/format.sh [--fix]
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
dirs=()
for dir in src include wasm tests/core tests/fuzz server; do [ -d "$dir" ] && dirs+=("$dir"); done
mapfile -t files < <(find "${dirs[@]}" -type f \( -name '*.cpp' -o -name '*.hpp' -o -name '*.h' \) | sort)
if [ "${1:-}" = "--fix" ]; then
  clang-format -i "${files[@]}"
else
  clang-format --dry-run -Werror "${files[@]}" && echo "${#files[@]} C++ files formatted as .clang-format says"
fi
