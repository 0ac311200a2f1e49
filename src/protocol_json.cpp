// protocol(): the protocol table written as JSON (docs/contract.md §3).
#include "backcheck/backcheck.hpp"
#include "errors.hpp"
#include "instruments.hpp"
#include "json_writer.hpp"
#include "protocol_table.hpp"
#include "thresholds.hpp"

namespace backcheck {
namespace {

using detail::JsonWriter;
using detail::QuestionType;

void writeStrings(JsonWriter& out, const char* name, detail::Span<const char*> values) {
  out.arrayField(name);
  for (const char* value : values) out.string(value);
  out.endArray();
}

void writeBands(JsonWriter& out, const char* name, detail::Span<detail::PictureBand> bands) {
  out.arrayField(name);
  for (const auto& band : bands) {
    out.beginObject()
        .field("value", band.value)
        .field("degrees", band.degrees)
        .field("minInclusive", band.minInclusive)
        .field("maxExclusive", band.maxExclusive)
        .endObject();
  }
  out.endArray();
}

void writeRange(JsonWriter& out, const char* name, const detail::TypicalRange& range) {
  out.objectField(name)
      .field("minInclusive", range.minInclusive)
      .field("maxInclusive", range.maxInclusive)
      .endObject();
}

void writeScoreBands(JsonWriter& out, const detail::Instrument& instrument) {
  out.arrayField("bands");
  const auto& bands = instrument.bands;
  for (std::size_t i = 0; i < bands.size; ++i) {
    out.beginObject().field("band", bands[i].band).field("minInclusive", bands[i].minInclusive);
    if (i + 1 < bands.size) {
      out.field("maxExclusive", bands[i + 1].minInclusive);
    } else {
      out.field("maxInclusive", instrument.maxInclusive);
    }
    out.endObject();
  }
  out.endArray();
}

// The triage level this answer gives on its own (BRIEF §2).
const char* levelAlone(detail::RedFlagStrength strength) {
  switch (strength) {
    case detail::RedFlagStrength::Emergency: return "emergency";
    case detail::RedFlagStrength::Strong: return "urgent";
    case detail::RedFlagStrength::Weak: break;
  }
  return "pt_evaluation";
}

void writeRedFlagOptions(JsonWriter& out) {
  out.arrayField("options");
  for (std::size_t i = 0; i < kRedFlagCount; ++i) {
    const auto& rule = detail::redFlagRule(static_cast<RedFlag>(i));
    if (rule.derived) continue;
    out.beginObject()
        .field("value", rule.code)
        .field("strength", detail::strengthName(rule.strength))
        .field("level", levelAlone(rule.strength))
        .endObject();
  }
  out.endArray();
}

void writeDerivedRedFlag(JsonWriter& out, const char* code, const char* answer, const char* op,
                         double bound, const char* from) {
  out.beginObject().field("code", code);
  out.objectField(answer).field(op, bound).endObject();
  out.field("from", from).endObject();
}

// Red flags the core derives from the "about" answers (BRIEF §2 weak flags).
void writeDerivedRedFlags(JsonWriter& out) {
  out.arrayField("derivedRedFlags");
  writeDerivedRedFlag(out, "age_over_50_new", "ageYears", "minExclusive", detail::kNewPainOlderThan,
                      "/about");
  writeDerivedRedFlag(out, "age_under_20", "ageYears", "maxExclusive", detail::kNewPainYoungerThan,
                      "/about");
  writeDerivedRedFlag(out, "no_improvement_4_weeks", "durationWeeks", "minInclusive",
                      detail::kNoImprovementWeeks, "/about");
  out.endArray();
}

void writeSubscale(JsonWriter& out, const char* name, const char* first, const char* second) {
  out.objectField(name).arrayField("items").string(first).string(second).endArray();
  out.objectField("positive").field("minInclusive", detail::kPhqSubscalePositive);
  out.endObject().endObject();
}

void writeSideDetails(JsonWriter& out, const detail::Question& question) {
  out.field("side", question.field);
  writeStrings(out, "modes", detail::methodNames());
  writeStrings(out, "compareOptions", question.options);
  if (question.type == QuestionType::Rotation) {
    out.objectField("pictureBands");
    writeBands(out, "internal", detail::internalRotationBands());
    writeBands(out, "external", detail::externalRotationBands());
    out.endObject().objectField("typical");
    writeRange(out, "internal", detail::kInternalRotationTypical);
    writeRange(out, "external", detail::kExternalRotationTypical);
    out.endObject();
  } else {
    writeBands(out, "pictureBands", detail::extensionBands());
    writeRange(out, "typical", detail::kExtensionTypical);
  }
}

const char* typeName(QuestionType type) {
  switch (type) {
    case QuestionType::Checklist: return "checklist";
    case QuestionType::Single: return "single";
    case QuestionType::Integer:
    case QuestionType::Number: return "number";
    case QuestionType::ScaleGroup: return "scale_group";
    case QuestionType::Rotation: return "rotation";
    case QuestionType::Extension: break;
  }
  return "extension";
}

void writeQuestion(JsonWriter& out, const detail::Step& step, const detail::Question& question) {
  std::string path = std::string("/") + step.id;
  if (question.field != nullptr) path += std::string("/") + question.field;
  out.beginObject().field("id", question.id).key("path").string(path);
  out.field("type", typeName(question.type));
  if (question.unit != nullptr) out.field("unit", question.unit);
  if (question.type == QuestionType::Checklist) {
    out.key("none").boolean(true);
    writeRedFlagOptions(out);
  } else if (question.type == QuestionType::Single) {
    out.arrayField("options");
    for (std::size_t i = 0; i < question.options.size; ++i) {
      out.beginObject().field("value", question.options[i]);
      if (question.target == detail::Field::Duration) {
        const detail::WeekRange weeks = detail::durationBandWeeks(static_cast<Duration>(i));
        out.field("minWeeks", weeks.minInclusive).field("maxWeeks", weeks.maxInclusive);
      }
      out.endObject();
    }
    out.endArray();
  } else {
    out.field("minInclusive", question.minInclusive).field("maxInclusive", question.maxInclusive);
  }
  if (question.type == QuestionType::Integer) out.key("integer").boolean(true);
  if (question.type == QuestionType::Number) out.field("decimals", detail::kNumberDecimals);
  // The leg question is not asked when the pain stays in the back (validation.cpp
  // refuses the two together: conflicting_answers).
  if (question.target == detail::Field::LegSide) {
    out.objectField("skipWhen").field("path", "/about/location").field("equals", "back_only").endObject();
  }
  if (question.target == detail::Field::AgeYears) out.field("adultMinInclusive", detail::kAdultAge);
  if (question.type == QuestionType::ScaleGroup) {
    writeStrings(out, "items", question.items);
    const bool peg = question.target == detail::Field::Peg;
    writeScoreBands(out, peg ? detail::pegInstrument() : detail::phq4Instrument());
    if (!peg) {
      out.objectField("subscales");
      writeSubscale(out, "phq2", "interest", "down");
      writeSubscale(out, "gad2", "nervous", "worry");
      out.endObject();
    }
  }
  if (question.type == QuestionType::Rotation || question.type == QuestionType::Extension) {
    writeSideDetails(out, question);
  }
  out.endObject();
}

}  // namespace

std::string protocol() {
  JsonWriter out;
  out.beginObject()
      .field("protocolVersion", detail::kProtocolVersion)
      .field("schemaVersion", detail::kSchemaVersion)
      .field("coreVersion", coreVersion().c_str());
  out.objectField("limits")
      .field("maxInputBytes", static_cast<double>(detail::kMaxInputBytes))
      .field("maxDepth", detail::kMaxDepth)
      .field("maxErrors", static_cast<double>(detail::kMaxErrors))
      .endObject();
  writeDerivedRedFlags(out);
  out.arrayField("steps");
  for (const detail::Step& step : detail::protocolSteps()) {
    out.beginObject().field("id", step.id).arrayField("questions");
    for (const detail::Question& question : step.questions) writeQuestion(out, step, question);
    out.endArray().endObject();
  }
  out.endArray().endObject();
  return out.take();
}

}  // namespace backcheck
