// The result document of docs/contract.md §2, written in a fixed key order with
// JsonWriter: byte-identical in the native and the WebAssembly build.
#pragma once

#include <string>

#include "assessment.hpp"
#include "errors.hpp"
#include "json_writer.hpp"

namespace backcheck::detail {

void writeErrors(JsonWriter& out, const ErrorList& errors);
std::string invalidResult(const ErrorList& errors);
std::string adultsOnlyResult(const Answers& answers, const Assessment& assessment);
std::string triagedResult(const Answers& answers, const Assessment& assessment);

// Parts of the journey the answers did not cover (docs/contract.md §2).
void writeNotAssessed(JsonWriter& out, const Answers& answers, const Assessment& assessment);

}  // namespace backcheck::detail
