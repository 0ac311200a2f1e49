// Red flags: the ones the visitor ticked, plus the three derived from the
// "about" answers (BRIEF §2 weak flags; rule ids RF-W1, RF-W2, RF-W4).
#include "assessment.hpp"
#include "thresholds.hpp"

namespace backcheck::detail {
namespace {

bool isFirstEpisode(const Answers& answers) { return answers.previousEpisodes == Episodes::None; }

void addDerived(RedFlagList& flags, RedFlag flag, const Entries& values) {
  for (DetectedRedFlag& existing : flags) {
    if (existing.flag == flag) {  // also ticked: keep it once, with the values that confirm it
      existing.values = values;
      return;
    }
  }
  flags.push_back(DetectedRedFlag{flag, true, values});
}

}  // namespace

std::optional<double> painWeeks(const Answers& answers) {
  if (answers.durationWeeks) return answers.durationWeeks;
  if (!answers.duration) return std::nullopt;
  return durationBandWeeks(*answers.duration).minInclusive;
}

RedFlagList detectRedFlags(const Answers& answers) {
  RedFlagList flags;
  for (const RedFlag flag : answers.redFlags) flags.push_back(DetectedRedFlag{flag, false, {}});

  if (answers.ageYears && answers.previousEpisodes && isFirstEpisode(answers)) {
    Entries values;
    values.add("ageYears", *answers.ageYears);
    values.add("previousEpisodes", "none");
    if (*answers.ageYears > kNewPainOlderThan) addDerived(flags, RedFlag::AgeOver50New, values);
    if (*answers.ageYears < kNewPainYoungerThan) addDerived(flags, RedFlag::AgeUnder20, values);
  }
  const auto weeks = painWeeks(answers);
  if (weeks && answers.trend && *weeks >= kNoImprovementWeeks && *answers.trend != Trend::Better) {
    Entries values;
    if (answers.durationWeeks) {
      values.add("durationWeeks", *answers.durationWeeks);
    } else {
      values.add("duration", optionName(Field::Duration, *answers.duration));
    }
    values.add("trend", optionName(Field::Trend, *answers.trend));
    addDerived(flags, RedFlag::NoImprovement4Weeks, values);
  }
  return flags;
}

}  // namespace backcheck::detail
