#include "plan.hpp"

#include <cstring>

namespace backcheck::detail {
namespace {

// Which sides a move is for, merged over several findings.
struct Sides {
  bool left = false;
  bool right = false;
  void add(const char* side) {
    if (side == nullptr) return;
    left = left || std::strcmp(side, "right") != 0;
    right = right || std::strcmp(side, "left") != 0;
  }
  const char* name() const { return left && right ? "both" : left ? "left" : "right"; }
  bool any() const { return left || right; }
};

bool has(const Assessment& assessment, FindingCode code) {
  for (const Finding& finding : assessment.findings) {
    if (finding.code == code) return true;
  }
  return false;
}

// Symptoms that would change the advice; the visitor's own flags are the reasons
// already, so they are not repeated here.
constexpr RedFlag kSafetyNet[] = {RedFlag::BladderBowelChange,   RedFlag::SaddleNumbness,
                                  RedFlag::BilateralLegSymptoms, RedFlag::ProgressiveWeakness,
                                  RedFlag::FeverOrChills,        RedFlag::UnexplainedWeightLoss};

}  // namespace

Plan buildPlan(const Answers& answers, const Assessment& assessment, const Triage& triage) {
  Plan plan;
  if (triage.level == TriageLevel::Emergency) {
    plan.push_back({"call_emergency"});
    return plan;
  }
  // A strong flag needs a doctor before any exercise (e.g. fracture risk).
  if (triage.level == TriageLevel::Urgent) {
    plan.push_back({"see_doctor_within_days"});
    return plan;
  }

  // Stay active instead of rest (NICE NG59); heat and OTC per label (ACP 2017).
  plan.push_back({"stay_active"});
  plan.push_back({"heat"});
  plan.push_back({"otc_pain_relief"});
  if (has(assessment, FindingCode::ProlongedSitting) || answers.activity == ActivityLevel::Low) {
    plan.push_back({"walking"});
  }
  Sides rotation;
  Sides extension;
  for (const Finding& finding : assessment.findings) {
    switch (finding.code) {
      case FindingCode::HipIrLimitedBilateral:
      case FindingCode::HipIrLimitedUnilateral:
      case FindingCode::HipErLimited:
      case FindingCode::HipRotationAsymmetry: rotation.add(finding.side); break;
      case FindingCode::HipExtensionLimited: extension.add(finding.side); break;
      default: break;
    }
  }
  // 2–4 moves (BRIEF §1): the ones the findings point to, then general ones.
  const std::size_t movesStart = plan.size();
  const auto moves = [&] { return plan.size() - movesStart; };
  if (rotation.any()) plan.push_back({"hip_rotation_drill", rotation.name()});
  if (extension.any()) plan.push_back({"hip_flexor_stretch", extension.name()});
  if (has(assessment, FindingCode::WeakBridge) || moves() < 2) plan.push_back({"bridge"});
  if (has(assessment, FindingCode::DistressPositive) ||
      has(assessment, FindingCode::HighPainImpact) || moves() < 2) {
    plan.push_back({"breathing"});
  }
  if (triage.level == TriageLevel::SelfCare) plan.push_back({"book_pt_if_not_better"});
  return plan;
}

RedFlagCodes watchFor(const Assessment& assessment, const Triage& triage) {
  RedFlagCodes codes;
  if (triage.level == TriageLevel::Emergency) return codes;
  // One weak flag alone: watch it (BRIEF §2, "with a watch-for note").
  if (triage.level == TriageLevel::PtEvaluation) {
    for (const TriageReason& reason : triage.reasons) {
      if (reason.kind == ReasonKind::RedFlag)
        codes.push_back(assessment.redFlags[reason.index].flag);
    }
  }
  for (const RedFlag flag : kSafetyNet) {
    bool present = false;
    for (const DetectedRedFlag& detected : assessment.redFlags) {
      present = present || detected.flag == flag;
    }
    if (!present) codes.push_back(flag);
  }
  return codes;
}

}  // namespace backcheck::detail
