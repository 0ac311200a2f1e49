// Hip range-of-motion rules (docs/clinical.md F-IR1, F-IR2, F-ER, F-ASY, F-EXT).
// Inward < outward on its own is NOT a finding (Kouyoumdjian 2012).
#include <cmath>
#include <cstdlib>

#include "assessment.hpp"
#include "thresholds.hpp"

namespace backcheck::detail {
namespace {

using nlohmann::json;

Confidence confidenceOf(Method method) {
  switch (method) {
    case Method::Sensor: return Confidence::Measured;
    case Method::Picture: return Confidence::Estimated;
    case Method::Compare: break;
  }
  return Confidence::SelfReported;
}

Confidence weaker(Confidence a, Confidence b) { return a > b ? a : b; }

double roundTenth(double value) { return std::round(value * 10) / 10; }

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

json rotationValues(const HipRotation& side) {
  json values = json::object();
  if (side.internalDegrees) values["internalDegrees"] = *side.internalDegrees;
  if (side.externalDegrees) values["externalDegrees"] = *side.externalDegrees;
  if (side.compare) values["compare"] = optionName(Field::RotationLeft, *side.compare);
  return values;
}

json irThreshold(const HipRotation& side) {
  if (side.compare) return {{"compare", "internal_much_less"}};
  return {{"internalDegrees", {{"maxExclusive", kInternalRotationTypical.minInclusive}}}};
}

void addInternalRotation(const Answers& answers, std::vector<Finding>& findings) {
  const auto& left = answers.hipRotation[0];
  const auto& right = answers.hipRotation[1];
  const IrState l = internalRotationState(left);
  const IrState r = internalRotationState(right);
  if (l.limited && r.limited) {
    Finding finding{FindingCode::HipIrLimitedBilateral};
    finding.side = "both";
    finding.confidence = weaker(confidenceOf(left->method), confidenceOf(right->method));
    finding.values = {{"left", rotationValues(*left)}, {"right", rotationValues(*right)}};
    finding.threshold = {{"left", irThreshold(*left)}, {"right", irThreshold(*right)}};
    findings.push_back(std::move(finding));
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
    Finding finding{FindingCode::HipIrLimitedUnilateral};
    finding.side = sideName(side);
    finding.confidence = confidenceOf(limited->method);
    finding.values = rotationValues(*limited);
    finding.threshold = irThreshold(*limited);
    findings.push_back(std::move(finding));
  }
}

void addExternalRotation(const Answers& answers, std::vector<Finding>& findings) {
  for (const Side side : kBothSides) {
    const auto& rotation = answers.hipRotation[static_cast<int>(side)];
    if (!rotation) continue;
    json threshold;
    if (rotation->externalDegrees &&
        *rotation->externalDegrees < kExternalRotationTypical.minInclusive) {
      threshold = {{"externalDegrees", {{"maxExclusive", kExternalRotationTypical.minInclusive}}}};
    } else if (rotation->compare == RotationCompare::InternalMore) {
      threshold = {{"compare", "internal_more"}};
    } else {
      continue;
    }
    Finding finding{FindingCode::HipErLimited};
    finding.side = sideName(side);
    finding.confidence = confidenceOf(rotation->method);
    finding.values = rotationValues(*rotation);
    finding.threshold = std::move(threshold);
    findings.push_back(std::move(finding));
  }
}

void addDegreeAsymmetry(const HipRotation& left, const HipRotation& right,
                        const std::optional<double> HipRotation::*motion, const char* name,
                        std::vector<Finding>& findings) {
  if (!(left.*motion) || !(right.*motion)) return;
  const double l = *(left.*motion);
  const double r = *(right.*motion);
  const double difference = roundTenth(std::fabs(l - r));
  if (difference < kAsymmetryMinDegrees) return;
  Finding finding{FindingCode::HipRotationAsymmetry};
  finding.side = l < r ? "left" : "right";  // the side that moves less
  finding.detail = name;
  finding.confidence = weaker(confidenceOf(left.method), confidenceOf(right.method));
  finding.values = {{"leftDegrees", l}, {"rightDegrees", r}, {"differenceDegrees", difference}};
  finding.threshold = {{"differenceDegrees", {{"minInclusive", kAsymmetryMinDegrees}}}};
  findings.push_back(std::move(finding));
}

void addAsymmetry(const Answers& answers, std::vector<Finding>& findings) {
  const auto& left = answers.hipRotation[0];
  const auto& right = answers.hipRotation[1];
  if (!left || !right) return;
  if (left->compare && right->compare) {
    const int l = static_cast<int>(*left->compare);
    const int r = static_cast<int>(*right->compare);
    if (std::abs(l - r) < kAsymmetryMinCompareSteps) return;
    Finding finding{FindingCode::HipRotationAsymmetry};
    finding.side = l < r ? "left" : "right";  // inward relatively less on that side
    finding.detail = "internal_vs_external";
    finding.values = {{"left", rotationValues(*left)}, {"right", rotationValues(*right)}};
    finding.threshold = {{"compareSteps", {{"minInclusive", kAsymmetryMinCompareSteps}}}};
    findings.push_back(std::move(finding));
    return;
  }
  addDegreeAsymmetry(*left, *right, &HipRotation::internalDegrees, "internal", findings);
  addDegreeAsymmetry(*left, *right, &HipRotation::externalDegrees, "external", findings);
}

void addExtension(const Answers& answers, std::vector<Finding>& findings) {
  for (const Side side : kBothSides) {
    const auto& extension = answers.hipExtension[static_cast<int>(side)];
    if (!extension) continue;
    Finding finding{FindingCode::HipExtensionLimited};
    finding.side = sideName(side);
    finding.confidence = confidenceOf(extension->method);
    bool belowNeutral = false;
    if (extension->degrees) {
      const double degrees = *extension->degrees;
      if (degrees >= kExtensionTypical.minInclusive) continue;
      belowNeutral = degrees < kExtensionNeutral;
      finding.values = {{"degrees", degrees}};
      finding.threshold = {{"degrees", {{"maxExclusive", belowNeutral ? kExtensionNeutral
                                                                      : kExtensionTypical.minInclusive}}}};
    } else {
      if (extension->thigh == ThighPosition::Below) continue;
      belowNeutral = extension->thigh == ThighPosition::Above;
      const char* thigh = optionName(Field::ExtensionLeft, *extension->thigh);
      finding.values = {{"thigh", thigh}};
      finding.threshold = {{"thigh", thigh}};
    }
    // Roach 2015 compared extension below neutral with controls; the typical range
    // (Wilson 2014) is a norm, not a link with back pain.
    finding.detail = belowNeutral ? "below_neutral" : "below_typical";
    finding.evidence = belowNeutral ? Evidence::Low : Evidence::VeryLow;
    findings.push_back(std::move(finding));
  }
}

}  // namespace

void addHipFindings(const Answers& answers, std::vector<Finding>& findings) {
  addInternalRotation(answers, findings);
  addExternalRotation(answers, findings);
  addAsymmetry(answers, findings);
  addExtension(answers, findings);
}

}  // namespace backcheck::detail
