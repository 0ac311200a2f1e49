// Turning the answers text into a JSON value without throwing.
#pragma once

#include <string_view>
#include "json_reader.hpp"

#include "errors.hpp"

namespace backcheck::detail {

// Parses `text` (json_reader.hpp) after checking size and nesting depth (so a
// hostile document cannot exhaust memory or the stack). On failure adds one
// error and returns false.
bool parseAnswersText(std::string_view text, JsonValue& document, ErrorList& errors);

}  // namespace backcheck::detail
