// The protocol the widget renders comes from the same table the validator
// reads: every range and option it publishes is what evaluate() accepts.
#include <gtest/gtest.h>

#include <fstream>

#include "test_support.hpp"

namespace backcheck::testing {
namespace {

json protocolJson() { return json::parse(backcheck::protocol()); }

// Answers with `value` at the JSON pointer `path` (e.g. /about/ageYears).
json answersAt(const std::string& path, const json& value) {
  json document = answers();
  document[json::json_pointer(path)] = value;
  return document;
}

std::string firstErrorCode(const json& document) {
  const json result = evaluate(document);
  return result.at("errors").empty() ? "" : result.at("errors")[0].at("code").get<std::string>();
}

std::vector<json> questions(const char* type) {
  std::vector<json> out;
  const json protocol = protocolJson();
  for (const auto& step : protocol.at("steps")) {
    for (const auto& question : step.at("questions")) {
      if (question.at("type") == type) out.push_back(question);
    }
  }
  return out;
}

TEST(ProtocolTest, HasVersionsAndTheStepsOfTheJourneyInOrder) {
  const json protocol = protocolJson();
  EXPECT_EQ(protocol.at("protocolVersion"), 1);
  EXPECT_EQ(protocol.at("schemaVersion"), 1);
  EXPECT_EQ(protocol.at("coreVersion"), backcheck::coreVersion());
  std::vector<std::string> steps;
  for (const auto& step : protocol.at("steps")) steps.push_back(step.at("id"));
  EXPECT_EQ(steps, (std::vector<std::string>{"safety", "about", "hipRotation", "hipExtension",
                                             "habits", "phq4"}));
}

// protocol() keeps no state: evaluations in between (triaged, adults-only,
// invalid, hostile) leave its text as it was.
TEST(ProtocolTest, EvaluationsInBetweenDoNotChangeIt) {
  const std::string before = backcheck::protocol();
  for (const char* text :
       {R"({"schemaVersion":1,"safety":{"redFlags":["saddle_numbness"]}})",
        R"({"schemaVersion":1,"about":{"ageYears":15}})", R"({"schemaVersion":2})", "[[[[",
        R"({"schemaVersion":1,"about":{"duration":"forever"}})"}) {
    backcheck::evaluate(text);
    backcheck::validate(text);
  }
  EXPECT_EQ(backcheck::protocol(), before);
}

TEST(ProtocolTest, ChecklistOptionsAreTheAskedRedFlagsWithTheLevelEachGives) {
  const auto checklist = questions("checklist");
  ASSERT_EQ(checklist.size(), 1u);
  EXPECT_EQ(checklist[0].at("none"), true);
  int emergency = 0, urgent = 0, weak = 0;
  for (const auto& option : checklist[0].at("options")) {
    const std::string code = option.at("value");
    const json result = evaluate(answers({{"safety", {{"redFlags", json::array({code})}}}}));
    EXPECT_EQ(level(result), option.at("level")) << code;
    emergency += option.at("strength") == "emergency";
    urgent += option.at("strength") == "strong";
    weak += option.at("strength") == "weak";
  }
  EXPECT_EQ(emergency, 7);
  EXPECT_EQ(urgent, 4);
  EXPECT_EQ(weak, 1);  // the other three weak flags are derived, listed apart
  EXPECT_EQ(protocolJson().at("derivedRedFlags").size(), 3u);
}

TEST(ProtocolTest, EverySingleChoiceOptionIsAcceptedAndNothingElse) {
  for (const auto& question : questions("single")) {
    const std::string path = question.at("path");
    for (const auto& option : question.at("options")) {
      EXPECT_EQ(firstErrorCode(answersAt(path, option.at("value"))), "") << path;
    }
    EXPECT_EQ(firstErrorCode(answersAt(path, "not_an_option")), "unknown_value") << path;
  }
}

TEST(ProtocolTest, NumberRangesArePublishedAsTheValidatorEnforcesThem) {
  for (const auto& question : questions("number")) {
    const std::string path = question.at("path");
    const double min = question.at("minInclusive");
    const double max = question.at("maxInclusive");
    // Whole numbers where the protocol says so (a fraction would be wrong_type).
    const bool integer = question.value("integer", false);
    const auto number = [integer](double value) {
      return integer ? json(static_cast<int>(value)) : json(value);
    };
    EXPECT_EQ(firstErrorCode(answersAt(path, number(min))), "") << path;
    EXPECT_EQ(firstErrorCode(answersAt(path, number(max))), "") << path;
    EXPECT_EQ(firstErrorCode(answersAt(path, number(min - 1))), "out_of_range") << path;
    EXPECT_EQ(firstErrorCode(answersAt(path, number(max + 1))), "out_of_range") << path;
    if (!integer) {
      EXPECT_EQ(firstErrorCode(answersAt(path, max + 0.1)), "out_of_range") << path;
    }
  }
}

TEST(ProtocolTest, ScaleGroupItemsAndRangesMatchTheValidator) {
  for (const auto& question : questions("scale_group")) {
    const std::string path = question.at("path");
    const int max = question.at("maxInclusive");
    for (const auto& item : question.at("items")) {
      const std::string itemPath = path + "/" + item.get<std::string>();
      EXPECT_EQ(firstErrorCode(answersAt(itemPath, max)), "") << itemPath;
      EXPECT_EQ(firstErrorCode(answersAt(itemPath, max + 1)), "out_of_range") << itemPath;
    }
    ASSERT_FALSE(question.at("bands").empty());
    EXPECT_EQ(question.at("bands")[0].at("minInclusive"), 0);
  }
}

TEST(ProtocolTest, EveryModeCompareOptionAndPictureBandOfTheHipTestsIsAccepted) {
  for (const char* type : {"rotation", "extension"}) {
    for (const auto& question : questions(type)) {
      const std::string path = question.at("path");
      const std::string qualitative = std::string(type) == "rotation" ? "compare" : "thigh";
      for (const auto& option : question.at("compareOptions")) {
        EXPECT_EQ(firstErrorCode(answersAt(path, {{"method", "compare"}, {qualitative, option}})),
                  "")
            << path;
      }
      std::vector<json> bands;
      if (question.at("pictureBands").is_array()) {
        for (const auto& band : question.at("pictureBands")) bands.push_back(band);
      } else {
        for (const auto& band : question.at("pictureBands").at("internal")) bands.push_back(band);
      }
      const std::string key = std::string(type) == "rotation" ? "internalDegrees" : "degrees";
      for (const auto& band : bands) {
        const json side{{"method", "picture"}, {key, band.at("degrees")}};
        EXPECT_EQ(firstErrorCode(answersAt(path, side)), "") << path;
        EXPECT_GE(band.at("degrees").get<double>(), band.at("minInclusive").get<double>());
        EXPECT_LT(band.at("degrees").get<double>(), band.at("maxExclusive").get<double>());
      }
      EXPECT_EQ(question.at("modes"), json({"sensor", "picture", "compare"}));
    }
  }
}

TEST(ProtocolTest, PublishedTypicalRangesAreTheFindingThresholds) {
  const json rotation = questions("rotation")[0].at("typical");
  EXPECT_EQ(rotation.at("internal").at("minInclusive"), 30);
  EXPECT_EQ(rotation.at("external").at("minInclusive"), 40);
  EXPECT_EQ(questions("extension")[0].at("typical").at("minInclusive"), 10);
}

}  // namespace
}  // namespace backcheck::testing

