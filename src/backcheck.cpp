// The public API: text in, text out, never throws (see backcheck.hpp).
#include "backcheck/backcheck.hpp"

#include "assessment.hpp"
#include "json_text.hpp"
#include "result_writer.hpp"
#include "thresholds.hpp"
#include "validation.hpp"
#include "version.hpp"

namespace backcheck {
namespace {

// Parses and validates; `errors` is empty when `answers` can be evaluated.
detail::ErrorList read(std::string_view text, Answers& answers) {
  detail::ErrorList errors;
  detail::JsonValue document;
  if (detail::parseAnswersText(text, document, errors)) {
    detail::readAnswers(document, answers, errors);
  }
  return errors;
}

}  // namespace

std::string coreVersion() { return detail::kCoreVersion; }

std::string evaluate(std::string_view answersJson) {
  Answers answers;
  const detail::ErrorList errors = read(answersJson, answers);
  if (!errors.empty()) return detail::invalidResult(errors);
  const detail::Assessment assessment = detail::assess(answers);
  if (answers.ageYears && *answers.ageYears < detail::kAdultAge) {
    return detail::adultsOnlyResult(answers, assessment);
  }
  return detail::triagedResult(answers, assessment);
}

std::string validate(std::string_view answersJson) {
  Answers answers;
  const detail::ErrorList errors = read(answersJson, answers);
  detail::JsonWriter out;
  out.beginObject().key("valid").boolean(errors.empty());
  detail::writeErrors(out, errors);
  return out.endObject().take();
}

}  // namespace backcheck
