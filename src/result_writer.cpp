#include "result_writer.hpp"

#include <cstring>

#include "backcheck/backcheck.hpp"
#include "plan.hpp"
#include "triage.hpp"

namespace backcheck::detail {
namespace {

void writeHeader(JsonWriter& out, const char* outcome) {
  out.beginObject()
      .field("coreVersion", coreVersion().c_str())
      .field("schemaVersion", kSchemaVersion)
      .field("outcome", outcome);
}

void writeFooter(JsonWriter& out) { out.arrayField("errors").endArray().endObject(); }

void writeEntry(JsonWriter& out, const Entry& entry) {
  out.key(entry.key);
  if (entry.op != nullptr) out.beginObject().key(entry.op);
  if (entry.text != nullptr) {
    out.string(entry.text);
  } else {
    out.number(entry.number);
  }
  if (entry.op != nullptr) out.endObject();
}

void writeEntries(JsonWriter& out, const char* name, const Entries& entries) {
  out.objectField(name);
  for (const Entry& entry : entries) writeEntry(out, entry);
  out.endObject();
}

// The fields of a red flag, inside an object the caller opened.
void writeRedFlagFields(JsonWriter& out, const DetectedRedFlag& detected) {
  const RedFlagRule& rule = redFlagRule(detected.flag);
  out.field("code", rule.code)
      .field("rule", rule.rule)
      .field("strength", strengthName(rule.strength))
      .field("source", detected.derived ? "derived" : "answered");
  if (!detected.values.empty()) writeEntries(out, "values", detected.values);
}

void writeFindingFields(JsonWriter& out, const Finding& finding) {
  const FindingRule& rule = findingRule(finding.code);
  out.field("code", rule.code).field("rule", rule.rule);
  if (finding.side != nullptr) out.field("side", finding.side);
  if (finding.detail != nullptr) {
    out.field(finding.code == FindingCode::HipExtensionLimited ? "grade" : "motion",
              finding.detail);
  }
  writeEntries(out, "values", finding.values);
  writeEntries(out, "threshold", finding.threshold);
  out.field("evidence", evidenceName(*finding.evidence))
      .field("confidence", confidenceName(finding.confidence));
}

const char* reasonCode(const Assessment& assessment, const TriageReason& reason) {
  switch (reason.kind) {
    case ReasonKind::RedFlag: return redFlagRule(assessment.redFlags[reason.index].flag).code;
    case ReasonKind::Finding: return findingRule(assessment.findings[reason.index].code).code;
    case ReasonKind::SafetyNotAssessed: break;
  }
  return kSafetyNotAssessed;
}

void writeTriage(JsonWriter& out, const Assessment& assessment, const Triage& result) {
  out.objectField("triage").field("level", triageLevelName(result.level));
  out.arrayField("reasons");
  const char* written[kMaxTriageReasons] = {};
  std::size_t count = 0;
  for (const TriageReason& reason : result.reasons) {
    const char* code = reasonCode(assessment, reason);
    bool seen = false;
    for (std::size_t i = 0; i < count; ++i) seen = seen || written[i] == code;
    if (seen || count == sizeof(written) / sizeof(written[0])) continue;
    written[count++] = code;
    out.string(code);
  }
  out.endArray().arrayField("explanations");
  for (const TriageReason& reason : result.reasons) {
    out.beginObject();
    switch (reason.kind) {
      case ReasonKind::RedFlag:
        writeRedFlagFields(out, assessment.redFlags[reason.index]);
        out.field("kind", "red_flag");
        break;
      case ReasonKind::Finding:
        writeFindingFields(out, assessment.findings[reason.index]);
        out.field("kind", "finding");
        break;
      case ReasonKind::SafetyNotAssessed:
        out.field("code", kSafetyNotAssessed).field("rule", "TR-5").field("kind", "not_assessed");
        break;
    }
    out.endObject();
  }
  out.endArray().endObject();
}

void writeSubscale(JsonWriter& out, const char* name, const std::optional<Subscale>& subscale) {
  if (!subscale) return;
  out.objectField(name).field("score", subscale->score);
  out.key("positive").boolean(subscale->positive).endObject();
}

void writeScores(JsonWriter& out, const Assessment& assessment) {
  out.objectField("scores");
  if (assessment.peg) {
    out.objectField("peg")
        .field("score", assessment.peg->score)
        .field("band", assessment.peg->band)
        .endObject();
  }
  if (assessment.phq4) {
    out.objectField("phq4");
    if (assessment.phq4->total) {
      out.field("total", *assessment.phq4->total).field("band", assessment.phq4->band);
    }
    writeSubscale(out, "phq2", assessment.phq4->phq2);
    writeSubscale(out, "gad2", assessment.phq4->gad2);
    out.endObject();
  }
  out.endObject();
}

void writePlan(JsonWriter& out, const Plan& plan) {
  out.arrayField("plan");
  for (const PlanItem& item : plan) {
    out.beginObject().field("code", item.code);
    if (item.side != nullptr) out.field("side", item.side);
    out.endObject();
  }
  out.endArray();
}

// Writes `group` when every part is missing, else each missing part.
struct Part {
  const char* code;
  bool missing;
};
template <std::size_t N>
void writeMissing(JsonWriter& out, const char* group, const Part (&parts)[N]) {
  bool all = true;
  for (const Part& part : parts) all = all && part.missing;
  if (all) {
    out.string(group);
    return;
  }
  for (const Part& part : parts) {
    if (part.missing) out.string(part.code);
  }
}

void writeCodes(JsonWriter& out, const char* name, const RedFlagCodes& codes) {
  out.arrayField(name);
  for (const RedFlag flag : codes) out.string(redFlagRule(flag).code);
  out.endArray();
}

// watchFor and seeDoctorIf (plan.hpp); both empty on the emergency screen.
void writeSafetyNet(JsonWriter& out, const Assessment& assessment, const Triage& level) {
  const bool emergency = level.level == TriageLevel::Emergency;
  writeCodes(out, "watchFor", emergency ? RedFlagCodes{} : watchFor(assessment));
  writeCodes(out, "seeDoctorIf", emergency ? RedFlagCodes{} : seeDoctorIf(assessment, level));
}

}  // namespace

void writeErrors(JsonWriter& out, const ErrorList& errors) {
  out.arrayField("errors");
  for (const InputError& error : errors.all()) {
    out.beginObject()
        .field("code", error.code)
        .key("path")
        .string(error.path)
        .field("message", error.message)
        .endObject();
  }
  out.endArray();
}

std::string invalidResult(const ErrorList& errors) {
  JsonWriter out;
  writeHeader(out, "invalid");
  writeErrors(out, errors);
  out.endObject();
  return out.take();
}

void writeNotAssessed(JsonWriter& out, const Answers& answers, const Assessment& assessment) {
  out.arrayField("notAssessed");
  if (!answers.safetyAnswered) out.string("safety");
  const Part about[] = {{"age", !answers.ageYears},
                        {"duration", !painWeeks(answers)},
                        {"previous_episodes", !answers.previousEpisodes},
                        {"pain_location", !answers.location},
                        {"trend", !answers.trend},
                        {"peg", !assessment.peg}};
  writeMissing(out, "about", about);
  const Part rotation[] = {{"hip_rotation_left", !answers.hipRotation[0]},
                           {"hip_rotation_right", !answers.hipRotation[1]}};
  writeMissing(out, "hip_rotation", rotation);
  const Part extension[] = {{"hip_extension_left", !answers.hipExtension[0]},
                            {"hip_extension_right", !answers.hipExtension[1]}};
  writeMissing(out, "hip_extension", extension);
  const Part habits[] = {{"sitting", !answers.sittingHours},
                         {"activity", !answers.activity},
                         {"bridge", !answers.bridgeHoldSeconds}};
  writeMissing(out, "habits", habits);
  const Part phq4[] = {{"phq2", !assessment.phq4 || !assessment.phq4->phq2},
                       {"gad2", !assessment.phq4 || !assessment.phq4->gad2}};
  writeMissing(out, "phq4", phq4);
  out.endArray();
}

std::string adultsOnlyResult(const Answers& answers, const Assessment& assessment) {
  // No triage and no findings; ticked red flags still get the safety advice.
  JsonWriter out;
  writeHeader(out, "adults_only");
  out.field("ageYears", *answers.ageYears);
  out.arrayField("redFlags");
  RedFlagStrength highest = RedFlagStrength::Weak;
  for (const DetectedRedFlag& flag : assessment.redFlags) {
    if (flag.derived) continue;
    out.beginObject();
    writeRedFlagFields(out, flag);
    out.endObject();
    const RedFlagStrength strength = redFlagRule(flag.flag).strength;
    if (strength < highest) highest = strength;
  }
  out.endArray().arrayField("plan");
  Triage safety;  // only to pick the safety net: minors get no triage level
  if (highest != RedFlagStrength::Weak) {
    const bool emergency = highest == RedFlagStrength::Emergency;
    safety.level = emergency ? TriageLevel::Emergency : TriageLevel::Urgent;
    out.beginObject().field("code", emergency ? "call_emergency" : "see_doctor_within_days");
    out.endObject();
  }
  out.endArray();
  writeSafetyNet(out, assessment, safety);
  writeFooter(out);
  return out.take();
}

std::string triagedResult(const Answers& answers, const Assessment& assessment) {
  const Triage level = triage(assessment);
  JsonWriter out;
  writeHeader(out, "triaged");
  writeTriage(out, assessment, level);
  out.arrayField("redFlags");
  for (const DetectedRedFlag& flag : assessment.redFlags) {
    out.beginObject();
    writeRedFlagFields(out, flag);
    out.endObject();
  }
  out.endArray().arrayField("findings");
  for (const Finding& finding : assessment.findings) {
    out.beginObject();
    writeFindingFields(out, finding);
    out.endObject();
  }
  out.endArray();
  writeScores(out, assessment);
  writePlan(out, buildPlan(answers, assessment, level));
  writeSafetyNet(out, assessment, level);
  writeNotAssessed(out, answers, assessment);
  writeFooter(out);
  return out.take();
}

}  // namespace backcheck::detail
