// libFuzzer target for the core's JSON entry points (evaluate, validate).
//
// Beyond "does not crash under ASan/UBSan", every input is checked against the
// promises of docs/contract.md and BRIEF §2–3 that the widget and the lead
// payload rely on: both answers are JSON objects, evaluate and validate agree
// on validity, only a triaged result has a triage, codes come from the
// documented lists, the triage level is at least what the red flags demand
// (never self_care with a red flag), and the same input gives the same result.
// And the core's own JSON reader is checked against nlohmann/json on every
// input (tests/core/json_differential.hpp): same verdict and values, and a
// refused duplicate key or inexact number is confirmed by nlohmann.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "../core/json_differential.hpp"
#include "backcheck/backcheck.hpp"

namespace {

using nlohmann::json;

[[noreturn]] void broken(const char* promise, const std::string& output) {
  std::fprintf(stderr, "contract violated: %s\noutput: %.2000s\n", promise, output.c_str());
  std::abort();
}

void require(bool ok, const char* promise, const std::string& output) {
  if (!ok) broken(promise, output);
}

const std::set<std::string>& knownErrorCodes() {
  static const std::set<std::string> codes{"invalid_json",
                                           "too_large",
                                           "too_deep",
                                           "not_an_object",
                                           "wrong_type",
                                           "out_of_range",
                                           "unknown_value",
                                           "unknown_field",
                                           "unsupported_version",
                                           "missing_version",
                                           "too_many_items",
                                           "duplicate_item",
                                           "missing_field",
                                           "field_not_for_method",
                                           "duplicate_key",
                                           "inexact_number",
                                           "conflicting_answers"};
  return codes;
}

const std::set<std::string>& triageLevels() {
  static const std::set<std::string> levels{"emergency", "urgent", "pt_evaluation", "self_care"};
  return levels;
}

// BRIEF §3: the red-flag and finding codes other parts rely on.
const std::set<std::string>& redFlagCodes() {
  static const std::set<std::string> codes{
      "bladder_bowel_change",   "saddle_numbness",        "bilateral_leg_symptoms",
      "progressive_weakness",   "sexual_dysfunction_new", "major_trauma",
      "fever_with_risk_factor", "cancer_history",         "unexplained_weight_loss",
      "age_over_50_new",        "age_under_20",           "night_pain_unrelieved",
      "no_improvement_4_weeks", "fever_or_chills",        "fragility_fracture_risk"};
  return codes;
}

const std::set<std::string>& findingCodes() {
  static const std::set<std::string> codes{"hip_ir_limited_bilateral",
                                           "hip_ir_limited_unilateral",
                                           "hip_er_limited",
                                           "hip_rotation_asymmetry",
                                           "hip_extension_limited",
                                           "prolonged_sitting",
                                           "weak_bridge",
                                           "distress_positive",
                                           "high_pain_impact",
                                           "radiating_leg_pain",
                                           "chronic_duration",
                                           "recurrent_episodes",
                                           "worsening"};
  return codes;
}

bool isString(const json& object, const char* key) {
  return object.is_object() && object.contains(key) && object[key].is_string();
}

// The triage level must be at least what the red flags demand (BRIEF §2: the
// highest level that applies wins; a red flag never ends in self_care).
void checkTriageAgainstRedFlags(const json& result, const std::string& output) {
  const std::string level = result["triage"]["level"].get<std::string>();
  int emergency = 0, strong = 0, weak = 0;
  if (result.contains("redFlags")) {
    require(result["redFlags"].is_array(), "redFlags is an array", output);
    for (const auto& flag : result["redFlags"]) {
      require(isString(flag, "code") && redFlagCodes().count(flag["code"].get<std::string>()) == 1,
              "red flag code is one of BRIEF §3", output);
      require(isString(flag, "strength"), "red flag has a strength", output);
      const auto& strength = flag["strength"].get_ref<const std::string&>();
      require(strength == "emergency" || strength == "strong" || strength == "weak",
              "red flag strength is emergency|strong|weak", output);
      emergency += strength == "emergency";
      strong += strength == "strong";
      weak += strength == "weak";
    }
  }
  if (emergency > 0) require(level == "emergency", "an emergency flag gives emergency", output);
  if (strong > 0 || weak >= 2)
    require(level == "emergency" || level == "urgent",
            "a strong flag or two weak flags give urgent (or emergency)", output);
  if (emergency + strong + weak > 0)
    require(level != "self_care", "a red flag never ends in self_care", output);
  if (level == "emergency" && result.contains("watchFor"))
    require(result["watchFor"].is_array() && result["watchFor"].empty(),
            "watchFor is empty for emergency", output);
  // The safety net never lists a sign the visitor already has (docs/clinical.md).
  for (const char* list : {"watchFor", "seeDoctorIf"}) {
    if (!result.contains(list) || !result.contains("redFlags")) continue;
    for (const auto& code : result[list])
      for (const auto& flag : result["redFlags"])
        require(flag["code"] != code, "the safety net lists only signs the visitor does not have",
                output);
  }
  // Pain into both legs is never self-care or a routine PT visit (TR-6).
  for (const auto& finding : result.value("findings", json::array()))
    if (finding.value("code", "") == "radiating_leg_pain" && finding.value("side", "") == "both")
      require(level == "urgent" || level == "emergency", "pain into both legs is urgent", output);
}

void checkErrors(const json& errors, const std::string& output) {
  require(errors.is_array(), "errors is an array", output);
  for (const auto& error : errors) {
    require(error.is_object(), "each error is an object", output);
    require(error.contains("code") && error["code"].is_string(), "error has a string code", output);
    require(knownErrorCodes().count(error["code"].get<std::string>()) == 1,
            "error code is one of docs/contract.md §2", output);
    require(error.contains("path") && error["path"].is_string(), "error has a string path", output);
    const auto& path = error["path"].get_ref<const std::string&>();
    require(path.empty() || path[0] == '/', "error path is a JSON pointer", output);
  }
}

// Under 18 there is no triage, but an emergency flag still says "call now"
// (docs/contract.md §2, adults_only).
void checkAdolescentPlan(const json& result, const std::string& output) {
  bool emergency = false;
  if (result.contains("redFlags") && result["redFlags"].is_array())
    for (const auto& flag : result["redFlags"])
      emergency = emergency || (isString(flag, "strength") && flag["strength"] == "emergency");
  if (!emergency) return;
  bool callsEmergency = false;
  if (result.contains("plan") && result["plan"].is_array())
    for (const auto& step : result["plan"])
      callsEmergency =
          callsEmergency || (isString(step, "code") && step["code"] == "call_emergency");
  require(callsEmergency, "an adolescent with an emergency flag is told to call emergency", output);
}

// Returns whether the result reports errors.
bool checkResult(const std::string& output) {
  const json result = json::parse(output, nullptr, false);
  require(!result.is_discarded(), "evaluate returns valid JSON", output);
  require(result.is_object(), "evaluate returns an object", output);
  require(result.contains("coreVersion") && result["coreVersion"].is_string(),
          "result carries coreVersion", output);
  require(result.contains("errors"), "result carries errors[]", output);
  checkErrors(result["errors"], output);
  const bool hasErrors = !result["errors"].empty();
  require(result["errors"].size() <= 20, "at most 20 errors are reported", output);
  require(isString(result, "outcome"), "result carries outcome", output);
  const std::string outcome = result["outcome"].get<std::string>();
  require(outcome == "triaged" || outcome == "adults_only" || outcome == "invalid",
          "outcome is triaged|adults_only|invalid", output);
  require(hasErrors == (outcome == "invalid"), "outcome is invalid exactly when there are errors",
          output);
  const bool hasTriage = result.contains("triage") && !result["triage"].is_null();
  if (outcome != "triaged") {
    require(!hasTriage, "only a triaged result has a triage", output);
    require(!result.contains("findings") || result["findings"].empty(),
            "only a triaged result has findings", output);
    require(!result.contains("scores") || result["scores"].empty(),
            "only a triaged result has scores", output);
    if (outcome == "adults_only") checkAdolescentPlan(result, output);
    return hasErrors;
  }
  require(hasTriage && result["triage"].is_object(), "a triaged result has a triage", output);
  require(isString(result["triage"], "level") &&
              triageLevels().count(result["triage"]["level"].get<std::string>()) == 1,
          "triage.level is one of the four levels", output);
  checkTriageAgainstRedFlags(result, output);
  if (result.contains("findings")) {
    require(result["findings"].is_array(), "findings is an array", output);
    for (const auto& finding : result["findings"])
      require(isString(finding, "code") &&
                  findingCodes().count(finding["code"].get<std::string>()) == 1,
              "finding code is one of BRIEF §3", output);
  }
  return hasErrors;
}

bool checkValidation(const std::string& output) {
  const json verdict = json::parse(output, nullptr, false);
  require(!verdict.is_discarded() && verdict.is_object(), "validate returns a JSON object", output);
  require(verdict.contains("valid") && verdict["valid"].is_boolean(), "validate has valid: bool",
          output);
  require(verdict.contains("errors"), "validate carries errors[]", output);
  checkErrors(verdict["errors"], output);
  const bool valid = verdict["valid"].get<bool>();
  require(valid == verdict["errors"].empty(), "valid is true exactly when errors is empty", output);
  return valid;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::string readerMismatch = backcheck::testing::jsonReaderMismatch(input);
  require(readerMismatch.empty(), "the core's JSON reader agrees with nlohmann/json",
          readerMismatch + "\ninput: " + std::string(input.substr(0, 2000)));
  const std::string result = backcheck::evaluate(input);
  const bool hasErrors = checkResult(result);
  const std::string verdict = backcheck::validate(input);
  const bool valid = checkValidation(verdict);
  require(valid == !hasErrors, "validate and evaluate agree on whether the answers are valid",
          result + "\nvalidate: " + verdict);
  require(backcheck::evaluate(input) == result, "evaluate is deterministic", result);
  return 0;
}
