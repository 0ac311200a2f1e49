#include "assessment.hpp"

namespace backcheck::detail {
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
