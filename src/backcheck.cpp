#include "backcheck/backcheck.hpp"

#include <nlohmann/json.hpp>

namespace backcheck {

namespace {
constexpr const char* kCoreVersion = "0.1.0";
}

std::string coreVersion() { return kCoreVersion; }

// Placeholder slice until the screening rules land: parses the answers and
// reports what the full core will report, without any clinical rule.
std::string evaluate(std::string_view answersJson) {
  nlohmann::json result;
  result["coreVersion"] = kCoreVersion;
  result["errors"] = nlohmann::json::array();
  const auto answers = nlohmann::json::parse(answersJson, nullptr, false);
  if (answers.is_discarded()) {
    result["errors"].push_back({{"code", "invalid_json"},
                                {"path", ""},
                                {"message", "The answers are not valid JSON."}});
  }
  return result.dump();
}

std::string validate(std::string_view answersJson) {
  const auto answers = nlohmann::json::parse(answersJson, nullptr, false);
  nlohmann::json result{{"valid", !answers.is_discarded()},
                        {"errors", nlohmann::json::array()}};
  return result.dump();
}

std::string protocol() { return R"({"protocolVersion":1,"steps":[]})"; }

}  // namespace backcheck
