# Shared steps of the README's two commands (.ci/serve.sh, .ci/test.sh).
# Sourced, not run. Everything here is idempotent: a second run with all
# packages present installs nothing and rebuilds only what changed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="$ROOT/build"
JOBS="$(nproc 2>/dev/null || echo 2)"
export NODE_PATH=/usr/share/nodejs   # Emscripten 3.1.6's JS optimizer needs Debian's node modules

log() { printf '\n== %s\n' "$*"; }

# ensure_packages PKG...: apt-get install only what is missing, after one apt-get update.
ensure_packages() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing Debian packages: ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    echo "missing packages (${missing[*]}): run as root or install them first" >&2
    return 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# ensure_packages_without_services PKG...: as ensure_packages, but the packages'
# services (MariaDB, Apache, pulled in by Debian's wordpress package) are not
# started by the install: the tests run their own, on a socket and a test port.
# policy-rc.d is Debian's switch for that (invoke-rc.d and deb-systemd-invoke obey it).
ensure_packages_without_services() {
  local policy=/usr/sbin/policy-rc.d ours=0 status=0
  if [ "$(id -u)" -eq 0 ] && [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' > "$policy" && chmod +x "$policy" && ours=1
  fi
  ensure_packages "$@" || status=$?
  [ "$ours" -eq 1 ] && rm -f "$policy"
  return "$status"
}

# Node and npm may come from Debian or elsewhere (e.g. NodeSource); only install when absent.
ensure_node() {
  local pkgs=()
  command -v node >/dev/null 2>&1 || pkgs+=(nodejs)
  command -v npm >/dev/null 2>&1 || pkgs+=(npm)
  [ ${#pkgs[@]} -eq 0 ] || ensure_packages "${pkgs[@]}"
}

BUILD_PACKAGES=(ca-certificates make cmake g++ nlohmann-json3-dev emscripten zip   # zip: the WordPress plugin
  pkg-config libcpp-httplib-dev libsqlite3-dev libsodium-dev libcurl4-openssl-dev)   # the last five: server/ (clinic inbox)
TEST_PACKAGES=(googletest libgtest-dev chromium clang libclang-rt-14-dev clang-format   # clang + libclang-rt: libFuzzer (tests/fuzz)
  python3-aiosmtpd sqlite3)   # the inbox's tests: a local SMTP sink, and the sqlite3 CLI for backups
# A real WordPress for tests/wordpress/ (Debian 12: WordPress 6.1, MariaDB 10.11, PHP 8.2; served by php -S).
WORDPRESS_TEST_PACKAGES=(wordpress wordpress-theme-twentytwentyone mariadb-server php-cli php-mysql)

# npm ci when node_modules is missing or older than the lock file.
ensure_npm() {
  local stamp="$ROOT/node_modules/.package-lock.json"
  if [ ! -f "$stamp" ] || [ "$ROOT/package-lock.json" -nt "$stamp" ]; then
    log "npm ci"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

# configure_and_build DIR [cmake args...]: configure once, then incremental builds.
configure_and_build() {
  local dir="$1"; shift
  if [ ! -f "$dir/CMakeCache.txt" ]; then
    cmake -S "$ROOT" -B "$dir" -G "Unix Makefiles" "$@" >/dev/null
  fi
  cmake --build "$dir" -j "$JOBS" -- --no-print-directory
}

build_native() {
  log "native build (core, CLI, tests)"
  configure_and_build "$BUILD/native" -DCMAKE_BUILD_TYPE=Release
}

# The glue JS is minified by npm's google-closure-compiler (installed by npm ci;
# Debian's closure fails on Emscripten 3.1.6's output).
build_wasm() {
  log "WebAssembly build (Emscripten $(emcc --version | head -1 | grep -o '[0-9][0-9.]*' | head -1))"
  local closure="$ROOT/node_modules/.bin/google-closure-compiler"
  [ -x "$closure" ] || { echo "missing $closure: run npm ci" >&2; return 1; }
  if ! grep -qx "BACKCHECK_CLOSURE:FILEPATH=$closure" "$BUILD/wasm/CMakeCache.txt" 2>/dev/null; then
    emcmake cmake -S "$ROOT" -B "$BUILD/wasm" -G "Unix Makefiles" -DCMAKE_BUILD_TYPE=Release \
      -DBACKCHECK_CLOSURE="$closure" >/dev/null
  fi
  cmake --build "$BUILD/wasm" -j "$JOBS" -- --no-print-directory
}

build_web() {
  log "widget bundle"
  (cd "$ROOT" && node web/build.mjs && node web/sri.mjs)
}

# The plugin (wordpress/build.sh): build/wordpress/backcheck.zip, with the widget files from build/web.
build_wordpress() {
  log "WordPress plugin"
  bash "$ROOT/wordpress/build.sh"
}

build_all() {
  ensure_packages "${BUILD_PACKAGES[@]}"
  ensure_node
  ensure_npm
  build_native
  build_wasm
  build_web
  build_wordpress
}
