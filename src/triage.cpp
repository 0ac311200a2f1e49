#include "triage.hpp"

namespace backcheck::detail {
namespace {

RedFlagStrength strengthOf(const DetectedRedFlag& flag) {
  return redFlagRule(flag.flag).strength;
}

std::vector<TriageReason> flagsOf(const Assessment& assessment, RedFlagStrength strength) {
  std::vector<TriageReason> reasons;
  for (std::size_t i = 0; i < assessment.redFlags.size(); ++i) {
    if (strengthOf(assessment.redFlags[i]) == strength) reasons.push_back({true, i});
  }
  return reasons;
}

}  // namespace

Triage triage(const Assessment& assessment) {
  Triage result;
  // TR-1: any emergency flag (BMJ Best Practice cauda equina; NICE CKS; Finucane 2020).
  result.reasons = flagsOf(assessment, RedFlagStrength::Emergency);
  if (!result.reasons.empty()) {
    result.level = TriageLevel::Emergency;
    return result;
  }
  // TR-2: any strong flag, or two or more weak flags together (Downie 2013; IFOMPT).
  const auto weak = flagsOf(assessment, RedFlagStrength::Weak);
  result.reasons = flagsOf(assessment, RedFlagStrength::Strong);
  if (weak.size() >= 2) result.reasons.insert(result.reasons.end(), weak.begin(), weak.end());
  if (!result.reasons.empty()) {
    result.level = TriageLevel::Urgent;
    return result;
  }
  // TR-3: one weak flag alone, or any finding BRIEF §2 lists for a PT evaluation.
  result.reasons = weak;
  for (std::size_t i = 0; i < assessment.findings.size(); ++i) {
    if (findingRule(assessment.findings[i].code).needsPtEvaluation) {
      result.reasons.push_back({false, i});
    }
  }
  result.level = result.reasons.empty() ? TriageLevel::SelfCare : TriageLevel::PtEvaluation;
  return result;
}

const char* triageLevelName(TriageLevel level) {
  constexpr const char* kNames[] = {"self_care", "pt_evaluation", "urgent", "emergency"};
  return kNames[static_cast<int>(level)];
}

}  // namespace backcheck::detail
