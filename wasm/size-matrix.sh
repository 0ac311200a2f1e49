#!/usr/bin/env bash
# Builds the core + bindings with one flag set per row and prints a markdown
# table of raw and gzip -9 sizes (glue .js + .wasm). Reproduces the table in
# docs/performance.md: bash wasm/size-matrix.sh [OUT_DIR]
# Each row adds to (or changes) the row before it unless it says otherwise.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${1:-$ROOT/build/wasm-size}"
export NODE_PATH=/usr/share/nodejs
export EM_CLOSURE_COMPILER="${EM_CLOSURE_COMPILER:-$ROOT/node_modules/.bin/google-closure-compiler}"
mkdir -p "$OUT/include"
ln -sfn /usr/include/nlohmann "$OUT/include/nlohmann"   # never -I/usr/include under Emscripten
SOURCES=("$ROOT"/src/*.cpp "$ROOT/wasm/bindings.cpp")

# Always on: what makes it our module (embind, ES module factory, CSP-safe, no FS).
BASE_LINK=(--bind -sMODULARIZE=1 -sEXPORT_ES6=1 -sEXPORT_NAME=createBackcheckCore
  -sDYNAMIC_EXECUTION=0 -sFILESYSTEM=0 -sALLOW_MEMORY_GROWTH=1)
BASE_COMPILE=(-fno-exceptions -DJSON_NOEXCEPTION -I"$ROOT/include" -isystem "$OUT/include" -std=c++17)

gz() { gzip -9c "$1" | wc -c; }
row() { # row LABEL "COMPILE FLAGS" "LINK FLAGS"
  local label="$1" cflags="$2" lflags="$3" dir
  dir="$OUT/$(printf '%s' "$cflags|$lflags" | md5sum | cut -c1-10)"
  mkdir -p "$dir"
  # shellcheck disable=SC2086
  if ! em++ "${BASE_COMPILE[@]}" $cflags "${SOURCES[@]}" "${BASE_LINK[@]}" $lflags \
      -o "$dir/m.js" >"$dir/log" 2>&1; then
    printf '| %s | build fails (%s) | | | |\n' "$label" "$(grep -m1 -i error "$dir/log" | cut -c1-80)"
    return
  fi
  local js wasm
  js=$(stat -c%s "$dir/m.js"); wasm=$(stat -c%s "$dir/m.wasm")
  printf '| %s | %d | %d | %d | %d | **%.1f** |\n' "$label" "$js" "$(gz "$dir/m.js")" "$wasm" \
    "$(gz "$dir/m.wasm")" "$(echo "($(gz "$dir/m.js") + $(gz "$dir/m.wasm")) / 1024" | bc -l)"
}

echo '| flags (cumulative) | .js bytes | .js gzip | .wasm bytes | .wasm gzip | total gzip KiB |'
echo '| --- | ---: | ---: | ---: | ---: | ---: |'
C="-O2"; L="-O2"
row "-O2 (reference)" "$C" "$L"
C="-Oz"; L="-Oz"
row "-Oz" "$C" "$L"
C="$C -flto"; L="$L -flto"
row "+ -flto" "$C" "$L"
L="$L -sMALLOC=emmalloc"
row "+ -sMALLOC=emmalloc" "$C" "$L"
L="$L -sENVIRONMENT=web"
row "+ -sENVIRONMENT=web" "$C" "$L"
L="$L --closure 1"
row "+ --closure 1" "$C" "$L"
row "+ -sSUPPORT_LONGJMP=0" "$C" "$L -sSUPPORT_LONGJMP=0"
row "+ -sTEXTDECODER=2" "$C" "$L -sTEXTDECODER=2"
row "+ --no-entry" "$C" "$L --no-entry"
row "+ -sSUPPORT_ERRNO=0" "$C" "$L -sSUPPORT_ERRNO=0"
row "+ -sPOLYFILL=0" "$C" "$L -sPOLYFILL=0"
row "+ -sEVAL_CTORS=1" "$C" "$L -sEVAL_CTORS=1"
row "+ -fno-rtti -DEMSCRIPTEN_HAS_UNBOUND_TYPE_NAMES=0" "$C -fno-rtti -DEMSCRIPTEN_HAS_UNBOUND_TYPE_NAMES=0" "$L -fno-rtti"
row "+ -DJSON_USE_IMPLICIT_CONVERSIONS=0" "$C -DJSON_USE_IMPLICIT_CONVERSIONS=0" "$L"
row "+ -sBINARYEN_EXTRA_PASSES=--converge" "$C" "$L -sBINARYEN_EXTRA_PASSES=--converge"
row "+ -sALLOW_MEMORY_GROWTH=0 (for its cost)" "$C" "$L -sALLOW_MEMORY_GROWTH=0"
