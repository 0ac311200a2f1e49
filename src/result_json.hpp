// The result document of docs/contract.md §2. Keys come out sorted (nlohmann's
// std::map), numbers through nlohmann's own formatter: byte-identical in the
// native and the WebAssembly build.
#pragma once

#include <nlohmann/json.hpp>

#include "assessment.hpp"
#include "errors.hpp"
#include "triage.hpp"

namespace backcheck::detail {

nlohmann::json errorsJson(const ErrorList& errors);
nlohmann::json invalidResult(const ErrorList& errors);
nlohmann::json adultsOnlyResult(const Answers& answers, const Assessment& assessment);
nlohmann::json triagedResult(const Answers& answers, const Assessment& assessment);

// Writes whole-valued floating-point numbers as integers (22.0 → 22), so a
// degree answered as 22 reads back as 22. Only used on the core's own output.
void tidyNumbers(nlohmann::json& value);

// Parts of the journey the answers did not cover (docs/contract.md §2).
nlohmann::json notAssessed(const Answers& answers, const Assessment& assessment);

}  // namespace backcheck::detail
