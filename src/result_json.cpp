#include "result_json.hpp"

#include <algorithm>
#include <cmath>

#include "backcheck/backcheck.hpp"
#include "plan.hpp"

namespace backcheck::detail {
namespace {

using nlohmann::json;

json base(const char* outcome) {
  return {{"coreVersion", coreVersion()},
          {"schemaVersion", kSchemaVersion},
          {"outcome", outcome},
          {"errors", json::array()}};
}

const char* strengthName(RedFlagStrength strength) {
  constexpr const char* kNames[] = {"emergency", "strong", "weak"};
  return kNames[static_cast<int>(strength)];
}

json redFlagJson(const DetectedRedFlag& detected) {
  const RedFlagRule& rule = redFlagRule(detected.flag);
  json flag{{"code", rule.code},
            {"rule", rule.rule},
            {"strength", strengthName(rule.strength)},
            {"source", detected.derived ? "derived" : "answered"}};
  if (!detected.values.empty()) flag["values"] = detected.values;
  return flag;
}

json findingJson(const Finding& finding) {
  const FindingRule& rule = findingRule(finding.code);
  json out{{"code", rule.code},
           {"rule", rule.rule},
           {"values", finding.values},
           {"threshold", finding.threshold},
           {"evidence", evidenceName(*finding.evidence)},
           {"confidence", confidenceName(finding.confidence)}};
  if (finding.side != nullptr) out["side"] = finding.side;
  if (finding.detail != nullptr) {
    out[finding.code == FindingCode::HipExtensionLimited ? "grade" : "motion"] = finding.detail;
  }
  return out;
}

json redFlagsJson(const Assessment& assessment) {
  json flags = json::array();
  for (const DetectedRedFlag& flag : assessment.redFlags) flags.push_back(redFlagJson(flag));
  return flags;
}

json triageJson(const Assessment& assessment, const Triage& result) {
  json reasons = json::array();
  json explanations = json::array();
  for (const TriageReason& reason : result.reasons) {
    json explanation;
    const char* code = nullptr;
    if (reason.isRedFlag) {
      explanation = redFlagJson(assessment.redFlags[reason.index]);
      explanation["kind"] = "red_flag";
      code = redFlagRule(assessment.redFlags[reason.index].flag).code;
    } else {
      explanation = findingJson(assessment.findings[reason.index]);
      explanation["kind"] = "finding";
      code = findingRule(assessment.findings[reason.index].code).code;
    }
    if (std::find(reasons.begin(), reasons.end(), code) == reasons.end()) reasons.push_back(code);
    explanations.push_back(std::move(explanation));
  }
  return {{"level", triageLevelName(result.level)},
          {"reasons", std::move(reasons)},
          {"explanations", std::move(explanations)}};
}

json scoresJson(const Assessment& assessment) {
  json scores = json::object();
  if (assessment.peg) {
    scores["peg"] = {{"score", assessment.peg->score}, {"band", assessment.peg->band}};
  }
  if (assessment.phq4) {
    json phq4 = json::object();
    const auto subscale = [](const Subscale& s) {
      return json{{"score", s.score}, {"positive", s.positive}};
    };
    if (assessment.phq4->phq2) phq4["phq2"] = subscale(*assessment.phq4->phq2);
    if (assessment.phq4->gad2) phq4["gad2"] = subscale(*assessment.phq4->gad2);
    if (assessment.phq4->total) {
      phq4["total"] = *assessment.phq4->total;
      phq4["band"] = assessment.phq4->band;
    }
    scores["phq4"] = std::move(phq4);
  }
  return scores;
}

json planJson(const std::vector<PlanItem>& plan) {
  json items = json::array();
  for (const PlanItem& item : plan) {
    json entry{{"code", item.code}};
    if (item.side != nullptr) entry["side"] = item.side;
    items.push_back(std::move(entry));
  }
  return items;
}

json codesJson(const std::vector<RedFlag>& flags) {
  json codes = json::array();
  for (const RedFlag flag : flags) codes.push_back(redFlagRule(flag).code);
  return codes;
}

// Adds `group` when every part is missing, else each missing part.
void addMissing(json& out, const char* group, std::initializer_list<std::pair<const char*, bool>> parts) {
  bool all = true;
  for (const auto& part : parts) all = all && part.second;
  if (all) {
    out.push_back(group);
    return;
  }
  for (const auto& part : parts) {
    if (part.second) out.push_back(part.first);
  }
}

}  // namespace

void tidyNumbers(json& value) {
  if (value.is_number_float()) {
    const double number = value.get<double>();
    // |n| < 2^53: exactly representable as an integer.
    if (std::trunc(number) == number && std::fabs(number) < 9007199254740992.0) {
      value = static_cast<std::int64_t>(number);
    }
    return;
  }
  if (value.is_structured()) {
    for (auto& child : value) tidyNumbers(child);
  }
}

json errorsJson(const ErrorList& errors) {
  json out = json::array();
  for (const InputError& error : errors.all()) {
    out.push_back({{"code", error.code}, {"path", error.path}, {"message", error.message}});
  }
  return out;
}

json invalidResult(const ErrorList& errors) {
  json result = base("invalid");
  result["errors"] = errorsJson(errors);
  return result;
}

json notAssessed(const Answers& answers, const Assessment& assessment) {
  json out = json::array();
  if (!answers.safetyAnswered) out.push_back("safety");
  addMissing(out, "about",
             {{"age", !answers.ageYears},
              {"duration", !painWeeks(answers)},
              {"previous_episodes", !answers.previousEpisodes},
              {"pain_location", !answers.location},
              {"trend", !answers.trend},
              {"peg", !assessment.peg}});
  addMissing(out, "hip_rotation",
             {{"hip_rotation_left", !answers.hipRotation[0]},
              {"hip_rotation_right", !answers.hipRotation[1]}});
  addMissing(out, "hip_extension",
             {{"hip_extension_left", !answers.hipExtension[0]},
              {"hip_extension_right", !answers.hipExtension[1]}});
  addMissing(out, "habits",
             {{"sitting", !answers.sittingHours},
              {"activity", !answers.activity},
              {"bridge", !answers.bridgeHoldSeconds}});
  const bool noPhq2 = !assessment.phq4 || !assessment.phq4->phq2;
  const bool noGad2 = !assessment.phq4 || !assessment.phq4->gad2;
  addMissing(out, "phq4", {{"phq2", noPhq2}, {"gad2", noGad2}});
  return out;
}

json adultsOnlyResult(const Answers& answers, const Assessment& assessment) {
  // No triage and no findings; ticked red flags still get the safety advice.
  json result = base("adults_only");
  json flags = json::array();
  bool emergency = false;
  bool strong = false;
  for (const DetectedRedFlag& flag : assessment.redFlags) {
    if (flag.derived) continue;
    flags.push_back(redFlagJson(flag));
    const RedFlagStrength strength = redFlagRule(flag.flag).strength;
    emergency = emergency || strength == RedFlagStrength::Emergency;
    strong = strong || strength == RedFlagStrength::Strong;
  }
  result["ageYears"] = *answers.ageYears;
  result["redFlags"] = std::move(flags);
  json plan = json::array();
  if (emergency) {
    plan.push_back({{"code", "call_emergency"}});
  } else if (strong) {
    plan.push_back({{"code", "see_doctor_within_days"}});
  }
  result["plan"] = std::move(plan);
  return result;
}

json triagedResult(const Answers& answers, const Assessment& assessment) {
  const Triage level = triage(assessment);
  json result = base("triaged");
  result["triage"] = triageJson(assessment, level);
  result["redFlags"] = redFlagsJson(assessment);
  json findings = json::array();
  for (const Finding& finding : assessment.findings) findings.push_back(findingJson(finding));
  result["findings"] = std::move(findings);
  result["scores"] = scoresJson(assessment);
  result["plan"] = planJson(buildPlan(answers, assessment, level));
  result["watchFor"] = codesJson(watchFor(assessment, level));
  result["notAssessed"] = notAssessed(answers, assessment);
  return result;
}

}  // namespace backcheck::detail
