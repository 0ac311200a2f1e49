// Every clinical threshold of the core, with its rule id and source.
// docs/clinical.md lists the same rows; change both together.
#pragma once

namespace backcheck::detail {

struct TypicalRange {
  double minInclusive;
  double maxInclusive;
};

// Typical ranges, hip and knee at 90° for rotation (Wilson 2014, Am Fam Physician).
constexpr TypicalRange kInternalRotationTypical{30, 40};
constexpr TypicalRange kExternalRotationTypical{40, 60};
constexpr TypicalRange kExtensionTypical{10, 15};

// F-ASY: left–right difference worth a PT check (Ellison 1990 counted sides within
// 10° as equal; seated IR MDC 5.4°, Krause).
constexpr double kAsymmetryMinDegrees = 10;
// F-ASY (qualitative): two or more steps apart on the compare scale.
// Program threshold, not evidence-based, PT sign-off needed.
constexpr int kAsymmetryMinCompareSteps = 2;
// F-ASY (pictures): a picked picture says only which band a hip is in, so sides
// count as different only when their bands are two or more apart (neighbouring
// pictures' centres are 10° apart but their ranges touch).
constexpr int kAsymmetryMinPictureBands = 2;

// F-EXT: below neutral (Roach 2015: chronic LBP −4.2° vs 6.8° controls).
constexpr double kExtensionNeutral = 0;

// F-SIT: program threshold, PT sign-off needed (see docs/clinical.md).
constexpr double kProlongedSittingHours = 8;
// F-BRG: healthy supine bridge 170.4 ± 42.5 s (Schellenberg 2007); below the
// healthy mean − 2 SD (≈ 85 s). Program threshold, PT sign-off needed.
constexpr double kWeakBridgeSeconds = 85;

// F-PEG: BRIEF §2, PEG ≥ 4 → pt_evaluation.
constexpr double kHighPainImpactPeg = 4;
// F-PHQ: each PHQ-4 subscale (PHQ-2, GAD-2) ≥ 3 is positive (Kroenke 2009).
constexpr int kPhqSubscalePositive = 3;

// F-DUR: pain ≥ 6 weeks → pt_evaluation (BRIEF §2).
constexpr double kLongDurationWeeks = 6;
// RF-W4: not improving after 4 weeks (BRIEF §2).
constexpr double kNoImprovementWeeks = 4;

// Age (BRIEF §2; the check is for adults).
constexpr int kAdultAge = 18;
constexpr int kMinAge = 12;
constexpr int kMaxAge = 110;
constexpr int kNewPainOlderThan = 50;    // RF-W1: > 50
constexpr int kNewPainYoungerThan = 20;  // RF-W2: < 20

}  // namespace backcheck::detail
