// The visitor's answers after validation (docs/input.md, docs/input.schema.json).
//
// Every field is optional: an absent value means "not asked or skipped", never an
// error. Enum order matches the option order of the protocol table
// (src/protocol_table.cpp), which maps the JSON strings to these values and
// checks each row against its enum value at compile time.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace backcheck {

enum class Side : std::uint8_t { Left, Right };
constexpr std::array<Side, 2> kBothSides{Side::Left, Side::Right};

// How a range of motion was answered; decides the finding's confidence.
enum class Method : std::uint8_t { Sensor, Picture, Compare };

// Qualitative hip rotation answer: inward (IR) compared with outward (ER).
enum class RotationCompare : std::uint8_t {
  InternalMuchLess,
  InternalLess,
  AboutSame,
  InternalMore
};
// F-ASY counts steps on this scale (the difference of two values), so the
// values must rise one by one from "much less" to "more".
static_assert(static_cast<int>(RotationCompare::InternalMuchLess) == 0 &&
              static_cast<int>(RotationCompare::InternalLess) == 1 &&
              static_cast<int>(RotationCompare::AboutSame) == 2 &&
              static_cast<int>(RotationCompare::InternalMore) == 3);

// Modified Thomas test: where the lowered thigh rests relative to the bed.
enum class ThighPosition : std::uint8_t { Above, Level, Below };

enum class Duration : std::uint8_t { Under1Week, Weeks1To4, Weeks4To6, Weeks6To12, Over12Weeks };
enum class Episodes : std::uint8_t { None, Once, Several };
enum class PainLocation : std::uint8_t { BackOnly, ButtockThigh, BelowKnee };
enum class LegSide : std::uint8_t { None, One, Both };
enum class Trend : std::uint8_t { Better, Same, Worse };
enum class ActivityLevel : std::uint8_t { Low, Moderate, High };

// Red-flag codes of BRIEF §3, in the order of the red-flag table.
enum class RedFlag : std::uint8_t {
  BladderBowelChange,
  SaddleNumbness,
  BilateralLegSymptoms,
  ProgressiveWeakness,
  SexualDysfunctionNew,
  MajorTrauma,
  FeverWithRiskFactor,
  CancerHistory,
  UnexplainedWeightLoss,
  FeverOrChills,
  FragilityFractureRisk,
  NightPainUnrelieved,
  AgeOver50New,
  AgeUnder20,
  NoImprovement4Weeks,
};
constexpr std::size_t kRedFlagCount = 15;

struct HipRotation {
  Method method = Method::Compare;
  std::optional<double> internalDegrees;
  std::optional<double> externalDegrees;
  std::optional<RotationCompare> compare;
};

struct HipExtension {
  Method method = Method::Compare;
  std::optional<double> degrees;
  std::optional<ThighPosition> thigh;
};

struct PegAnswers {
  std::optional<int> pain, enjoyment, activity;
};

struct Phq4Answers {
  std::optional<int> nervous, worry, interest, down;
};

struct Answers {
  bool safetyAnswered = false;  // the checklist was answered (an empty list counts)
  std::vector<RedFlag> redFlags;

  std::optional<int> ageYears;
  std::optional<Duration> duration;
  std::optional<double> durationWeeks;
  std::optional<Episodes> previousEpisodes;
  std::optional<PainLocation> location;
  std::optional<LegSide> legSide;
  std::optional<Trend> trend;
  PegAnswers peg;

  std::array<std::optional<HipRotation>, 2> hipRotation;    // indexed by Side
  std::array<std::optional<HipExtension>, 2> hipExtension;  // indexed by Side

  std::optional<double> sittingHours;
  std::optional<ActivityLevel> activity;
  std::optional<double> bridgeHoldSeconds;

  Phq4Answers phq4;
};

}  // namespace backcheck
