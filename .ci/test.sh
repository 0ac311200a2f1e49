#!/usr/bin/env bash
# Every test: GoogleTest (ctest, native and under ASan+UBSan; the core and the
# clinic inbox), node's test runner on the built WebAssembly module and on the
# inbox's HTTP API, Playwright in Debian's Chromium.
# Runs all suites even when one fails; exits non-zero if any failed.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ensure_packages "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
ensure_packages_without_services "${WORDPRESS_TEST_PACKAGES[@]}"
ensure_node
ensure_npm
build_native
build_wasm
build_web
build_wordpress

failed=()
run_suite() {
  local name="$1"; shift
  log "$name"
  "$@" || failed+=("$name")
}

run_suite "C++ formatting (clang-format --dry-run -Werror)" bash "$ROOT/.ci/format.sh"
run_suite "typecheck (tsc)" npx --no-install tsc --noEmit -p "$ROOT/web"
run_suite "TypeScript/JS lint (ESLint)" bash -c 'cd "$1" && npx --no-install eslint .' _ "$ROOT"
run_suite "sanitizer build (ASan+UBSan)" configure_and_build "$BUILD/asan" \
  -DCMAKE_BUILD_TYPE=Debug -DBACKCHECK_SANITIZE=ON
run_suite "GoogleTest under ASan+UBSan (ctest)" ctest --test-dir "$BUILD/asan" --output-on-failure -j "$JOBS"
run_suite "node tests of the WASM module" node --test "$ROOT/tests/wasm/"
run_suite "node tests of the lead funnel (outbox, payload, booking, receiver)" node --test "$ROOT/tests/web/"
run_suite "node tests of the clinic inbox's HTTP API (leads, auth, SMTP notifications)" node --test "$ROOT/tests/inbox/api/"
run_suite "fuzzing evaluate()/validate() for 60 s (libFuzzer, ASan+UBSan)" bash "$ROOT/tests/fuzz/run.sh" 60
run_suite "payload budget and security lint (node --test)" node --test "$ROOT/tests/budget/" "$ROOT/tests/lint/"
run_suite "Playwright end-to-end (Chromium)" npx --no-install playwright test
run_suite "WordPress plugin: php -l, coding standard when installed" bash "$ROOT/tests/wordpress/lint.sh"
run_suite "WordPress plugin in a real WordPress (Playwright, Chromium)" bash "$ROOT/tests/wordpress/run.sh"
run_suite "Lighthouse on the demo article (each category >= 95)" node "$ROOT/bench/lighthouse.mjs" --runs 3 --early --min 95
run_suite "GoogleTest (ctest)" ctest --test-dir "$BUILD/native" --output-on-failure -j "$JOBS"

if [ ${#failed[@]} -ne 0 ]; then
  printf '\nFAILED: %s\n' "${failed[@]}"
  exit 1
fi
