// PEG (Krebs 2009) and PHQ-4 (Kroenke 2009) as data plus tiny pure scoring
// functions. References and licences: docs/instruments/peg.md, phq4.md.
#pragma once

#include <optional>

#include "backcheck/model.hpp"
#include "span.hpp"

namespace backcheck::detail {

// Band i covers [minInclusive_i, minInclusive_{i+1}); the last band ends at the
// instrument's maximum, inclusive.
struct ScoreBand {
  const char* band;
  double minInclusive;
};

struct Instrument {
  Span<ScoreBand> bands;
  double maxInclusive;
};

const Instrument& pegInstrument();
const Instrument& phq4Instrument();
const char* bandFor(const Instrument& instrument, double score);

struct PegScore {
  int sum;       // 0–30
  double score;  // mean of the three items, rounded to one decimal
  const char* band;
};

struct Subscale {
  int score;  // 0–6
  bool positive;
};

struct Phq4Score {
  std::optional<Subscale> phq2;  // interest + down
  std::optional<Subscale> gad2;  // nervous + worry
  std::optional<int> total;      // all four items
  const char* band = nullptr;    // with total
};

// PEG needs all three items; nullopt otherwise.
std::optional<PegScore> scorePeg(const PegAnswers& peg);
// Each subscale needs both of its items; nullopt when neither can be scored.
std::optional<Phq4Score> scorePhq4(const Phq4Answers& phq4);

}  // namespace backcheck::detail
