#include "assessment.hpp"

namespace backcheck::detail {
const char* sideName(Side side) { return side == Side::Left ? "left" : "right"; }

const char* confidenceName(Confidence confidence) {
  switch (confidence) {
    case Confidence::Measured: return "measured";
    case Confidence::Estimated: return "estimated";
    case Confidence::SelfReported: break;
  }
  return "self_reported";
}

const char* evidenceName(Evidence evidence) {
  switch (evidence) {
    case Evidence::VeryLow: return "very_low";
    case Evidence::Low: return "low";
    case Evidence::Moderate: break;
  }
  return "moderate";
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
