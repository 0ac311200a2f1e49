#include "protocol_table.hpp"

#include <cstring>

#include "thresholds.hpp"

namespace backcheck::detail {
namespace {

// Option order matches the enums in include/backcheck/model.hpp.
constexpr const char* kDuration[] = {"under_1_week", "1_4_weeks", "4_6_weeks", "6_12_weeks",
                                     "over_12_weeks"};
constexpr const char* kEpisodes[] = {"none", "once", "several"};
constexpr const char* kLocation[] = {"back_only", "buttock_thigh", "below_knee"};
constexpr const char* kLegSide[] = {"none", "one", "both"};
constexpr const char* kTrend[] = {"better", "same", "worse"};
constexpr const char* kActivity[] = {"low", "moderate", "high"};
constexpr const char* kRotationCompare[] = {"internal_much_less", "internal_less", "about_same",
                                            "internal_more"};
constexpr const char* kThigh[] = {"above", "level", "below"};
constexpr const char* kMethods[] = {"sensor", "picture", "compare"};
constexpr const char* kPegItems[] = {"pain", "enjoyment", "activity"};
constexpr const char* kPhq4Items[] = {"nervous", "worry", "interest", "down"};

constexpr double kNoMin = 0;
constexpr double kNoMax = 0;

// One row per question, as the table in docs/input.md reads.
// clang-format off
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
// clang-format on

// Order matches enum RedFlag. Sources per rule id in docs/clinical.md.
constexpr RedFlagRule kRedFlags[] = {
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

// The tables above are indexed by enum value (optionName, storeOption, the
// method and the red flag of an answer): each row is checked against its key
// here, so reordering a table or an enum fails to compile instead of
// mislabelling a result.
constexpr bool same(const char* a, const char* b) {
  while (*a != '\0' && *a == *b) ++a, ++b;
  return *a == *b;
}
template <class Enum>
struct Row {
  Enum key;
  const char* name;
};
template <class Enum, std::size_t N, std::size_t M>
constexpr bool rowsAre(const char* const (&table)[N], const Row<Enum> (&rows)[M]) {
  for (std::size_t i = 0; i < M; ++i) {
    if (static_cast<std::size_t>(rows[i].key) != i || !same(table[i], rows[i].name)) return false;
  }
  return N == M;
}
template <std::size_t M>
constexpr bool redFlagRowsAre(const Row<RedFlag> (&rows)[M]) {
  for (std::size_t i = 0; i < M; ++i) {
    if (static_cast<std::size_t>(rows[i].key) != i || !same(kRedFlags[i].code, rows[i].name))
      return false;
  }
  return M == kRedFlagCount;
}

static_assert(redFlagRowsAre({{RedFlag::BladderBowelChange, "bladder_bowel_change"},
                              {RedFlag::SaddleNumbness, "saddle_numbness"},
                              {RedFlag::BilateralLegSymptoms, "bilateral_leg_symptoms"},
                              {RedFlag::ProgressiveWeakness, "progressive_weakness"},
                              {RedFlag::SexualDysfunctionNew, "sexual_dysfunction_new"},
                              {RedFlag::MajorTrauma, "major_trauma"},
                              {RedFlag::FeverWithRiskFactor, "fever_with_risk_factor"},
                              {RedFlag::CancerHistory, "cancer_history"},
                              {RedFlag::UnexplainedWeightLoss, "unexplained_weight_loss"},
                              {RedFlag::FeverOrChills, "fever_or_chills"},
                              {RedFlag::FragilityFractureRisk, "fragility_fracture_risk"},
                              {RedFlag::NightPainUnrelieved, "night_pain_unrelieved"},
                              {RedFlag::AgeOver50New, "age_over_50_new"},
                              {RedFlag::AgeUnder20, "age_under_20"},
                              {RedFlag::NoImprovement4Weeks, "no_improvement_4_weeks"}}),
              "kRedFlags rows must follow enum RedFlag");
static_assert(rowsAre<Duration>(kDuration, {{Duration::Under1Week, "under_1_week"},
                                            {Duration::Weeks1To4, "1_4_weeks"},
                                            {Duration::Weeks4To6, "4_6_weeks"},
                                            {Duration::Weeks6To12, "6_12_weeks"},
                                            {Duration::Over12Weeks, "over_12_weeks"}}));
static_assert(rowsAre<Episodes>(kEpisodes, {{Episodes::None, "none"},
                                            {Episodes::Once, "once"},
                                            {Episodes::Several, "several"}}));
static_assert(rowsAre<PainLocation>(kLocation, {{PainLocation::BackOnly, "back_only"},
                                                {PainLocation::ButtockThigh, "buttock_thigh"},
                                                {PainLocation::BelowKnee, "below_knee"}}));
static_assert(rowsAre<LegSide>(
    kLegSide, {{LegSide::None, "none"}, {LegSide::One, "one"}, {LegSide::Both, "both"}}));
static_assert(rowsAre<Trend>(
    kTrend, {{Trend::Better, "better"}, {Trend::Same, "same"}, {Trend::Worse, "worse"}}));
static_assert(rowsAre<ActivityLevel>(kActivity, {{ActivityLevel::Low, "low"},
                                                 {ActivityLevel::Moderate, "moderate"},
                                                 {ActivityLevel::High, "high"}}));
static_assert(rowsAre<RotationCompare>(kRotationCompare,
                                       {{RotationCompare::InternalMuchLess, "internal_much_less"},
                                        {RotationCompare::InternalLess, "internal_less"},
                                        {RotationCompare::AboutSame, "about_same"},
                                        {RotationCompare::InternalMore, "internal_more"}}));
static_assert(rowsAre<ThighPosition>(kThigh, {{ThighPosition::Above, "above"},
                                              {ThighPosition::Level, "level"},
                                              {ThighPosition::Below, "below"}}));
static_assert(rowsAre<Method>(kMethods, {{Method::Sensor, "sensor"},
                                         {Method::Picture, "picture"},
                                         {Method::Compare, "compare"}}));
// validation.cpp's readScaleGroup stores item i of these in the i-th answer slot.
enum class PegItem { Pain, Enjoyment, Activity };
enum class Phq4Item { Nervous, Worry, Interest, Down };
static_assert(rowsAre<PegItem>(kPegItems, {{PegItem::Pain, "pain"},
                                           {PegItem::Enjoyment, "enjoyment"},
                                           {PegItem::Activity, "activity"}}));
static_assert(rowsAre<Phq4Item>(kPhq4Items, {{Phq4Item::Nervous, "nervous"},
                                             {Phq4Item::Worry, "worry"},
                                             {Phq4Item::Interest, "interest"},
                                             {Phq4Item::Down, "down"}}));

// Pictures of the rotation and extension tests. Band edges sit on the thresholds
// (IR 30, ER 40, extension 0 and 10) so a picture never straddles a rule.
const PictureBand kInternalBands[] = {
    {"ir_0_20", 10, 0, 20},
    {"ir_20_30", 25, 20, 30},
    {"ir_30_40", 35, 30, 40},
    {"ir_40_plus", 45, 40, 91},
};
const PictureBand kExternalBands[] = {
    {"er_0_30", 20, 0, 30},
    {"er_30_40", 35, 30, 40},
    {"er_40_60", 50, 40, 60},
    {"er_60_plus", 65, 60, 91},
};
const PictureBand kExtensionBands[] = {
    {"ext_below_neutral", -10, -45, 0},
    {"ext_0_10", 5, 0, 10},
    {"ext_10_20", 15, 10, 20},
    {"ext_20_plus", 25, 20, 46},
};

}  // namespace

Span<Step> protocolSteps() { return kSteps; }
const RedFlagRule& redFlagRule(RedFlag flag) { return kRedFlags[static_cast<int>(flag)]; }

const char* strengthName(RedFlagStrength strength) {
  switch (strength) {
    case RedFlagStrength::Emergency: return "emergency";
    case RedFlagStrength::Strong: return "strong";
    case RedFlagStrength::Weak: break;
  }
  return "weak";
}
Span<const char*> methodNames() { return kMethods; }
Span<PictureBand> internalRotationBands() { return kInternalBands; }
Span<PictureBand> externalRotationBands() { return kExternalBands; }
Span<PictureBand> extensionBands() { return kExtensionBands; }

WeekRange durationBandWeeks(Duration band) {
  switch (band) {
    case Duration::Under1Week: return {0, 1};
    case Duration::Weeks1To4: return {1, 4};
    case Duration::Weeks4To6: return {4, 6};
    case Duration::Weeks6To12: return {6, 12};
    case Duration::Over12Weeks: break;
  }
  return {12, 1040};  // the last band has no upper end but the protocol's maximum
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
