// Adapters from embind's std::string to the core's std::string_view API.
// They only forward: every rule runs in the core, exactly as in the native CLI.
#pragma once

#include <string>

#include "backcheck/backcheck.hpp"

namespace backcheck::wasm {

inline std::string evaluate(const std::string& answersJson) { return backcheck::evaluate(answersJson); }
inline std::string validate(const std::string& answersJson) { return backcheck::validate(answersJson); }

}  // namespace backcheck::wasm
