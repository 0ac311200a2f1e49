// libFuzzer target for the core's JSON entry points (evaluate, validate).
//
// Beyond "does not crash under ASan/UBSan", every input is checked against the
// promises of docs/contract.md that the widget and the lead payload rely on:
// both answers are JSON objects, evaluate and validate agree on validity, a
// result with errors has no triage, error codes come from the documented list,
// a red flag never ends in self_care, and the same input gives the same result.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

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
  static const std::set<std::string> codes{
      "invalid_json",   "too_large",      "too_deep",      "not_an_object",
      "wrong_type",     "out_of_range",   "unknown_value", "unknown_field",
      "unsupported_version", "missing_version", "too_many_items", "duplicate_item"};
  return codes;
}

const std::set<std::string>& triageLevels() {
  static const std::set<std::string> levels{"emergency", "urgent", "pt_evaluation", "self_care"};
  return levels;
}

void checkErrors(const json& errors, const std::string& output) {
  require(errors.is_array(), "errors is an array", output);
  for (const auto& error : errors) {
    require(error.is_object(), "each error is an object", output);
    require(error.contains("code") && error["code"].is_string(), "error has a string code", output);
    require(knownErrorCodes().count(error["code"].get<std::string>()) == 1,
            "error code is one of docs/contract.md §2", output);
    require(error.contains("path") && error["path"].is_string(), "error has a string path",
            output);
    const auto& path = error["path"].get_ref<const std::string&>();
    require(path.empty() || path[0] == '/', "error path is a JSON pointer", output);
  }
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
  if (hasErrors) {
    require(!result.contains("triage") || result["triage"].is_null(),
            "a result with errors has no triage", output);
    if (result.contains("outcome"))
      require(result["outcome"] == "invalid", "a result with errors is outcome invalid", output);
  }
  if (result.contains("triage") && result["triage"].is_object()) {
    const auto& triage = result["triage"];
    require(triage.contains("level") && triage["level"].is_string() &&
                triageLevels().count(triage["level"].get<std::string>()) == 1,
            "triage.level is one of the four levels", output);
    const bool anyRedFlag = result.contains("redFlags") && result["redFlags"].is_array() &&
                            !result["redFlags"].empty();
    if (anyRedFlag)
      require(triage["level"] != "self_care", "a red flag never ends in self_care", output);
  }
  return hasErrors;
}

bool checkValidation(const std::string& output) {
  const json verdict = json::parse(output, nullptr, false);
  require(!verdict.is_discarded() && verdict.is_object(), "validate returns a JSON object",
          output);
  require(verdict.contains("valid") && verdict["valid"].is_boolean(), "validate has valid: bool",
          output);
  require(verdict.contains("errors"), "validate carries errors[]", output);
  checkErrors(verdict["errors"], output);
  const bool valid = verdict["valid"].get<bool>();
  require(valid == verdict["errors"].empty(), "valid is true exactly when errors is empty",
          output);
  return valid;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::string result = backcheck::evaluate(input);
  const bool hasErrors = checkResult(result);
  const std::string verdict = backcheck::validate(input);
  const bool valid = checkValidation(verdict);
  require(valid == !hasErrors, "validate and evaluate agree on whether the answers are valid",
          result + "\nvalidate: " + verdict);
  require(backcheck::evaluate(input) == result, "evaluate is deterministic", result);
  return 0;
}
