// The public API: text in, text out, never throws (see backcheck.hpp).
#include "backcheck/backcheck.hpp"

#include "assessment.hpp"
#include "json_text.hpp"
#include "result_json.hpp"
#include "thresholds.hpp"
#include "validation.hpp"

namespace backcheck {
namespace {

constexpr const char* kCoreVersion = "0.2.0";

// Parses and validates; `errors` is empty when `answers` can be evaluated.
detail::ErrorList read(std::string_view text, Answers& answers) {
  detail::ErrorList errors;
  const nlohmann::json document = detail::parseAnswersText(text, errors);
  if (errors.empty()) detail::readAnswers(document, answers, errors);
  return errors;
}

}  // namespace

std::string coreVersion() { return kCoreVersion; }

std::string evaluate(std::string_view answersJson) {
  Answers answers;
  const detail::ErrorList errors = read(answersJson, answers);
  if (!errors.empty()) return detail::invalidResult(errors).dump();
  const detail::Assessment assessment = detail::assess(answers);
  nlohmann::json result = answers.ageYears && *answers.ageYears < detail::kAdultAge
                              ? detail::adultsOnlyResult(answers, assessment)
                              : detail::triagedResult(answers, assessment);
  detail::tidyNumbers(result);
  return result.dump();
}

std::string validate(std::string_view answersJson) {
  Answers answers;
  const detail::ErrorList errors = read(answersJson, answers);
  const nlohmann::json result{{"valid", errors.empty()}, {"errors", detail::errorsJson(errors)}};
  return result.dump();
}

}  // namespace backcheck
