// What the rules produce from the answers: red flags, findings, scores. Plain
// data, so each stage (rules → triage → plan → JSON) stays a pure function.
#pragma once

#include <array>
#include <optional>
#include <vector>

#include "backcheck/model.hpp"
#include "fixed_list.hpp"
#include "instruments.hpp"
#include "protocol_table.hpp"

namespace backcheck::detail {

// How the answer behind a finding was obtained; lower is more trustworthy.
enum class Confidence : std::uint8_t { Measured, Estimated, SelfReported };
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
  const char* code;
  const char* rule;  // rule id in docs/clinical.md
  Evidence evidence;
  Raises raises;  // BRIEF §2: most findings raise triage to pt_evaluation
};
const FindingRule& findingRule(FindingCode code);

// A value a rule used (`op` null) or a bound it checked (`op` minInclusive,
// maxExclusive, equals): a number, or a code when `text` is set.
struct Entry {
  const char* key = nullptr;
  const char* op = nullptr;
  const char* text = nullptr;
  double number = 0;
};

// At most four entries (both sides of the rotation test); no allocation.
struct Entries {
  std::array<Entry, 4> items{};
  std::size_t count = 0;
  void add(const char* key, double number, const char* op = nullptr) {
    if (count < items.size()) items[count++] = Entry{key, op, nullptr, number};
  }
  void add(const char* key, const char* text, const char* op = nullptr) {
    if (count < items.size()) items[count++] = Entry{key, op, text, 0};
  }
  const Entry* begin() const { return items.data(); }
  const Entry* end() const { return items.data() + count; }
};

struct Finding {
  Finding() = default;
  explicit Finding(FindingCode findingCode) : code(findingCode) {}
  FindingCode code = FindingCode::HipIrLimitedBilateral;
  const char* side = nullptr;    // "left" | "right" | "both" | nullptr
  const char* detail = nullptr;  // grade or motion where the code has several
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

// Every red flag at most once; findings: at most 2 per hip rule and 1 per other rule.
using RedFlagList = FixedList<DetectedRedFlag, kRedFlagCount>;
using FindingList = FixedList<Finding, 16>;

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
void addHistoryFindings(const Answers& answers, const Assessment& scores,
                        FindingList& findings);

Assessment assess(const Answers& answers);

const char* sideName(Side side);
const char* confidenceName(Confidence confidence);
const char* evidenceName(Evidence evidence);

}  // namespace backcheck::detail
