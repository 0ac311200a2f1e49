// Findings from the history, habits and questionnaires (docs/clinical.md F-SIT,
// F-BRG, F-PHQ, F-PEG, F-LEG, F-DUR, F-REC, F-WOR).
#include "assessment.hpp"
#include "thresholds.hpp"

namespace backcheck::detail {
namespace {

Finding& add(FindingList& findings, FindingCode code) { return findings.push_back(Finding(code)); }

void addHabits(const Answers& answers, FindingList& findings) {
  if (answers.sittingHours && *answers.sittingHours >= kProlongedSittingHours) {
    Finding& finding = add(findings, FindingCode::ProlongedSitting);
    finding.values.add("sittingHours", *answers.sittingHours);
    finding.threshold.add("sittingHours", kProlongedSittingHours, "minInclusive");
  }
  if (answers.bridgeHoldSeconds && *answers.bridgeHoldSeconds < kWeakBridgeSeconds) {
    Finding& finding = add(findings, FindingCode::WeakBridge);
    finding.values.add("bridgeHoldSeconds", *answers.bridgeHoldSeconds);
    finding.threshold.add("bridgeHoldSeconds", kWeakBridgeSeconds, "maxExclusive");
  }
}

void addScores(const Assessment& scores, FindingList& findings) {
  if (scores.phq4) {
    const auto& phq2 = scores.phq4->phq2;
    const auto& gad2 = scores.phq4->gad2;
    if ((phq2 && phq2->positive) || (gad2 && gad2->positive)) {
      Finding& finding = add(findings, FindingCode::DistressPositive);
      if (phq2) finding.values.add("phq2", phq2->score);
      if (gad2) finding.values.add("gad2", gad2->score);
      finding.threshold.add("subscale", kPhqSubscalePositive, "minInclusive");
    }
  }
  // PEG ≥ 4 on the exact mean: the sum of the three items is ≥ 12.
  if (scores.peg && scores.peg->sum >= 3 * kHighPainImpactPeg) {
    Finding& finding = add(findings, FindingCode::HighPainImpact);
    finding.values.add("peg", scores.peg->score);
    finding.threshold.add("peg", kHighPainImpactPeg, "minInclusive");
  }
}

void addPainHistory(const Answers& answers, FindingList& findings) {
  // F-LEG: below the knee in one leg → PT; into both legs (below the knee or in
  // both buttocks/thighs) → urgent, TR-6 (bilateral radicular pain is a warning
  // sign in cauda-equina pathways). validation.cpp refuses "back only" with a leg.
  const bool bothLegs = answers.legSide == LegSide::Both;
  if (answers.location == PainLocation::BelowKnee || bothLegs) {
    Finding& finding = add(findings, FindingCode::RadiatingLegPain);
    if (answers.location)
      finding.values.add("location", optionName(Field::Location, *answers.location));
    if (answers.legSide)
      finding.values.add("legSide", optionName(Field::LegSide, *answers.legSide));
    if (bothLegs) {
      finding.side = "both";
      finding.raises = Raises::Urgent;
      finding.threshold.add("legSide", "both", "equals");
    } else {
      finding.threshold.add("location", "below_knee", "equals");
    }
  }
  const auto weeks = painWeeks(answers);
  if (weeks && *weeks >= kLongDurationWeeks) {
    Finding& finding = add(findings, FindingCode::ChronicDuration);
    if (answers.durationWeeks) {
      finding.values.add("durationWeeks", *answers.durationWeeks);
    } else {
      finding.values.add("duration", optionName(Field::Duration, *answers.duration));
    }
    finding.threshold.add("durationWeeks", kLongDurationWeeks, "minInclusive");
  }
  if (answers.previousEpisodes && *answers.previousEpisodes != Episodes::None) {
    Finding& finding = add(findings, FindingCode::RecurrentEpisodes);
    finding.values.add("previousEpisodes",
                       optionName(Field::PreviousEpisodes, *answers.previousEpisodes));
    finding.threshold.add("previousEpisodes", "none", "notEquals");
  }
  if (answers.trend == Trend::Worse) {
    Finding& finding = add(findings, FindingCode::Worsening);
    finding.values.add("trend", "worse");
    finding.threshold.add("trend", "worse", "equals");
  }
}

}  // namespace

void addHistoryFindings(const Answers& answers, const Assessment& scores, FindingList& findings) {
  addPainHistory(answers, findings);
  addScores(scores, findings);
  addHabits(answers, findings);
}

}  // namespace backcheck::detail
