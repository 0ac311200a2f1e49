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

bool present(const Assessment& assessment, RedFlag flag) {
  for (const DetectedRedFlag& detected : assessment.redFlags) {
    if (detected.flag == flag) return true;
  }
  return false;
}

// The safety net: emergency signs that would change the advice to "go now"
// (cauda equina and progressive neurology; BMJ Best Practice, NICE CKS). A sign
// the visitor already has is a reason for the result, never "if these appear".
constexpr RedFlag kEmergencySigns[] = {RedFlag::BladderBowelChange, RedFlag::SaddleNumbness,
                                       RedFlag::BilateralLegSymptoms, RedFlag::ProgressiveWeakness,
                                       RedFlag::SexualDysfunctionNew};
// Strong signs that would call for a doctor within days (Finucane 2020).
constexpr RedFlag kDoctorSigns[] = {RedFlag::FeverOrChills, RedFlag::UnexplainedWeightLoss};

template <std::size_t N>
RedFlagCodes absent(const Assessment& assessment, const RedFlag (&flags)[N]) {
  RedFlagCodes codes;
  for (const RedFlag flag : flags) {
    if (!present(assessment, flag)) codes.push_back(flag);
  }
  return codes;
}

// F-PHQ: a positive PHQ-2 or GAD-2 → talk to your doctor about mood (the
// conservative reading: BRIEF names the PHQ-2; worry is included too); the severe
// PHQ-4 band (9–12, Löwe 2010) → the 988 Suicide & Crisis Lifeline as well.
void addMoodAdvice(const Assessment& assessment, Plan& plan) {
  if (has(assessment, FindingCode::DistressPositive)) plan.push_back({"talk_to_doctor_mood"});
  if (assessment.phq4 && assessment.phq4->band != nullptr &&
      std::strcmp(assessment.phq4->band, "severe") == 0) {
    plan.push_back({"crisis_line"});
  }
}

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
    addMoodAdvice(assessment, plan);
    return plan;
  }

  // Stay active instead of rest (NICE NG59); heat and OTC per label (ACP 2017).
  plan.push_back({"stay_active"});
  plan.push_back({"heat"});
  plan.push_back({"otc_pain_relief"});
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
  // 2–4 moves (BRIEF §1), each picked by a finding, the most specific first:
  // the hip moves, then strength (bridge, bird dog) and walking; bridge, then
  // walking fill up to two. Breathing is advice, not one of the moves.
  constexpr std::size_t kMaxMoves = 4;
  std::size_t moves = 0;
  const auto move = [&](PlanItem item) {
    if (moves == kMaxMoves) return;
    plan.push_back(item);
    ++moves;
  };
  const bool weakBridge = has(assessment, FindingCode::WeakBridge);
  const bool sitsALot =
      has(assessment, FindingCode::ProlongedSitting) || answers.activity == ActivityLevel::Low;
  if (rotation.any()) move({"hip_rotation_drill", rotation.name()});
  if (extension.any()) move({"hip_flexor_stretch", extension.name()});
  if (weakBridge) move({"bridge"});
  if (sitsALot) move({"walking"});
  if (weakBridge) move({"bird_dog"});
  // A very active visitor gets core work instead of walking as the second filler.
  if (!weakBridge && moves < 2) move({"bridge"});
  if (moves < 2) move({answers.activity == ActivityLevel::High ? "bird_dog" : "walking"});
  if (has(assessment, FindingCode::DistressPositive) ||
      has(assessment, FindingCode::HighPainImpact)) {
    plan.push_back({"breathing"});
  }
  addMoodAdvice(assessment, plan);
  if (triage.level == TriageLevel::SelfCare) plan.push_back({"book_pt_if_not_better"});
  return plan;
}

RedFlagCodes watchFor(const Assessment& assessment) { return absent(assessment, kEmergencySigns); }

RedFlagCodes seeDoctorIf(const Assessment& assessment, const Triage& triage) {
  // Urgent already sends the visitor to a doctor.
  if (triage.level == TriageLevel::Urgent) return {};
  return absent(assessment, kDoctorSigns);
}

}  // namespace backcheck::detail
