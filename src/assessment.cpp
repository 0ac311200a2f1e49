#include "assessment.hpp"

namespace backcheck::detail {
namespace {

// Order matches enum FindingCode. Evidence grading: docs/clinical.md.
const FindingRule kFindingRules[] = {
    {"hip_ir_limited_bilateral", "F-IR1", Evidence::VeryLow, Raises::PtEvaluation},
    {"hip_ir_limited_unilateral", "F-IR2", Evidence::VeryLow, Raises::PtEvaluation},
    {"hip_er_limited", "F-ER", Evidence::VeryLow, Raises::PtEvaluation},
    {"hip_rotation_asymmetry", "F-ASY", Evidence::VeryLow, Raises::PtEvaluation},
    {"hip_extension_limited", "F-EXT", Evidence::Low, Raises::PtEvaluation},
    {"prolonged_sitting", "F-SIT", Evidence::VeryLow, Raises::Nothing},
    {"weak_bridge", "F-BRG", Evidence::VeryLow, Raises::Nothing},
    {"distress_positive", "F-PHQ", Evidence::Moderate, Raises::PtEvaluation},
    {"high_pain_impact", "F-PEG", Evidence::Moderate, Raises::PtEvaluation},
    {"radiating_leg_pain", "F-LEG", Evidence::Low, Raises::PtEvaluation},
    {"chronic_duration", "F-DUR", Evidence::Moderate, Raises::PtEvaluation},
    {"recurrent_episodes", "F-REC", Evidence::Low, Raises::PtEvaluation},
    {"worsening", "F-WOR", Evidence::Low, Raises::PtEvaluation},
};

}  // namespace

const FindingRule& findingRule(FindingCode code) { return kFindingRules[static_cast<int>(code)]; }

const char* sideName(Side side) { return side == Side::Left ? "left" : "right"; }

const char* confidenceName(Confidence confidence) {
  constexpr const char* kNames[] = {"measured", "estimated", "self_reported"};
  return kNames[static_cast<int>(confidence)];
}

const char* evidenceName(Evidence evidence) {
  constexpr const char* kNames[] = {"very_low", "low", "moderate"};
  return kNames[static_cast<int>(evidence)];
}

Assessment assess(const Answers& answers) {
  Assessment assessment;
  assessment.safetyAssessed = answers.safetyAnswered;
  assessment.redFlags = detectRedFlags(answers);
  assessment.peg = scorePeg(answers.peg);
  assessment.phq4 = scorePhq4(answers.phq4);
  addHipFindings(answers, assessment.findings);
  addHistoryFindings(answers, assessment, assessment.findings);
  for (Finding& finding : assessment.findings) {
    if (!finding.evidence) finding.evidence = findingRule(finding.code).evidence;
    if (!finding.raises) finding.raises = findingRule(finding.code).raises;
  }
  return assessment;
}

}  // namespace backcheck::detail
