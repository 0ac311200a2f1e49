// Test build only (build/wasm/wasm/heap-test, tests/wasm/memory.test.mjs): emmalloc's
// own counters, so a test can show that repeated evaluations leave the heap as
// they found it. The product module (bindings.cpp) does not carry them.
#include <emscripten/bind.h>
#include <emscripten/emmalloc.h>

EMSCRIPTEN_BINDINGS(backcheck_heap_counters) {
  emscripten::function("heapSize", &emmalloc_dynamic_heap_size);
  emscripten::function("heapFree", &emmalloc_free_dynamic_memory);
}
