#include "instruments.hpp"

#include "rounding.hpp"

#include "thresholds.hpp"

namespace backcheck::detail {
namespace {

// PEG bands: program bands (Krebs 2009 defines the score, not bands); the
// cut at 4 is BRIEF §2's pt_evaluation threshold. See docs/instruments/peg.md.
const ScoreBand kPegBands[] = {{"mild", 0}, {"moderate", kHighPainImpactPeg}, {"severe", 7}};
const Instrument kPeg{kPegBands, 10};

// PHQ-4 total: 0–2 normal, 3–5 mild, 6–8 moderate, 9–12 severe (Kroenke 2009).
const ScoreBand kPhq4Bands[] = {{"normal", 0}, {"mild", 3}, {"moderate", 6}, {"severe", 9}};
const Instrument kPhq4{kPhq4Bands, 12};

std::optional<Subscale> subscale(const std::optional<int>& a, const std::optional<int>& b) {
  if (!a || !b) return std::nullopt;
  const int score = *a + *b;
  return Subscale{score, score >= kPhqSubscalePositive};
}

}  // namespace

const Instrument& pegInstrument() { return kPeg; }
const Instrument& phq4Instrument() { return kPhq4; }

const char* bandFor(const Instrument& instrument, double score) {
  const char* band = instrument.bands[0].band;
  for (const ScoreBand& candidate : instrument.bands) {
    if (score >= candidate.minInclusive) band = candidate.band;
  }
  return band;
}

std::optional<PegScore> scorePeg(const PegAnswers& peg) {
  if (!peg.pain || !peg.enjoyment || !peg.activity) return std::nullopt;
  const int sum = *peg.pain + *peg.enjoyment + *peg.activity;
  // sum/3 never ends in .x5, so there is no tie to break.
  const double score = roundTenth(sum / 3.0);
  return PegScore{sum, score, bandFor(kPeg, sum / 3.0)};
}

std::optional<Phq4Score> scorePhq4(const Phq4Answers& phq4) {
  Phq4Score result;
  result.phq2 = subscale(phq4.interest, phq4.down);
  result.gad2 = subscale(phq4.nervous, phq4.worry);
  if (!result.phq2 && !result.gad2) return std::nullopt;
  if (result.phq2 && result.gad2) {
    result.total = result.phq2->score + result.gad2->score;
    result.band = bandFor(kPhq4, *result.total);
  }
  return result;
}

}  // namespace backcheck::detail
