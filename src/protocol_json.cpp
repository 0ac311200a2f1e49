// protocol(): the protocol table exported as JSON (docs/contract.md §3).
#include <nlohmann/json.hpp>

#include "backcheck/backcheck.hpp"
#include "errors.hpp"
#include "instruments.hpp"
#include "protocol_table.hpp"
#include "result_json.hpp"
#include "thresholds.hpp"

namespace backcheck {
namespace {

using detail::QuestionType;
using nlohmann::json;

const char* typeName(QuestionType type) {
  constexpr const char* kNames[] = {"checklist", "single", "number", "number",
                                    "scale_group", "rotation", "extension"};
  return kNames[static_cast<int>(type)];
}

json strings(detail::Span<const char*> values) {
  json out = json::array();
  for (const char* value : values) out.push_back(value);
  return out;
}

json bandsJson(detail::Span<detail::PictureBand> bands) {
  json out = json::array();
  for (const auto& band : bands) {
    out.push_back({{"value", band.value},
                   {"degrees", band.degrees},
                   {"minInclusive", band.minInclusive},
                   {"maxExclusive", band.maxExclusive}});
  }
  return out;
}

json typical(const detail::TypicalRange& range) {
  return {{"minInclusive", range.minInclusive}, {"maxInclusive", range.maxInclusive}};
}

json scoreBands(const detail::Instrument& instrument) {
  json out = json::array();
  const auto& bands = instrument.bands;
  for (std::size_t i = 0; i < bands.size; ++i) {
    json band{{"band", bands[i].band}, {"minInclusive", bands[i].minInclusive}};
    if (i + 1 < bands.size) {
      band["maxExclusive"] = bands[i + 1].minInclusive;
    } else {
      band["maxInclusive"] = instrument.maxInclusive;
    }
    out.push_back(std::move(band));
  }
  return out;
}

json redFlagOptions() {
  constexpr const char* kLevel[] = {"emergency", "urgent", "pt_evaluation"};
  constexpr const char* kStrength[] = {"emergency", "strong", "weak"};
  json options = json::array();
  for (std::size_t i = 0; i < kRedFlagCount; ++i) {
    const auto& rule = detail::redFlagRule(static_cast<RedFlag>(i));
    if (rule.derived) continue;
    const int strength = static_cast<int>(rule.strength);
    // `level` is what this answer alone leads to.
    options.push_back(
        {{"value", rule.code}, {"strength", kStrength[strength]}, {"level", kLevel[strength]}});
  }
  return options;
}

json derivedRedFlags() {
  return json::array(
      {{{"code", "age_over_50_new"}, {"from", {"/about/ageYears", "/about/previousEpisodes"}},
        {"ageYears", {{"minExclusive", detail::kNewPainOlderThan}}}},
       {{"code", "age_under_20"}, {"from", {"/about/ageYears", "/about/previousEpisodes"}},
        {"ageYears", {{"maxExclusive", detail::kNewPainYoungerThan}}}},
       {{"code", "no_improvement_4_weeks"},
        {"from", {"/about/duration", "/about/durationWeeks", "/about/trend"}},
        {"durationWeeks", {{"minInclusive", detail::kNoImprovementWeeks}}}}});
}

void addSideDetails(const detail::Question& question, json& out) {
  const bool rotation = question.type == QuestionType::Rotation;
  out["side"] = question.field;
  out["modes"] = strings(detail::methodNames());
  out["compareOptions"] = strings(question.options);
  if (rotation) {
    out["pictureBands"] = {{"internal", bandsJson(detail::internalRotationBands())},
                           {"external", bandsJson(detail::externalRotationBands())}};
    out["typical"] = {{"internal", typical(detail::kInternalRotationTypical)},
                      {"external", typical(detail::kExternalRotationTypical)}};
  } else {
    out["pictureBands"] = bandsJson(detail::extensionBands());
    out["typical"] = typical(detail::kExtensionTypical);
  }
}

json questionJson(const detail::Step& step, const detail::Question& question) {
  std::string path = std::string("/") + step.id;
  if (question.field != nullptr) path += std::string("/") + question.field;
  json out{{"id", question.id}, {"path", path}, {"type", typeName(question.type)}};
  if (question.unit != nullptr) out["unit"] = question.unit;
  switch (question.type) {
    case QuestionType::Checklist:
      out["none"] = true;
      out["options"] = redFlagOptions();
      return out;
    case QuestionType::Single: {
      json options = json::array();
      for (const char* value : question.options) options.push_back({{"value", value}});
      out["options"] = std::move(options);
      return out;
    }
    case QuestionType::Integer:
    case QuestionType::Number:
    case QuestionType::ScaleGroup:
    case QuestionType::Rotation:
    case QuestionType::Extension:
      break;
  }
  out["minInclusive"] = question.minInclusive;
  out["maxInclusive"] = question.maxInclusive;
  if (question.type == QuestionType::Integer) out["integer"] = true;
  if (question.target == detail::Field::AgeYears) out["adultMinInclusive"] = detail::kAdultAge;
  if (question.type == QuestionType::ScaleGroup) {
    out["items"] = strings(question.items);
    const bool peg = question.target == detail::Field::Peg;
    out["bands"] = scoreBands(peg ? detail::pegInstrument() : detail::phq4Instrument());
    if (!peg) {
      const json positive{{"minInclusive", detail::kPhqSubscalePositive}};
      out["subscales"] = {{"phq2", {{"items", {"interest", "down"}}, {"positive", positive}}},
                          {"gad2", {{"items", {"nervous", "worry"}}, {"positive", positive}}}};
    }
  }
  if (question.type == QuestionType::Rotation || question.type == QuestionType::Extension) {
    addSideDetails(question, out);
  }
  return out;
}

}  // namespace

std::string protocol() {
  json steps = json::array();
  for (const detail::Step& step : detail::protocolSteps()) {
    json questions = json::array();
    for (const detail::Question& question : step.questions) {
      questions.push_back(questionJson(step, question));
    }
    steps.push_back({{"id", step.id}, {"questions", std::move(questions)}});
  }
  json document{{"protocolVersion", detail::kProtocolVersion},
                      {"schemaVersion", detail::kSchemaVersion},
                      {"coreVersion", coreVersion()},
                      {"limits", {{"maxInputBytes", detail::kMaxInputBytes},
                                  {"maxDepth", detail::kMaxDepth}}},
                      {"derivedRedFlags", derivedRedFlags()},
                      {"steps", std::move(steps)}};
  detail::tidyNumbers(document);
  return document.dump();
}

}  // namespace backcheck
