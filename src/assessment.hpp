// What the rules produce from the answers: red flags, findings, scores. Plain
// data, so each stage (rules → triage → plan → JSON) stays a pure function.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "backcheck/model.hpp"
#include "fixed_list.hpp"
#include "instruments.hpp"
#include "protocol_table.hpp"

namespace backcheck::detail {

// How the answer behind a finding was obtained; lower is more trustworthy.
enum class Confidence : std::uint8_t { Measured, Estimated, SelfReported };
static_assert(Confidence::Measured < Confidence::Estimated &&
                  Confidence::Estimated < Confidence::SelfReported,
              "a finding from two answers takes the larger (weaker) confidence");
// Strength of the published evidence behind a finding (docs/clinical.md).
enum class Evidence : std::uint8_t { VeryLow, Low, Moderate };

enum class FindingCode : std::uint8_t {
  HipIrLimitedBilateral,
  HipIrLimitedUnilateral,
  HipErLimited,
  HipRotationAsymmetry,
  HipExtensionLimited,
  ProlongedSitting,
  WeakBridge,
  DistressPositive,
  HighPainImpact,
  RadiatingLegPain,
  ChronicDuration,
  RecurrentEpisodes,
  Worsening,
};

// The triage level a finding raises the result to, on its own (docs/clinical.md).
enum class Raises : std::uint8_t { Nothing, PtEvaluation, Urgent };

struct FindingRule {
  FindingCode id;  // the row's key: rows are in enum order (checked below)
  const char* code;
  const char* rule;  // rule id in docs/clinical.md
  Evidence evidence;
  Raises raises;                   // BRIEF §2: most findings raise triage to pt_evaluation
  std::uint8_t mostPerAssessment;  // 2 for rules that report each side on its own
};

// Evidence grading: docs/clinical.md. The list of findings holds every
// finding each rule can make at once (kMaxFindings below), so a new rule row
// grows it.
inline constexpr FindingRule kFindingRules[] = {
    {FindingCode::HipIrLimitedBilateral, "hip_ir_limited_bilateral", "F-IR1", Evidence::VeryLow,
     Raises::PtEvaluation, 1},
    {FindingCode::HipIrLimitedUnilateral, "hip_ir_limited_unilateral", "F-IR2", Evidence::VeryLow,
     Raises::PtEvaluation, 2},
    {FindingCode::HipErLimited, "hip_er_limited", "F-ER", Evidence::VeryLow, Raises::PtEvaluation,
     2},
    {FindingCode::HipRotationAsymmetry, "hip_rotation_asymmetry", "F-ASY", Evidence::VeryLow,
     Raises::PtEvaluation, 2},
    {FindingCode::HipExtensionLimited, "hip_extension_limited", "F-EXT", Evidence::Low,
     Raises::PtEvaluation, 2},
    {FindingCode::ProlongedSitting, "prolonged_sitting", "F-SIT", Evidence::VeryLow,
     Raises::Nothing, 1},
    {FindingCode::WeakBridge, "weak_bridge", "F-BRG", Evidence::VeryLow, Raises::Nothing, 1},
    {FindingCode::DistressPositive, "distress_positive", "F-PHQ", Evidence::Moderate,
     Raises::PtEvaluation, 1},
    {FindingCode::HighPainImpact, "high_pain_impact", "F-PEG", Evidence::Moderate,
     Raises::PtEvaluation, 1},
    {FindingCode::RadiatingLegPain, "radiating_leg_pain", "F-LEG", Evidence::Low,
     Raises::PtEvaluation, 1},
    {FindingCode::ChronicDuration, "chronic_duration", "F-DUR", Evidence::Moderate,
     Raises::PtEvaluation, 1},
    {FindingCode::RecurrentEpisodes, "recurrent_episodes", "F-REC", Evidence::Low,
     Raises::PtEvaluation, 1},
    {FindingCode::Worsening, "worsening", "F-WOR", Evidence::Low, Raises::PtEvaluation, 1},
};
constexpr std::size_t kFindingCodeCount =
    static_cast<std::size_t>(FindingCode::Worsening) + 1;  // the last code
static_assert(sizeof(kFindingRules) / sizeof(kFindingRules[0]) == kFindingCodeCount,
              "one row per FindingCode");

constexpr bool findingRowsInEnumOrder() {
  for (std::size_t i = 0; i < kFindingCodeCount; ++i) {
    if (kFindingRules[i].id != static_cast<FindingCode>(i)) return false;
  }
  return true;
}
static_assert(findingRowsInEnumOrder(), "kFindingRules[i] must be the row of FindingCode i");

constexpr std::size_t mostFindings() {
  std::size_t total = 0;
  for (const FindingRule& row : kFindingRules) total += row.mostPerAssessment;
  return total;
}
constexpr std::size_t kMaxFindings = mostFindings();

inline const FindingRule& findingRule(FindingCode code) {
  return kFindingRules[static_cast<std::size_t>(code)];
}

// A value a rule used (`op` null) or a bound it checked (`op` minInclusive,
// maxExclusive, equals): a number, or a code when `text` is set.
struct Entry {
  const char* key = nullptr;
  const char* op = nullptr;
  const char* text = nullptr;
  double number = 0;
};

// The most values or bounds one finding records: both degrees of both sides
// (hip_ir_limited_bilateral). A fifth stops the program (fixed_list.hpp).
constexpr std::size_t kMaxEntries = 4;

// No allocation.
struct Entries {
  FixedList<Entry, kMaxEntries> items;
  void add(const char* key, double number, const char* op = nullptr) {
    items.push_back(Entry{key, op, nullptr, number});
  }
  void add(const char* key, const char* text, const char* op = nullptr) {
    items.push_back(Entry{key, op, text, 0});
  }
  bool empty() const { return items.empty(); }
  const Entry* begin() const { return items.begin(); }
  const Entry* end() const { return items.end(); }
};

struct Finding {
  Finding() = default;
  explicit Finding(FindingCode findingCode) : code(findingCode) {}
  FindingCode code = FindingCode::HipIrLimitedBilateral;
  const char* side = nullptr;        // "left" | "right" | "both" | nullptr
  const char* detail = nullptr;      // grade or motion where the code has several
  std::optional<Evidence> evidence;  // set when the grade changes the rule's evidence
  std::optional<Raises> raises;      // set when the grade changes what the rule raises
  Confidence confidence = Confidence::SelfReported;
  Entries values;
  Entries threshold;
};

struct DetectedRedFlag {
  RedFlag flag = RedFlag::BladderBowelChange;
  bool derived = false;
  Entries values;
};

// Every red flag at most once (the validator refuses a code listed twice, a
// derived flag joins a ticked one); every finding each rule can make.
using RedFlagList = FixedList<DetectedRedFlag, kRedFlagCount>;
using FindingList = FixedList<Finding, kMaxFindings>;

struct Assessment {
  bool safetyAssessed = false;  // the red-flag checklist was answered (even with "none")
  RedFlagList redFlags;
  FindingList findings;
  std::optional<PegScore> peg;
  std::optional<Phq4Score> phq4;
};

// Weeks of pain from durationWeeks, else the lower edge of the duration band.
std::optional<double> painWeeks(const Answers& answers);

RedFlagList detectRedFlags(const Answers& answers);
void addHipFindings(const Answers& answers, FindingList& findings);
void addHistoryFindings(const Answers& answers, const Assessment& scores, FindingList& findings);

Assessment assess(const Answers& answers);

const char* sideName(Side side);
const char* confidenceName(Confidence confidence);
const char* evidenceName(Evidence evidence);

}  // namespace backcheck::detail
