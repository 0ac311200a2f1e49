// Helpers shared by the core's tests: evaluate answers given as JSON values and
// look things up in the result the way the widget would.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "backcheck/backcheck.hpp"

namespace backcheck::testing {

using nlohmann::json;

// The answers document: schemaVersion 1 plus the given sections.
inline json answers(json sections = json::object()) {
  sections["schemaVersion"] = 1;
  return sections;
}

inline json evaluate(const json& answersDocument) {
  return json::parse(backcheck::evaluate(answersDocument.dump()));
}

inline json evaluateText(const std::string& text) { return json::parse(backcheck::evaluate(text)); }

// Hip rotation sides.
inline json sensorRotation(double internal, double external) {
  return {{"method", "sensor"}, {"internalDegrees", internal}, {"externalDegrees", external}};
}
inline json compareRotation(const char* answer) {
  return {{"method", "compare"}, {"compare", answer}};
}
inline json rotationAnswers(json left, json right) {
  return answers({{"hipRotation", {{"left", std::move(left)}, {"right", std::move(right)}}}});
}
// The result for a rotation test answered on both sides.
inline json rotation(json left, json right) {
  return evaluate(rotationAnswers(std::move(left), std::move(right)));
}

inline std::vector<std::string> codes(const json& items) {
  std::vector<std::string> out;
  for (const auto& item : items)
    out.push_back(item.is_string() ? item.get<std::string>() : item.at("code").get<std::string>());
  return out;
}

inline std::vector<std::string> findingCodes(const json& result) {
  return codes(result.value("findings", json::array()));
}

// The findings with `code` (a side may have its own).
inline std::vector<json> findings(const json& result, const std::string& code) {
  std::vector<json> out;
  for (const auto& finding : result.value("findings", json::array())) {
    if (finding.at("code") == code) out.push_back(finding);
  }
  return out;
}

inline bool hasFinding(const json& result, const std::string& code) {
  return !findings(result, code).empty();
}

inline std::string level(const json& result) {
  return result.at("triage").at("level").get<std::string>();
}

}  // namespace backcheck::testing
