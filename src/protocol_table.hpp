// The one table of the screening protocol: steps, questions, answer options,
// ranges, picture bands and red flags. The validator reads the answers against it
// and protocol() exports it as JSON for the widget, so both always agree.
#pragma once

#include <cstdint>

#include "backcheck/model.hpp"
#include "span.hpp"

namespace backcheck::detail {

enum class QuestionType : std::uint8_t {
  Checklist,   // array of red-flag codes; [] is "none of these"
  Single,      // one option value
  Integer,     // whole number in range
  Number,      // any finite number in range
  ScaleGroup,  // object of integer items in range
  Rotation,    // one side of the hip rotation test
  Extension,   // one side of the hip extension test
};

// A picture the visitor can pick; the widget sends `degrees`.
struct PictureBand {
  const char* value;
  double degrees;
  double minInclusive;
  double maxExclusive;
};

// Where a validated answer is stored in Answers.
enum class Field : std::uint8_t {
  RedFlags,
  AgeYears,
  Duration,
  DurationWeeks,
  PreviousEpisodes,
  Location,
  LegSide,
  Trend,
  Peg,
  RotationLeft,
  RotationRight,
  ExtensionLeft,
  ExtensionRight,
  SittingHours,
  Activity,
  BridgeHoldSeconds,
  Phq4,
};

struct Question {
  Field target;
  const char* id;     // protocol id and locale key
  const char* field;  // key inside the step's section; nullptr: the section itself
  QuestionType type;
  const char* unit;  // nullptr when unitless
  double minInclusive;
  double maxInclusive;
  Span<const char*> options;  // Single options; Rotation/Extension compare answers
  Span<const char*> items;    // ScaleGroup items
};

struct Step {
  const char* id;  // also the section key in the answers
  Span<Question> questions;
};

enum class RedFlagStrength : std::uint8_t { Emergency, Strong, Weak };
// Lower is more urgent: the adults-only plan keeps the smallest strength it saw.
static_assert(RedFlagStrength::Emergency < RedFlagStrength::Strong &&
              RedFlagStrength::Strong < RedFlagStrength::Weak);

struct RedFlagRule {
  const char* code;
  const char* rule;  // rule id in docs/clinical.md
  RedFlagStrength strength;
  bool derived;  // computed from other answers, not on the checklist
};

Span<Step> protocolSteps();
const RedFlagRule& redFlagRule(RedFlag flag);
const char* strengthName(RedFlagStrength strength);  // emergency | strong | weak
Span<const char*> methodNames();                     // sensor, picture, compare
Span<PictureBand> internalRotationBands();
Span<PictureBand> externalRotationBands();
Span<PictureBand> extensionBands();

// The options of the question stored in `target`.
Span<const char*> optionsOf(Field target);
template <class Enum>
const char* optionName(Field target, Enum value) {
  return optionsOf(target)[static_cast<std::size_t>(value)];
}

// Weeks a duration band covers, both ends inclusive: a typed durationWeeks on
// a band's edge agrees with either neighbour (validation.cpp, conflicting_answers).
struct WeekRange {
  double minInclusive;
  double maxInclusive;
};
WeekRange durationBandWeeks(Duration band);

// Decimal places a Number answer is read to; the widget sends what was typed,
// rounded to this many places, never to a whole number (3.5 weeks stays 3.5).
constexpr int kNumberDecimals = 1;

// Index of `value` in `options`, or -1.
int optionIndex(Span<const char*> options, const char* value, std::size_t length);

constexpr int kProtocolVersion = 1;
constexpr int kSchemaVersion = 1;

}  // namespace backcheck::detail
