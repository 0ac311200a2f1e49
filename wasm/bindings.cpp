// The embind surface of the core: registrations only. Plain strings cross the
// boundary (JSON text), so JavaScript never owns a C++ object to delete, and the
// core reports bad input inside the returned JSON instead of throwing.
#include <emscripten/bind.h>

#include "backcheck/backcheck.hpp"

namespace {
std::string evaluateJson(const std::string& answers) { return backcheck::evaluate(answers); }
std::string validateJson(const std::string& answers) { return backcheck::validate(answers); }
}  // namespace

EMSCRIPTEN_BINDINGS(backcheck) {
  emscripten::function("evaluate", &evaluateJson);
  emscripten::function("validate", &validateJson);
  emscripten::function("protocol", &backcheck::protocol);
  emscripten::function("coreVersion", &backcheck::coreVersion);
}
