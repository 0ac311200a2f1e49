// Hip range-of-motion rules (docs/clinical.md F-IR1, F-IR2, F-ER, F-ASY, F-EXT).
// Inward < outward on its own is NOT a finding (Kouyoumdjian 2012).
#include <cstdlib>

#include "assessment.hpp"
#include "rounding.hpp"
#include "thresholds.hpp"

namespace backcheck::detail {
namespace {

constexpr const char* kMaxExclusive = "maxExclusive";
constexpr const char* kMinInclusive = "minInclusive";
constexpr const char* kEquals = "equals";

Confidence confidenceOf(Method method) {
  switch (method) {
    case Method::Sensor: return Confidence::Measured;
    case Method::Picture: return Confidence::Estimated;
    case Method::Compare: break;
  }
  return Confidence::SelfReported;
}

Confidence weaker(Confidence a, Confidence b) { return a > b ? a : b; }

// Is inward rotation limited on this side? Unknown when the side has no IR answer.
struct IrState {
  bool known = false;
  bool limited = false;
};

IrState internalRotationState(const std::optional<HipRotation>& side) {
  if (!side) return {};
  if (side->compare) return {true, *side->compare == RotationCompare::InternalMuchLess};
  if (!side->internalDegrees) return {};
  return {true, *side->internalDegrees < kInternalRotationTypical.minInclusive};
}

// Value keys of one side; findings about both sides prefix them with the side.
enum class Scope { None, Left, Right };
constexpr const char* kRotationKeys[3][3] = {
    {"internalDegrees", "externalDegrees", "compare"},
    {"leftInternalDegrees", "leftExternalDegrees", "leftCompare"},
    {"rightInternalDegrees", "rightExternalDegrees", "rightCompare"},
};

void addRotationValues(const HipRotation& side, Scope scope, Entries& values) {
  const auto& keys = kRotationKeys[static_cast<int>(scope)];
  if (side.internalDegrees) values.add(keys[0], *side.internalDegrees);
  if (side.externalDegrees) values.add(keys[1], *side.externalDegrees);
  if (side.compare) values.add(keys[2], optionName(Field::RotationLeft, *side.compare));
}

void addIrThreshold(const HipRotation& side, Scope scope, Entries& threshold) {
  const auto& keys = kRotationKeys[static_cast<int>(scope)];
  if (side.compare) {
    threshold.add(keys[2], "internal_much_less", kEquals);
  } else {
    threshold.add(keys[0], kInternalRotationTypical.minInclusive, kMaxExclusive);
  }
}

void addInternalRotation(const Answers& answers, FindingList& findings) {
  const auto& left = answers.hipRotation[0];
  const auto& right = answers.hipRotation[1];
  const IrState l = internalRotationState(left);
  const IrState r = internalRotationState(right);
  if (l.limited && r.limited) {
    Finding finding(FindingCode::HipIrLimitedBilateral);
    finding.side = "both";
    finding.confidence = weaker(confidenceOf(left->method), confidenceOf(right->method));
    addRotationValues(*left, Scope::Left, finding.values);
    addRotationValues(*right, Scope::Right, finding.values);
    addIrThreshold(*left, Scope::Left, finding.threshold);
    addIrThreshold(*right, Scope::Right, finding.threshold);
    findings.push_back(finding);
    return;
  }
  for (const Side side : kBothSides) {
    const auto& limited = answers.hipRotation[static_cast<int>(side)];
    if (!(side == Side::Left ? l : r).limited) continue;
    // Cibulka 1998's pattern is IR limited with ER greater than IR on that side;
    // when ER is not greater, the restriction is global and F-ER reports it.
    if (limited->externalDegrees && !(*limited->externalDegrees > *limited->internalDegrees)) {
      continue;
    }
    Finding finding(FindingCode::HipIrLimitedUnilateral);
    finding.side = sideName(side);
    finding.confidence = confidenceOf(limited->method);
    addRotationValues(*limited, Scope::None, finding.values);
    addIrThreshold(*limited, Scope::None, finding.threshold);
    findings.push_back(finding);
  }
}

void addExternalRotation(const Answers& answers, FindingList& findings) {
  for (const Side side : kBothSides) {
    const auto& rotation = answers.hipRotation[static_cast<int>(side)];
    if (!rotation) continue;
    Finding finding(FindingCode::HipErLimited);
    if (rotation->externalDegrees &&
        *rotation->externalDegrees < kExternalRotationTypical.minInclusive) {
      finding.threshold.add("externalDegrees", kExternalRotationTypical.minInclusive,
                            kMaxExclusive);
    } else if (rotation->compare == RotationCompare::InternalMore) {
      finding.threshold.add("compare", "internal_more", kEquals);
    } else {
      continue;
    }
    finding.side = sideName(side);
    finding.confidence = confidenceOf(rotation->method);
    addRotationValues(*rotation, Scope::None, finding.values);
    findings.push_back(finding);
  }
}

// Index of the picture band that holds `degrees` (the last band when beyond).
int bandIndex(Span<PictureBand> bands, double degrees) {
  for (std::size_t i = 0; i < bands.size; ++i) {
    if (degrees < bands[i].maxExclusive) return static_cast<int>(i);
  }
  return static_cast<int>(bands.size) - 1;
}

void addDegreeAsymmetry(const HipRotation& left, const HipRotation& right, bool internal,
                        FindingList& findings) {
  const auto& l = internal ? left.internalDegrees : left.externalDegrees;
  const auto& r = internal ? right.internalDegrees : right.externalDegrees;
  if (!l || !r) return;
  Finding finding(FindingCode::HipRotationAsymmetry);
  if (left.method == Method::Picture || right.method == Method::Picture) {
    // A picture says only which band a hip is in (band centres are 10° apart):
    // both sides are read as bands, the coarser answer, and must be two apart.
    const Span<PictureBand> bands = internal ? internalRotationBands() : externalRotationBands();
    const int apart = std::abs(bandIndex(bands, *l) - bandIndex(bands, *r));
    if (apart < kAsymmetryMinPictureBands) return;
    finding.values.add("leftDegrees", *l);
    finding.values.add("rightDegrees", *r);
    finding.values.add("bandsApart", apart);
    finding.threshold.add("bandsApart", kAsymmetryMinPictureBands, kMinInclusive);
  } else {
    // Compared in tenths of a degree, as reported, so 20.04 vs 30.0 is not "10".
    const double difference = roundTenth(*l > *r ? *l - *r : *r - *l);
    if (difference < kAsymmetryMinDegrees) return;
    finding.values.add("leftDegrees", *l);
    finding.values.add("rightDegrees", *r);
    finding.values.add("differenceDegrees", difference);
    finding.threshold.add("differenceDegrees", kAsymmetryMinDegrees, kMinInclusive);
  }
  finding.side = *l < *r ? "left" : "right";  // the side that moves less
  finding.detail = internal ? "internal" : "external";
  finding.confidence = weaker(confidenceOf(left.method), confidenceOf(right.method));
  findings.push_back(finding);
}

void addAsymmetry(const Answers& answers, FindingList& findings) {
  const auto& left = answers.hipRotation[0];
  const auto& right = answers.hipRotation[1];
  if (!left || !right) return;
  if (left->compare && right->compare) {
    const int l = static_cast<int>(*left->compare);
    const int r = static_cast<int>(*right->compare);
    if (std::abs(l - r) < kAsymmetryMinCompareSteps) return;
    Finding finding(FindingCode::HipRotationAsymmetry);
    finding.side = l < r ? "left" : "right";  // inward relatively less on that side
    finding.detail = "internal_vs_external";
    addRotationValues(*left, Scope::Left, finding.values);
    addRotationValues(*right, Scope::Right, finding.values);
    finding.values.add("compareSteps", std::abs(l - r));
    finding.threshold.add("compareSteps", kAsymmetryMinCompareSteps, kMinInclusive);
    findings.push_back(finding);
    return;
  }
  addDegreeAsymmetry(*left, *right, true, findings);
  addDegreeAsymmetry(*left, *right, false, findings);
}

void addExtension(const Answers& answers, FindingList& findings) {
  for (const Side side : kBothSides) {
    const auto& extension = answers.hipExtension[static_cast<int>(side)];
    if (!extension) continue;
    Finding finding(FindingCode::HipExtensionLimited);
    finding.side = sideName(side);
    finding.confidence = confidenceOf(extension->method);
    bool belowNeutral = false;
    if (extension->degrees) {
      const double degrees = *extension->degrees;
      if (degrees >= kExtensionTypical.minInclusive) continue;
      belowNeutral = degrees < kExtensionNeutral;
      finding.values.add("degrees", degrees);
      finding.threshold.add("degrees",
                            belowNeutral ? kExtensionNeutral : kExtensionTypical.minInclusive,
                            kMaxExclusive);
    } else {
      // Modified Thomas test: a thigh level with the bed is the common negative
      // (normal) reading; only a thigh above the bed is a finding.
      if (extension->thigh != ThighPosition::Above) continue;
      belowNeutral = true;
      finding.values.add("thigh", "above");
      finding.threshold.add("thigh", "above", kEquals);
    }
    // Roach 2015 compared extension below neutral with controls; the typical range
    // (Wilson 2014) is a norm, not a link with back pain: 0–10° informs the plan
    // (a stretch) without raising triage (Roach's controls averaged 6.8°).
    finding.detail = belowNeutral ? "below_neutral" : "below_typical";
    finding.evidence = belowNeutral ? Evidence::Low : Evidence::VeryLow;
    finding.raises = belowNeutral ? Raises::PtEvaluation : Raises::Nothing;
    findings.push_back(finding);
  }
}

}  // namespace

void addHipFindings(const Answers& answers, FindingList& findings) {
  addInternalRotation(answers, findings);
  addExternalRotation(answers, findings);
  addAsymmetry(answers, findings);
  addExtension(answers, findings);
}

}  // namespace backcheck::detail
