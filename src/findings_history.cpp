// Findings from the history, habits and questionnaires (docs/clinical.md F-SIT,
// F-BRG, F-PHQ, F-PEG, F-LEG, F-DUR, F-REC, F-WOR).
#include "assessment.hpp"
#include "thresholds.hpp"

namespace backcheck::detail {
namespace {

using nlohmann::json;

json minimum(const char* key, double value) { return {{key, {{"minInclusive", value}}}}; }

void add(std::vector<Finding>& findings, FindingCode code, json values, json threshold) {
  Finding finding{code};
  finding.values = std::move(values);
  finding.threshold = std::move(threshold);
  findings.push_back(std::move(finding));
}

void addHabits(const Answers& answers, std::vector<Finding>& findings) {
  if (answers.sittingHours && *answers.sittingHours >= kProlongedSittingHours) {
    add(findings, FindingCode::ProlongedSitting, {{"sittingHours", *answers.sittingHours}},
        minimum("sittingHours", kProlongedSittingHours));
  }
  if (answers.bridgeHoldSeconds && *answers.bridgeHoldSeconds < kWeakBridgeSeconds) {
    add(findings, FindingCode::WeakBridge, {{"bridgeHoldSeconds", *answers.bridgeHoldSeconds}},
        {{"bridgeHoldSeconds", {{"maxExclusive", kWeakBridgeSeconds}}}});
  }
}

void addScores(const Assessment& scores, std::vector<Finding>& findings) {
  if (scores.phq4) {
    const auto& phq2 = scores.phq4->phq2;
    const auto& gad2 = scores.phq4->gad2;
    if ((phq2 && phq2->positive) || (gad2 && gad2->positive)) {
      json values = json::object();
      if (phq2) values["phq2"] = phq2->score;
      if (gad2) values["gad2"] = gad2->score;
      add(findings, FindingCode::DistressPositive, std::move(values),
          minimum("subscale", kPhqSubscalePositive));
    }
  }
  if (scores.peg && scores.peg->sum >= 3 * kHighPainImpactPeg) {
    add(findings, FindingCode::HighPainImpact, {{"peg", scores.peg->score}},
        minimum("peg", kHighPainImpactPeg));
  }
}

void addPainHistory(const Answers& answers, std::vector<Finding>& findings) {
  if (answers.location == PainLocation::BelowKnee) {
    json values{{"location", "below_knee"}};
    if (answers.legSide) values["legSide"] = optionName(Field::LegSide, *answers.legSide);
    add(findings, FindingCode::RadiatingLegPain, std::move(values),
        {{"location", "below_knee"}});
  }
  const auto weeks = painWeeks(answers);
  if (weeks && *weeks >= kLongDurationWeeks) {
    json values = answers.durationWeeks
                      ? json{{"durationWeeks", *answers.durationWeeks}}
                      : json{{"duration", optionName(Field::Duration, *answers.duration)}};
    add(findings, FindingCode::ChronicDuration, std::move(values),
        minimum("durationWeeks", kLongDurationWeeks));
  }
  if (answers.previousEpisodes && *answers.previousEpisodes != Episodes::None) {
    const char* episodes = optionName(Field::PreviousEpisodes, *answers.previousEpisodes);
    add(findings, FindingCode::RecurrentEpisodes, {{"previousEpisodes", episodes}},
        {{"previousEpisodes", {"once", "several"}}});
  }
  if (answers.trend == Trend::Worse) {
    add(findings, FindingCode::Worsening, {{"trend", "worse"}}, {{"trend", "worse"}});
  }
}

}  // namespace

void addHistoryFindings(const Answers& answers, const Assessment& scores,
                        std::vector<Finding>& findings) {
  addPainHistory(answers, findings);
  addScores(scores, findings);
  addHabits(answers, findings);
}

}  // namespace backcheck::detail
