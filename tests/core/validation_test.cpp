// Bad input of every class comes back as errors[] with a stable code and a JSON
// pointer; evaluate() and validate() never throw and always return JSON.
#include <gtest/gtest.h>

#include <string>

#include "test_support.hpp"

namespace backcheck::testing {
namespace {

struct BadInput {
  const char* name;
  std::string text;
  const char* code;
  const char* path;
};

std::string nested(int depth) {
  return R"({"schemaVersion":1,"about":)" + std::string(depth, '[') + std::string(depth, ']') + "}";
}

std::string manyRedFlags(int count) {
  std::string text = R"({"schemaVersion":1,"safety":{"redFlags":[)";
  for (int i = 0; i < count; ++i) text += (i ? ",\"x\"" : "\"x\"");
  return text + "]}}";
}

const BadInput kBadInputs[] = {
    {"TruncatedJson", R"({"schemaVersion": )", "invalid_json", ""},
    {"EmptyText", "", "invalid_json", ""},
    {"NanLiteral", R"({"schemaVersion":1,"about":{"ageYears":NaN}})", "invalid_json", ""},
    {"InvalidUtf8", "{\"schemaVersion\":1,\"x\xff\":1}", "invalid_json", ""},
    {"TrailingComma", R"({"schemaVersion":1,})", "invalid_json", ""},
    {"TooLarge", R"({"schemaVersion":1,"pad":")" + std::string(70000, 'a') + "\"}", "too_large",
     ""},
    {"TooDeep", nested(40), "too_deep", ""},
    {"ArrayDocument", "[]", "not_an_object", ""},
    {"NullDocument", "null", "not_an_object", ""},
    {"MissingVersion", "{}", "missing_version", "/schemaVersion"},
    {"VersionAsString", R"({"schemaVersion":"1"})", "wrong_type", "/schemaVersion"},
    {"VersionAsFloat", R"({"schemaVersion":1.5})", "wrong_type", "/schemaVersion"},
    {"VersionTwo", R"({"schemaVersion":2})", "unsupported_version", "/schemaVersion"},
    {"VersionNegative", R"({"schemaVersion":-1})", "unsupported_version", "/schemaVersion"},
    {"UnknownSection", R"({"schemaVersion":1,"extras":{}})", "unknown_field", "/extras"},
    {"SectionNotObject", R"({"schemaVersion":1,"about":[]})", "wrong_type", "/about"},
    {"UnknownAboutField", R"({"schemaVersion":1,"about":{"height":180}})", "unknown_field",
     "/about/height"},
    {"AgeSeven", R"({"schemaVersion":1,"about":{"ageYears":7}})", "out_of_range",
     "/about/ageYears"},
    {"AgeEleven", R"({"schemaVersion":1,"about":{"ageYears":11}})", "out_of_range",
     "/about/ageYears"},
    {"AgeOneHundredNinety", R"({"schemaVersion":1,"about":{"ageYears":190}})", "out_of_range",
     "/about/ageYears"},
    {"AgeAsString", R"({"schemaVersion":1,"about":{"ageYears":"44"}})", "wrong_type",
     "/about/ageYears"},
    {"AgeFractional", R"({"schemaVersion":1,"about":{"ageYears":44.5}})", "wrong_type",
     "/about/ageYears"},
    {"UnknownDuration", R"({"schemaVersion":1,"about":{"duration":"forever"}})", "unknown_value",
     "/about/duration"},
    {"DurationAsNumber", R"({"schemaVersion":1,"about":{"duration":3}})", "wrong_type",
     "/about/duration"},
    {"NegativeDurationWeeks", R"({"schemaVersion":1,"about":{"durationWeeks":-1}})", "out_of_range",
     "/about/durationWeeks"},
    {"PegItemEleven", R"({"schemaVersion":1,"about":{"peg":{"pain":11}}})", "out_of_range",
     "/about/peg/pain"},
    {"PegUnknownItem", R"({"schemaVersion":1,"about":{"peg":{"mood":3}}})", "unknown_field",
     "/about/peg/mood"},
    {"PegNotObject", R"({"schemaVersion":1,"about":{"peg":[1,2,3]}})", "wrong_type", "/about/peg"},
    {"RedFlagsNotArray", R"({"schemaVersion":1,"safety":{"redFlags":"none"}})", "wrong_type",
     "/safety/redFlags"},
    {"UnknownRedFlag", R"({"schemaVersion":1,"safety":{"redFlags":["headache"]}})", "unknown_value",
     "/safety/redFlags/0"},
    {"RedFlagNotString", R"({"schemaVersion":1,"safety":{"redFlags":[3]}})", "wrong_type",
     "/safety/redFlags/0"},
    {"DuplicateRedFlag",
     R"({"schemaVersion":1,"safety":{"redFlags":["cancer_history","cancer_history"]}})",
     "duplicate_item", "/safety/redFlags/1"},
    {"SixteenRedFlags", manyRedFlags(16), "too_many_items", "/safety/redFlags"},
    {"HugeArray", manyRedFlags(10000), "too_many_items", "/safety/redFlags"},
    {"NegativeDegrees",
     R"({"schemaVersion":1,"hipRotation":{"left":{"method":"sensor","internalDegrees":-5}}})",
     "out_of_range", "/hipRotation/left/internalDegrees"},
    {"FourHundredDegrees",
     R"({"schemaVersion":1,"hipRotation":{"left":{"method":"sensor","externalDegrees":400}}})",
     "out_of_range", "/hipRotation/left/externalDegrees"},
    {"OverflowingNumber",  // nlohmann rejects numbers beyond double's range
     R"({"schemaVersion":1,"hipRotation":{"left":{"method":"sensor","internalDegrees":1e999}}})",
     "invalid_json", ""},
    {"DegreesAsString",
     R"({"schemaVersion":1,"hipRotation":{"left":{"method":"sensor","internalDegrees":"NaN"}}})",
     "wrong_type", "/hipRotation/left/internalDegrees"},
    {"ExtensionFiftyDegrees",
     R"({"schemaVersion":1,"hipExtension":{"right":{"method":"picture","degrees":50}}})",
     "out_of_range", "/hipExtension/right/degrees"},
    {"MissingMethod", R"({"schemaVersion":1,"hipRotation":{"left":{"internalDegrees":30}}})",
     "missing_field", "/hipRotation/left/method"},
    {"UnknownMethod", R"({"schemaVersion":1,"hipRotation":{"left":{"method":"laser"}}})",
     "unknown_value", "/hipRotation/left/method"},
    {"SensorWithoutDegrees", R"({"schemaVersion":1,"hipRotation":{"left":{"method":"sensor"}}})",
     "missing_field", "/hipRotation/left/internalDegrees"},
    {"CompareWithoutAnswer", R"({"schemaVersion":1,"hipExtension":{"left":{"method":"compare"}}})",
     "missing_field", "/hipExtension/left/thigh"},
    {"CompareWithDegrees",
     R"({"schemaVersion":1,"hipRotation":{"left":{"method":"compare","compare":"about_same","internalDegrees":20}}})",
     "field_not_for_method", "/hipRotation/left/internalDegrees"},
    {"SensorWithCompare",
     R"({"schemaVersion":1,"hipExtension":{"left":{"method":"sensor","degrees":5,"thigh":"level"}}})",
     "field_not_for_method", "/hipExtension/left/thigh"},
    {"UnknownCompareAnswer",
     R"({"schemaVersion":1,"hipRotation":{"right":{"method":"compare","compare":"sideways"}}})",
     "unknown_value", "/hipRotation/right/compare"},
    {"UnknownSideKey", R"({"schemaVersion":1,"hipRotation":{"middle":{"method":"compare"}}})",
     "unknown_field", "/hipRotation/middle"},
    {"SideNotObject", R"({"schemaVersion":1,"hipRotation":{"left":30}})", "wrong_type",
     "/hipRotation/left"},
    {"SittingTwentyFiveHours", R"({"schemaVersion":1,"habits":{"sittingHours":25}})",
     "out_of_range", "/habits/sittingHours"},
    {"UnknownActivity", R"({"schemaVersion":1,"habits":{"activity":"extreme"}})", "unknown_value",
     "/habits/activity"},
    {"PhqItemFour", R"({"schemaVersion":1,"phq4":{"down":4}})", "out_of_range", "/phq4/down"},
    {"PhqItemNegative", R"({"schemaVersion":1,"phq4":{"worry":-1}})", "out_of_range",
     "/phq4/worry"},
    {"PhqItemBoolean", R"({"schemaVersion":1,"phq4":{"worry":true}})", "wrong_type", "/phq4/worry"},
    {"KeyWithSlashIsEscaped", R"({"schemaVersion":1,"a/b~c":1})", "unknown_field", "/a~1b~0c"},
};

void PrintTo(const BadInput& c, std::ostream* os) { *os << c.name; }

class BadInputTest : public ::testing::TestWithParam<BadInput> {};

TEST_P(BadInputTest, EvaluateReportsTheErrorWithCodeAndPath) {
  const BadInput& input = GetParam();
  const json result = evaluateText(input.text);
  EXPECT_EQ(result.at("outcome"), "invalid");
  EXPECT_FALSE(result.contains("triage"));
  ASSERT_FALSE(result.at("errors").empty());
  const json& error = result.at("errors")[0];
  EXPECT_EQ(error.at("code"), input.code);
  EXPECT_EQ(error.at("path"), input.path);
  EXPECT_FALSE(error.at("message").get<std::string>().empty());
}

TEST_P(BadInputTest, ValidateAgreesWithEvaluate) {
  const BadInput& input = GetParam();
  const json validation = json::parse(backcheck::validate(input.text));
  EXPECT_EQ(validation.at("valid"), false);
  EXPECT_EQ(validation.at("errors"), evaluateText(input.text).at("errors"));
}

INSTANTIATE_TEST_SUITE_P(EveryClass, BadInputTest, ::testing::ValuesIn(kBadInputs),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(ValidationTest, EveryErrorOfADocumentIsReported) {
  const json result = evaluateText(
      R"({"schemaVersion":1,"about":{"ageYears":190,"duration":"forever"},"phq4":{"down":9}})");
  EXPECT_EQ(codes(result.at("errors")),
            (std::vector<std::string>{"out_of_range", "unknown_value", "out_of_range"}));
}

TEST(ValidationTest, AtMostTwentyErrorsAreReported) {
  std::string text = R"({"schemaVersion":1)";
  for (int i = 0; i < 50; ++i) text += ",\"unknown" + std::to_string(i) + "\":1";
  text += "}";
  EXPECT_EQ(evaluateText(text).at("errors").size(), 20u);
}

TEST(ValidationTest, EmptyDocumentWithVersionIsValid) {
  const json validation = json::parse(backcheck::validate(R"({"schemaVersion":1})"));
  EXPECT_EQ(validation.at("valid"), true);
  EXPECT_TRUE(validation.at("errors").empty());
}

TEST(ValidationTest, BoundaryValuesAreAccepted) {
  const json result = evaluate(answers(
      {{"about",
        {{"ageYears", 110}, {"durationWeeks", 0}, {"peg", {{"pain", 10}, {"enjoyment", 0}}}}},
       {"hipRotation", {{"left", sensorRotation(0, 90)}}},
       {"hipExtension",
        {{"left", {{"method", "sensor"}, {"degrees", -45}}},
         {"right", {{"method", "sensor"}, {"degrees", 45}}}}},
       {"habits", {{"sittingHours", 24}, {"bridgeHoldSeconds", 600}}},
       {"phq4", {{"down", 3}, {"worry", 0}}}}));
  EXPECT_TRUE(result.at("errors").empty()) << result.at("errors").dump();
  EXPECT_EQ(result.at("outcome"), "triaged");
}

TEST(ValidationTest, LargeButValidDocumentIsEvaluated) {
  // Whitespace up to the size limit is fine: the limit is on bytes, not content.
  std::string text = R"({"schemaVersion":1)" + std::string(60000, ' ') + "}";
  EXPECT_EQ(evaluateText(text).at("outcome"), "triaged");
}

TEST(ValidationTest, DepthSixteenIsParsedAndReportedAsWrongType) {
  const json result = evaluateText(nested(14));
  EXPECT_EQ(result.at("errors")[0].at("code"), "wrong_type");
}

TEST(ValidationTest, ControlCharactersInKeysAreEscapedInThePath) {
  const std::string raw = backcheck::evaluate("{\"schemaVersion\":1,\"a\\u0001\":1}");
  const json result = json::parse(raw);
  EXPECT_EQ(result.at("errors")[0].at("path"), "/a\x01");
  EXPECT_NE(raw.find("\\u0001"), std::string::npos);
}

}  // namespace
}  // namespace backcheck::testing
