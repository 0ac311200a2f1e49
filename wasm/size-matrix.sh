#!/usr/bin/env bash
# Builds the core + bindings with one flag set per row and prints a markdown
# table of raw and gzip -9 sizes (glue .js + .wasm). Reproduces the table in
# docs/performance.md:   bash wasm/size-matrix.sh [OUT_DIR]
# Objects are compiled once per set of compile flags, then linked per row.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${1:-$ROOT/build/wasm-size}"
export NODE_PATH=/usr/share/nodejs
export EM_CLOSURE_COMPILER="${EM_CLOSURE_COMPILER:-$ROOT/node_modules/.bin/google-closure-compiler}"
mkdir -p "$OUT/include"
ln -sfn /usr/include/nlohmann "$OUT/include/nlohmann"   # never -I/usr/include under Emscripten
SOURCES=("$ROOT"/src/*.cpp "$ROOT/wasm/bindings.cpp")

# Always on: what makes it our module (embind, ES module factory, CSP-safe, no FS,
# emmalloc: its counters are bound in wasm/bindings.cpp).
BASE_LINK=(--bind -sMODULARIZE=1 -sEXPORT_ES6=1 -sEXPORT_NAME=createBackcheckCore
  -sDYNAMIC_EXECUTION=0 -sFILESYSTEM=0 -sALLOW_MEMORY_GROWTH=1 -sMAXIMUM_MEMORY=67108864
  -sABORTING_MALLOC=1 -sMALLOC=emmalloc
  "-sINCOMING_MODULE_JS_API=[wasmBinary,locateFile,instantiateWasm,onAbort,print,printErr]")
# -DNDEBUG as in CMake's Release build (drops nlohmann's asserts).
BASE_COMPILE=(-std=c++17 -DNDEBUG -fno-exceptions -DJSON_NOEXCEPTION -I"$ROOT/include" -isystem "$OUT/include")

gz() { gzip -9c "$1" | wc -c; }
objects() { # objects "COMPILE FLAGS" -> prints the object directory
  local dir="$OUT/obj-$(printf '%s' "$1" | md5sum | cut -c1-10)"
  if [ ! -f "$dir/.done" ]; then
    mkdir -p "$dir"
    # shellcheck disable=SC2086
    printf '%s\n' "${SOURCES[@]}" | xargs -P "$(nproc)" -I{} sh -c \
      'em++ "$@" -c "{}" -o "'"$dir"'/$(basename "{}" .cpp).o"' _ "${BASE_COMPILE[@]}" $1 >"$dir/log" 2>&1 \
      && touch "$dir/.done"
  fi
  echo "$dir"
}
row() { # row LABEL "COMPILE FLAGS" "LINK FLAGS"
  local label="$1" cflags="$2" lflags="$3" obj dir
  obj="$(objects "$cflags")"
  if [ ! -f "$obj/.done" ]; then
    printf '| %s | compile fails: %s | | | | |\n' "$label" "$(grep -m1 'error:' "$obj/log" | sed 's/.*error: //' | cut -c1-70)"
    return
  fi
  dir="$OUT/link-$(printf '%s' "$cflags|$lflags" | md5sum | cut -c1-10)"
  mkdir -p "$dir"
  # shellcheck disable=SC2086
  if ! em++ "$obj"/*.o "${BASE_LINK[@]}" $lflags -o "$dir/m.js" >"$dir/log" 2>&1; then
    printf '| %s | link fails: %s | | | | |\n' "$label" "$(grep -m1 -i 'error' "$dir/log" | cut -c1-70)"
    return
  fi
  local jz wz
  jz=$(gz "$dir/m.js"); wz=$(gz "$dir/m.wasm")
  printf '| %s | %d | %d | %d | %d | **%.1f** |\n' "$label" "$(stat -c%s "$dir/m.js")" "$jz" \
    "$(stat -c%s "$dir/m.wasm")" "$wz" "$(echo "($jz + $wz) / 1024" | bc -l)"
}

echo '| flags | .js bytes | .js gzip | .wasm bytes | .wasm gzip | module gzip KiB |'
echo '| --- | ---: | ---: | ---: | ---: | ---: |'
# Cumulative: each row adds its flags to the row above; the last one is what
# wasm/CMakeLists.txt builds.
row "-O2 (reference)" "-O2" "-O2"
row "-Oz" "-Oz" "-Oz"
C="-Oz -flto"; L="-Oz -flto"
row "+ -flto" "$C" "$L"
L="$L -sENVIRONMENT=web"; row "+ -sENVIRONMENT=web" "$C" "$L"
L="$L --closure 1"; row "+ --closure 1" "$C" "$L"
L="$L -sTEXTDECODER=2"; row "+ -sTEXTDECODER=2" "$C" "$L"
L="$L -sBINARYEN_EXTRA_PASSES=--converge"; row "+ -sBINARYEN_EXTRA_PASSES=--converge (built)" "$C" "$L"
# Tried one at a time on top of the built flags, not kept.
row "&nbsp;&nbsp;try -fno-rtti -DEMSCRIPTEN_HAS_UNBOUND_TYPE_NAMES=0" "$C -fno-rtti -DEMSCRIPTEN_HAS_UNBOUND_TYPE_NAMES=0" "$L -fno-rtti"
row "&nbsp;&nbsp;try -sSUPPORT_LONGJMP=0" "$C" "$L -sSUPPORT_LONGJMP=0"
row "&nbsp;&nbsp;try --no-entry" "$C" "$L --no-entry"
row "&nbsp;&nbsp;try -sSUPPORT_ERRNO=0" "$C" "$L -sSUPPORT_ERRNO=0"
row "&nbsp;&nbsp;try -sPOLYFILL=0" "$C" "$L -sPOLYFILL=0"
row "&nbsp;&nbsp;try -sSTRICT=1 --no-entry" "$C" "$L -sSTRICT=1 --no-entry"
row "&nbsp;&nbsp;try -sEVAL_CTORS=1" "$C" "$L -sEVAL_CTORS=1"
row "&nbsp;&nbsp;try -sALLOW_MEMORY_GROWTH=0" "$C" "$L -sALLOW_MEMORY_GROWTH=0"
row "&nbsp;&nbsp;try -Wl,--lto-O1" "$C" "$L -Wl,--lto-O1"
row "&nbsp;&nbsp;try -Os instead of -Oz" "${C//-Oz/-Os}" "${L//-Oz/-Os}"
row "&nbsp;&nbsp;try -DJSON_USE_IMPLICIT_CONVERSIONS=0" "$C -DJSON_USE_IMPLICIT_CONVERSIONS=0" "$L"
row "&nbsp;&nbsp;try -mbulk-memory" "$C -mbulk-memory" "$L -mbulk-memory"
row "&nbsp;&nbsp;try -mnontrapping-fptoint" "$C -mnontrapping-fptoint" "$L -mnontrapping-fptoint"
row "&nbsp;&nbsp;try -msign-ext" "$C -msign-ext" "$L -msign-ext"
