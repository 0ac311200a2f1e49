// The four triage levels of BRIEF §2; the highest level that applies wins and a
// red flag never ends in self_care.
#pragma once

#include "assessment.hpp"

namespace backcheck::detail {

enum class TriageLevel : std::uint8_t { SelfCare, PtEvaluation, Urgent, Emergency };

// One cause of the level: a red flag or a finding of the assessment (by index),
// or the red-flag checklist left unanswered.
enum class ReasonKind : std::uint8_t { RedFlag, Finding, SafetyNotAssessed };
struct TriageReason {
  ReasonKind kind;
  std::size_t index;
};
inline constexpr const char* kSafetyNotAssessed = "safety_not_assessed";
// Every red flag and every finding can be a reason at once (TR-3).
constexpr std::size_t kMaxTriageReasons = kRedFlagCount + kMaxFindings;

struct Triage {
  TriageLevel level = TriageLevel::SelfCare;
  FixedList<TriageReason, kMaxTriageReasons> reasons;  // every flag or finding that led to `level`
};

Triage triage(const Assessment& assessment);
const char* triageLevelName(TriageLevel level);

}  // namespace backcheck::detail
