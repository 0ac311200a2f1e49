#include "protocol_table.hpp"

#include <cstring>

#include "thresholds.hpp"

namespace backcheck::detail {
namespace {

// Option order matches the enums in include/backcheck/model.hpp.
const char* const kDuration[] = {"under_1_week", "1_4_weeks", "4_6_weeks", "6_12_weeks",
                                 "over_12_weeks"};
const char* const kEpisodes[] = {"none", "once", "several"};
const char* const kLocation[] = {"back_only", "buttock_thigh", "below_knee"};
const char* const kLegSide[] = {"none", "one", "both"};
const char* const kTrend[] = {"better", "same", "worse"};
const char* const kActivity[] = {"low", "moderate", "high"};
const char* const kRotationCompare[] = {"internal_much_less", "internal_less", "about_same",
                                        "internal_more"};
const char* const kThigh[] = {"above", "level", "below"};
const char* const kMethods[] = {"sensor", "picture", "compare"};
const char* const kPegItems[] = {"pain", "enjoyment", "activity"};
const char* const kPhq4Items[] = {"nervous", "worry", "interest", "down"};

constexpr double kNoMin = 0;
constexpr double kNoMax = 0;

const Question kSafety[] = {
    {Field::RedFlags, "redFlags", "redFlags", QuestionType::Checklist, nullptr, kNoMin, kNoMax, {}, {}},
};

const Question kAbout[] = {
    {Field::AgeYears, "ageYears", "ageYears", QuestionType::Integer, "year", kMinAge, kMaxAge, {}, {}},
    {Field::Duration, "duration", "duration", QuestionType::Single, nullptr, kNoMin, kNoMax, kDuration, {}},
    {Field::DurationWeeks, "durationWeeks", "durationWeeks", QuestionType::Number, "week", 0, 1040, {}, {}},
    {Field::PreviousEpisodes, "previousEpisodes", "previousEpisodes", QuestionType::Single, nullptr, kNoMin, kNoMax,
     kEpisodes, {}},
    {Field::Location, "location", "location", QuestionType::Single, nullptr, kNoMin, kNoMax, kLocation, {}},
    {Field::LegSide, "legSide", "legSide", QuestionType::Single, nullptr, kNoMin, kNoMax, kLegSide, {}},
    {Field::Trend, "trend", "trend", QuestionType::Single, nullptr, kNoMin, kNoMax, kTrend, {}},
    {Field::Peg, "peg", "peg", QuestionType::ScaleGroup, nullptr, 0, 10, {}, kPegItems},
};

const Question kHipRotation[] = {
    {Field::RotationLeft, "hipRotation.left", "left", QuestionType::Rotation, "degree", 0, 90, kRotationCompare, {}},
    {Field::RotationRight, "hipRotation.right", "right", QuestionType::Rotation, "degree", 0, 90, kRotationCompare, {}},
};

const Question kHipExtension[] = {
    {Field::ExtensionLeft, "hipExtension.left", "left", QuestionType::Extension, "degree", -45, 45, kThigh, {}},
    {Field::ExtensionRight, "hipExtension.right", "right", QuestionType::Extension, "degree", -45, 45, kThigh, {}},
};

const Question kHabits[] = {
    {Field::SittingHours, "sittingHours", "sittingHours", QuestionType::Number, "hour", 0, 24, {}, {}},
    {Field::Activity, "activity", "activity", QuestionType::Single, nullptr, kNoMin, kNoMax, kActivity, {}},
    {Field::BridgeHoldSeconds, "bridgeHoldSeconds", "bridgeHoldSeconds", QuestionType::Number, "second", 0, 600, {}, {}},
};

const Question kPhq4[] = {
    {Field::Phq4, "phq4", nullptr, QuestionType::ScaleGroup, nullptr, 0, 3, {}, kPhq4Items},
};

const Step kSteps[] = {
    {"safety", kSafety},         {"about", kAbout},   {"hipRotation", kHipRotation},
    {"hipExtension", kHipExtension}, {"habits", kHabits}, {"phq4", kPhq4},
};

// Order matches enum RedFlag. Sources per rule id in docs/clinical.md.
const RedFlagRule kRedFlags[] = {
    {"bladder_bowel_change", "RF-E1", RedFlagStrength::Emergency, false},
    {"saddle_numbness", "RF-E2", RedFlagStrength::Emergency, false},
    {"bilateral_leg_symptoms", "RF-E3", RedFlagStrength::Emergency, false},
    {"progressive_weakness", "RF-E4", RedFlagStrength::Emergency, false},
    {"sexual_dysfunction_new", "RF-E5", RedFlagStrength::Emergency, false},
    {"major_trauma", "RF-E6", RedFlagStrength::Emergency, false},
    {"fever_with_risk_factor", "RF-E7", RedFlagStrength::Emergency, false},
    {"cancer_history", "RF-S1", RedFlagStrength::Strong, false},
    {"unexplained_weight_loss", "RF-S2", RedFlagStrength::Strong, false},
    {"fever_or_chills", "RF-S3", RedFlagStrength::Strong, false},
    {"fragility_fracture_risk", "RF-S4", RedFlagStrength::Strong, false},
    {"night_pain_unrelieved", "RF-W3", RedFlagStrength::Weak, false},
    {"age_over_50_new", "RF-W1", RedFlagStrength::Weak, true},
    {"age_under_20", "RF-W2", RedFlagStrength::Weak, true},
    {"no_improvement_4_weeks", "RF-W4", RedFlagStrength::Weak, true},
};
static_assert(sizeof(kRedFlags) / sizeof(kRedFlags[0]) == kRedFlagCount);

// Pictures of the rotation and extension tests. Band edges sit on the thresholds
// (IR 30, ER 40, extension 0 and 10) so a picture never straddles a rule.
const PictureBand kInternalBands[] = {
    {"ir_0_20", 10, 0, 20}, {"ir_20_30", 25, 20, 30}, {"ir_30_40", 35, 30, 40},
    {"ir_40_plus", 45, 40, 91},
};
const PictureBand kExternalBands[] = {
    {"er_0_30", 20, 0, 30}, {"er_30_40", 35, 30, 40}, {"er_40_60", 50, 40, 60},
    {"er_60_plus", 65, 60, 91},
};
const PictureBand kExtensionBands[] = {
    {"ext_below_neutral", -10, -45, 0}, {"ext_0_10", 5, 0, 10}, {"ext_10_20", 15, 10, 20},
    {"ext_20_plus", 25, 20, 46},
};

}  // namespace

Span<Step> protocolSteps() { return kSteps; }
const RedFlagRule& redFlagRule(RedFlag flag) { return kRedFlags[static_cast<int>(flag)]; }
Span<const char*> methodNames() { return kMethods; }
Span<PictureBand> internalRotationBands() { return kInternalBands; }
Span<PictureBand> externalRotationBands() { return kExternalBands; }
Span<PictureBand> extensionBands() { return kExtensionBands; }

WeekRange durationBandWeeks(Duration band) {
  // Order matches kDuration; the last band has no upper end.
  constexpr WeekRange kBands[] = {{0, 1}, {1, 4}, {4, 6}, {6, 12}, {12, 1040}};
  static_assert(sizeof(kBands) / sizeof(kBands[0]) == sizeof(kDuration) / sizeof(kDuration[0]));
  return kBands[static_cast<int>(band)];
}

Span<const char*> optionsOf(Field target) {
  for (const Step& step : kSteps) {
    for (const Question& question : step.questions) {
      if (question.target == target) return question.options;
    }
  }
  return {};
}

int optionIndex(Span<const char*> options, const char* value, std::size_t length) {
  for (std::size_t i = 0; i < options.size; ++i) {
    if (std::strlen(options[i]) == length && std::memcmp(options[i], value, length) == 0) {
      return static_cast<int>(i);
    }
  }
  return -1;
}

}  // namespace backcheck::detail
