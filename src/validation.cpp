#include "validation.hpp"

#include <string>

#include "protocol_table.hpp"
#include "side_answers.hpp"

namespace backcheck::detail {
namespace {

using json = JsonValue;

const Step* findStep(std::string_view key) {
  for (const Step& step : protocolSteps()) {
    if (key == step.id) return &step;
  }
  return nullptr;
}

const Question* findQuestion(const Step& step, std::string_view key) {
  for (const Question& question : step.questions) {
    if (question.field != nullptr && key == question.field) return &question;
  }
  return nullptr;
}

// The first question whose answer is the whole section (PHQ-4), if any.
const Question* sectionQuestion(const Step& step) {
  for (const Question& question : step.questions) {
    if (question.field == nullptr) return &question;
  }
  return nullptr;
}

void readRedFlags(const json& value, const JsonPath& path, Answers& answers, ErrorList& errors) {
  if (!value.isArray()) {
    errors.add("wrong_type", path, "Expected an array of red-flag codes.");
    return;
  }
  if (value.items.size() > kRedFlagCount) {
    errors.add("too_many_items", path, "More red flags than there are codes.");
    return;
  }
  answers.safetyAnswered = true;
  for (std::size_t i = 0; i < value.items.size(); ++i) {
    const JsonPath itemPath = path.child(i);
    const json& item = value.items[i];
    if (!item.isString()) {
      errors.add("wrong_type", itemPath, "Expected a red-flag code.");
      continue;
    }
    const std::string_view code = item.text;
    int found = -1;
    for (std::size_t f = 0; f < kRedFlagCount; ++f) {
      if (code == redFlagRule(static_cast<RedFlag>(f)).code) found = static_cast<int>(f);
    }
    if (found < 0) {
      errors.add("unknown_value", itemPath, "Unknown red-flag code.");
      continue;
    }
    const auto flag = static_cast<RedFlag>(found);
    bool duplicate = false;
    for (const RedFlag seen : answers.redFlags) duplicate = duplicate || seen == flag;
    if (duplicate) {
      errors.add("duplicate_item", itemPath, "This red flag is listed twice.");
      continue;
    }
    answers.redFlags.push_back(flag);
  }
}

void storeOption(Field target, int index, Answers& answers) {
  switch (target) {
    case Field::Duration: answers.duration = static_cast<Duration>(index); break;
    case Field::PreviousEpisodes: answers.previousEpisodes = static_cast<Episodes>(index); break;
    case Field::Location: answers.location = static_cast<PainLocation>(index); break;
    case Field::LegSide: answers.legSide = static_cast<LegSide>(index); break;
    case Field::Trend: answers.trend = static_cast<Trend>(index); break;
    case Field::Activity: answers.activity = static_cast<ActivityLevel>(index); break;
    default: break;
  }
}

void storeNumber(Field target, double number, Answers& answers) {
  switch (target) {
    case Field::AgeYears: answers.ageYears = static_cast<int>(number); break;
    case Field::DurationWeeks: answers.durationWeeks = number; break;
    case Field::SittingHours: answers.sittingHours = number; break;
    case Field::BridgeHoldSeconds: answers.bridgeHoldSeconds = number; break;
    default: break;
  }
}

void readScaleGroup(const Question& question, const json& value, const JsonPath& path,
                    Answers& answers, ErrorList& errors) {
  if (!value.isObject()) {
    errors.add("wrong_type", path, "Expected an object of item scores.");
    return;
  }
  std::optional<int>* slots[4] = {};
  if (question.target == Field::Peg) {
    slots[0] = &answers.peg.pain;
    slots[1] = &answers.peg.enjoyment;
    slots[2] = &answers.peg.activity;
  } else {
    slots[0] = &answers.phq4.nervous;
    slots[1] = &answers.phq4.worry;
    slots[2] = &answers.phq4.interest;
    slots[3] = &answers.phq4.down;
  }
  for (const json& entry : value.items) {
    const JsonPath itemPath = path.child(entry.key);
    const int index = optionIndex(question.items, entry.key.data(), entry.key.size());
    if (index < 0) {
      errors.add("unknown_field", itemPath, "Unknown item.");
      continue;
    }
    double score = 0;
    if (readNumberInRange(entry, itemPath, question.minInclusive, question.maxInclusive,
                          /*integer=*/true, score, errors)) {
      *slots[index] = static_cast<int>(score);
    }
  }
}

void readQuestion(const Question& question, const json& value, const JsonPath& path,
                  Answers& answers, ErrorList& errors) {
  switch (question.type) {
    case QuestionType::Checklist: readRedFlags(value, path, answers, errors); return;
    case QuestionType::Single: {
      const int index = readOption(value, path, question.options, errors);
      if (index >= 0) storeOption(question.target, index, answers);
      return;
    }
    case QuestionType::Integer:
    case QuestionType::Number: {
      double number = 0;
      if (readNumberInRange(value, path, question.minInclusive, question.maxInclusive,
                            question.type == QuestionType::Integer, number, errors)) {
        storeNumber(question.target, number, answers);
      }
      return;
    }
    case QuestionType::ScaleGroup: readScaleGroup(question, value, path, answers, errors); return;
    case QuestionType::Rotation: {
      const auto side = question.target == Field::RotationLeft ? Side::Left : Side::Right;
      answers.hipRotation[static_cast<int>(side)] = readHipRotation(question, value, path, errors);
      return;
    }
    case QuestionType::Extension: {
      const auto side = question.target == Field::ExtensionLeft ? Side::Left : Side::Right;
      answers.hipExtension[static_cast<int>(side)] =
          readHipExtension(question, value, path, errors);
      return;
    }
  }
}

void readSection(const Step& step, const json& section, const JsonPath& path, Answers& answers,
                 ErrorList& errors) {
  if (!section.isObject()) {
    errors.add("wrong_type", path, "Expected an object.");
    return;
  }
  if (const Question* whole = sectionQuestion(step)) {
    readQuestion(*whole, section, path, answers, errors);
    return;
  }
  for (const json& entry : section.items) {
    const JsonPath fieldPath = path.child(entry.key);
    const Question* question = findQuestion(step, entry.key);
    if (question == nullptr) {
      errors.add("unknown_field", fieldPath, "Unknown field.");
      continue;
    }
    readQuestion(*question, entry, fieldPath, answers, errors);
  }
}

// schemaVersion decides how the rest is read, so it is checked first.
bool readVersion(const json& document, ErrorList& errors) {
  const json* version = document.find("schemaVersion");
  if (version == nullptr) {
    errors.add("missing_version", "/schemaVersion", "schemaVersion is required.");
    return false;
  }
  if (!version->isInteger()) {
    errors.add("wrong_type", "/schemaVersion", "Expected an integer.");
    return false;
  }
  if (version->kind != json::Kind::Unsigned ||
      version->integer != static_cast<std::uint64_t>(kSchemaVersion)) {
    errors.add("unsupported_version", "/schemaVersion", "This core reads schemaVersion 1.");
    return false;
  }
  return true;
}

// Answers that cannot both be true are refused, never resolved silently (the
// widget's flow prevents them; docs/input.md, conflicting_answers).
void checkConflicts(const Answers& answers, ErrorList& errors) {
  if (answers.location == PainLocation::BackOnly && answers.legSide &&
      *answers.legSide != LegSide::None) {
    errors.add("conflicting_answers", "/about/legSide",
               "The pain is \"in the back only\" but also goes into a leg: answer one of them.");
  }
  if (answers.duration && answers.durationWeeks) {
    const WeekRange band = durationBandWeeks(*answers.duration);
    if (*answers.durationWeeks < band.minInclusive || *answers.durationWeeks > band.maxInclusive) {
      errors.add("conflicting_answers", "/about/durationWeeks",
                 "The number of weeks is outside the duration band chosen: answer one of them.");
    }
  }
}

}  // namespace

void readAnswers(const json& document, Answers& answers, ErrorList& errors) {
  if (!document.isObject()) {
    errors.add("not_an_object", "", "The answers must be a JSON object.");
    return;
  }
  if (!readVersion(document, errors)) return;
  const JsonPath root;  // outlives the paths of its children below
  for (const json& entry : document.items) {
    if (entry.key == "schemaVersion") continue;
    const JsonPath path = root.child(entry.key);
    const Step* step = findStep(entry.key);
    if (step == nullptr) {
      errors.add("unknown_field", path, "Unknown section.");
      continue;
    }
    readSection(*step, entry, path, answers, errors);
  }
  checkConflicts(answers, errors);
}

}  // namespace backcheck::detail
