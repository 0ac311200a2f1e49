// The types embind knows in the product module: void and emscripten::val, the
// only ones its four functions pass (wasm/bindings.cpp: JSON text in and out as
// JavaScript strings, through wasm/string_adapters.hpp). Emscripten's own
// registration (system/lib/embind/bind.cpp, linked by --bind) also registers
// every integer, float, bool, std::string, std::wstring and typed-array view,
// whose JavaScript converters then ship in the glue although nothing uses them:
// 2.7 KB gzip of the whole-journey payload (docs/performance.md). A binding that
// passes another type fails loudly when the module starts ("UnboundTypeError"),
// which tests/wasm catches; register the type here, or link with --bind.
#include <emscripten/bind.h>
#include <emscripten/emscripten.h>

#include <cstring>
#include <typeinfo>

extern "C" {

// embind's JavaScript asks for a type's name to word its errors (RTTI is on).
EMSCRIPTEN_KEEPALIVE const char* __getTypeName(const std::type_info* type) {
  return strdup(type->name());
}

// Runs before the bindings register (a constructor, like Emscripten's own).
EMSCRIPTEN_KEEPALIVE __attribute__((constructor)) void
__embind_register_native_and_builtin_types() {
  using emscripten::internal::TypeID;
  emscripten::internal::_embind_register_void(TypeID<void>::get(), "void");
  emscripten::internal::_embind_register_emval(TypeID<emscripten::val>::get(), "emscripten::val");
}

}  // extern "C"