namespace backcheck::testing {
namespace {

// docs/input.schema.json is the formal contract for other tools; it must say
// exactly what the protocol table (and so the validator) says.
json inputSchema() {
  std::ifstream file(std::string(BACKCHECK_SOURCE_DIR) + "/docs/input.schema.json");
  return json::parse(file);
}

TEST(InputSchemaTest, OptionsAndRangesMatchTheProtocol) {
  const json schema = inputSchema();
  const json protocol = protocolJson();
  int checked = 0;
  for (const auto& step : protocol.at("steps")) {
    const json& section = schema.at("properties").at(step.at("id").get<std::string>());
    for (const auto& question : step.at("questions")) {
      const std::string type = question.at("type");
      const std::string id = question.at("id");
      if (type == "single") {
        json options = json::array();
        for (const auto& option : question.at("options")) options.push_back(option.at("value"));
        EXPECT_EQ(section.at("properties").at(id).at("enum"), options) << id;
        ++checked;
      } else if (type == "number") {
        const json& property = section.at("properties").at(id);
        EXPECT_EQ(property.at("minimum"), question.at("minInclusive")) << id;
        EXPECT_EQ(property.at("maximum"), question.at("maxInclusive")) << id;
        EXPECT_EQ(property.at("type"), question.value("integer", false) ? "integer" : "number");
        ++checked;
      } else if (type == "scale_group") {
        const json& items = id == "phq4" ? section.at("properties")
                                         : section.at("properties").at(id).at("properties");
        for (const auto& item : question.at("items")) {
          EXPECT_EQ(items.at(item.get<std::string>()).at("maximum"), question.at("maxInclusive"));
          ++checked;
        }
      } else if (type == "checklist") {
        const json& codes = section.at("properties").at("redFlags").at("items").at("enum");
        EXPECT_EQ(codes.size(), 15u);
        for (const auto& option : question.at("options")) {
          EXPECT_NE(std::find(codes.begin(), codes.end(), option.at("value")), codes.end());
        }
        ++checked;
      }
    }
  }
  const json& rotationSide = schema.at("$defs").at("rotationSide").at("oneOf");
  EXPECT_EQ(rotationSide[1].at("properties").at("compare").at("enum"),
            questions("rotation")[0].at("compareOptions"));
  EXPECT_EQ(rotationSide[0].at("properties").at("internalDegrees").at("maximum"),
            questions("rotation")[0].at("maxInclusive"));
  const json& extensionSide = schema.at("$defs").at("extensionSide").at("oneOf");
  EXPECT_EQ(extensionSide[1].at("properties").at("thigh").at("enum"),
            questions("extension")[0].at("compareOptions"));
  EXPECT_EQ(extensionSide[0].at("properties").at("degrees").at("minimum"),
            questions("extension")[0].at("minInclusive"));
  EXPECT_EQ(checked, 18);  // every checklist, single, number and scale item
}

}  // namespace
}  // namespace backcheck::testing
