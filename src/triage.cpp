#include "triage.hpp"

namespace backcheck::detail {
namespace {

RedFlagStrength strengthOf(const DetectedRedFlag& flag) { return redFlagRule(flag.flag).strength; }

std::size_t countFlags(const Assessment& assessment, RedFlagStrength strength) {
  std::size_t count = 0;
  for (const DetectedRedFlag& flag : assessment.redFlags) count += strengthOf(flag) == strength;
  return count;
}

void addFlags(const Assessment& assessment, RedFlagStrength strength, Triage& result) {
  for (std::size_t i = 0; i < assessment.redFlags.size(); ++i) {
    if (strengthOf(assessment.redFlags[i]) == strength)
      result.reasons.push_back({ReasonKind::RedFlag, i});
  }
}

void addFindings(const Assessment& assessment, Raises raises, Triage& result) {
  for (std::size_t i = 0; i < assessment.findings.size(); ++i) {
    if (assessment.findings[i].raises == raises) result.reasons.push_back({ReasonKind::Finding, i});
  }
}

}  // namespace

Triage triage(const Assessment& assessment) {
  Triage result;
  // TR-1: any emergency flag (BMJ Best Practice cauda equina; NICE CKS; Finucane 2020).
  addFlags(assessment, RedFlagStrength::Emergency, result);
  if (!result.reasons.empty()) {
    result.level = TriageLevel::Emergency;
    return result;
  }
  // TR-2: any strong flag, or two or more weak flags together (Downie 2013; IFOMPT);
  // TR-6: pain into both legs (F-LEG, side both), a warning sign in cauda-equina
  // pathways (Greenhalgh 2018; GIRFT 2023).
  const std::size_t weak = countFlags(assessment, RedFlagStrength::Weak);
  addFlags(assessment, RedFlagStrength::Strong, result);
  if (weak >= 2) addFlags(assessment, RedFlagStrength::Weak, result);
  addFindings(assessment, Raises::Urgent, result);
  if (!result.reasons.empty()) {
    result.level = TriageLevel::Urgent;
    return result;
  }
  // TR-3: one weak flag alone, or any finding BRIEF §2 lists for a PT evaluation.
  addFlags(assessment, RedFlagStrength::Weak, result);
  addFindings(assessment, Raises::PtEvaluation, result);
  // TR-5: self_care says "you can look after this yourself", which nobody can say
  // when the red-flag checklist was skipped (BRIEF §1: never a wrong "you're fine").
  if (result.reasons.empty() && !assessment.safetyAssessed) {
    result.reasons.push_back({ReasonKind::SafetyNotAssessed, 0});
  }
  result.level = result.reasons.empty() ? TriageLevel::SelfCare : TriageLevel::PtEvaluation;
  return result;
}

const char* triageLevelName(TriageLevel level) {
  switch (level) {
    case TriageLevel::SelfCare: return "self_care";
    case TriageLevel::PtEvaluation: return "pt_evaluation";
    case TriageLevel::Urgent: return "urgent";
    case TriageLevel::Emergency: break;
  }
  return "emergency";
}

}  // namespace backcheck::detail
