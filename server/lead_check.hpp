// Validates a lead against docs/lead.schema.json, at least as strictly as the
// schema (additionalProperties false everywhere it says so, lengths counted in
// characters, enums, code patterns) and a little stricter where the schema
// leaves text free: URLs, e-mail and phone shapes, control characters.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace inbox {

struct LeadProblem {
  std::string path;  // JSON pointer of the bad element
  std::string message;
};

// Empty when the lead is valid. At most 20 problems are reported.
std::vector<LeadProblem> checkLead(const nlohmann::json& lead);

}  // namespace inbox
