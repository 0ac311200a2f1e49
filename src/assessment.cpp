#include "assessment.hpp"

namespace backcheck::detail {
namespace {

// Order matches enum FindingCode. Evidence grading: docs/clinical.md.
const FindingRule kFindingRules[] = {
    {"hip_ir_limited_bilateral", "F-IR1", Evidence::VeryLow, true},
    {"hip_ir_limited_unilateral", "F-IR2", Evidence::VeryLow, true},
    {"hip_er_limited", "F-ER", Evidence::VeryLow, true},
    {"hip_rotation_asymmetry", "F-ASY", Evidence::VeryLow, true},
    {"hip_extension_limited", "F-EXT", Evidence::Low, true},
    {"prolonged_sitting", "F-SIT", Evidence::VeryLow, false},
    {"weak_bridge", "F-BRG", Evidence::VeryLow, false},
    {"distress_positive", "F-PHQ", Evidence::Moderate, true},
    {"high_pain_impact", "F-PEG", Evidence::Moderate, true},
    {"radiating_leg_pain", "F-LEG", Evidence::Low, true},
    {"chronic_duration", "F-DUR", Evidence::Moderate, true},
    {"recurrent_episodes", "F-REC", Evidence::Low, true},
    {"worsening", "F-WOR", Evidence::Low, true},
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
  }
  return assessment;
}

}  // namespace backcheck::detail
