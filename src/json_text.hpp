// Turning the answers text into a JSON value without throwing.
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

#include "errors.hpp"

namespace backcheck::detail {

// Parses `text` with nlohmann's non-throwing API after checking size and nesting
// depth (so a hostile document cannot exhaust memory or the stack). On failure
// adds one error and returns a discarded value.
nlohmann::json parseAnswersText(std::string_view text, ErrorList& errors);

}  // namespace backcheck::detail
