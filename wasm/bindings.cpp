// The embind surface of the core: registrations only. Plain strings cross the
// boundary (JSON text), so JavaScript never owns a C++ object to delete, and the
// core reports bad input inside the returned JSON instead of throwing.
#include <emscripten/bind.h>

#include "backcheck/backcheck.hpp"
#include "string_adapters.hpp"

EMSCRIPTEN_BINDINGS(backcheck) {
  emscripten::function("evaluate", &backcheck::wasm::evaluate);
  emscripten::function("validate", &backcheck::wasm::validate);
  emscripten::function("protocol", &backcheck::wasm::protocol);
  emscripten::function("coreVersion", &backcheck::wasm::coreVersion);
}
