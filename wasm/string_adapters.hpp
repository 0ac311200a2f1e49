// Adapters between JavaScript strings and the core's text API. They only
// forward: every rule runs in the core, exactly as in the native CLI.
//
// Strings cross the boundary in two small JS functions instead of embind's
// std::string conversion, which walks every character in JavaScript three
// times (measure, encode; and twice more for the result): a third of an
// evaluate() call (docs/performance.md).
#pragma once

#include <cstddef>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include <emscripten/emscripten.h>  // EM_JS (3.1.6 needs EMSCRIPTEN_KEEPALIVE from here)
#include <emscripten/val.h>

#include "backcheck/backcheck.hpp"

// A JS string as UTF-8 in a malloc'd buffer (the caller frees it); *size is
// its length in bytes. ASCII (the usual answers) is copied in one loop; the
// rest goes through Emscripten's own encoder, byte for byte what embind's
// std::string made (a lone surrogate stays invalid UTF-8, which the core
// refuses). Long texts, which the core refuses as too large, are measured
// exactly so that the buffer fits the heap for as long as possible.
EM_JS(char*, backcheck_text_from_js, (emscripten::EM_VAL handle, std::size_t* size), {
  var text = Emval.toValue(handle);
  if (typeof text != 'string') throw new TypeError('backcheck: the answers must be JSON text');
  var length = text.length;
  var capacity = (length <= 65536 ? length * 3 : lengthBytesUTF8(text)) + 1;
  var data = _malloc(capacity);
  var i = 0;
  for (var c; i < length && (c = text.charCodeAt(i)) < 128; ++i) HEAPU8[data + i] = c;
  HEAPU32[size >> 2] = i < length ? i + stringToUTF8(text.slice(i), data + i, capacity - i) : i;
  return data;
});

// The core's output (valid UTF-8 without NUL: the writer escapes control
// characters) as a JS string, in one TextDecoder call.
EM_JS(emscripten::EM_VAL, backcheck_text_to_js, (const char* data, std::size_t size),
      { return Emval.toHandle(UTF8Decoder.decode(HEAPU8.subarray(data, data + size))); });

namespace backcheck::wasm {

using TextFunction = std::string (*)(std::string_view);

inline emscripten::val toJs(const std::string& text) {
  return emscripten::val::take_ownership(backcheck_text_to_js(text.data(), text.size()));
}

inline emscripten::val withText(const emscripten::val& answers, TextFunction run) {
  std::size_t size = 0;
  const std::unique_ptr<char, decltype(&std::free)> text(
      backcheck_text_from_js(answers.as_handle(), &size), &std::free);
  return toJs(run(std::string_view(text.get(), size)));
}

inline emscripten::val evaluate(const emscripten::val& answers) {
  return withText(answers, &backcheck::evaluate);
}
inline emscripten::val validate(const emscripten::val& answers) {
  return withText(answers, &backcheck::validate);
}
inline emscripten::val protocol() { return toJs(backcheck::protocol()); }
inline emscripten::val coreVersion() { return toJs(backcheck::coreVersion()); }

}  // namespace backcheck::wasm
