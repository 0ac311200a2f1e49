// Every finding rule (docs/clinical.md), with values on each side of its threshold.
#include <gtest/gtest.h>

#include "test_support.hpp"

namespace backcheck::testing {
namespace {

// --- F-IR1 / F-IR2: inward rotation below the typical 30° ---------------------------

struct IrCase {
  double left, right;
  const char* expected;  // finding code or "" for none
};

void PrintTo(const IrCase& c, std::ostream* os) {
  *os << "IR left " << c.left << ", right " << c.right;
}

class InternalRotationTest : public ::testing::TestWithParam<IrCase> {};

TEST_P(InternalRotationTest, LimitedBelowThirtyDegrees) {
  const IrCase& c = GetParam();
  const json result = rotation(sensorRotation(c.left, 45), sensorRotation(c.right, 45));
  const bool bilateral = hasFinding(result, "hip_ir_limited_bilateral");
  const bool unilateral = hasFinding(result, "hip_ir_limited_unilateral");
  EXPECT_EQ(bilateral, std::string(c.expected) == "hip_ir_limited_bilateral");
  EXPECT_EQ(unilateral, std::string(c.expected) == "hip_ir_limited_unilateral");
}

INSTANTIATE_TEST_SUITE_P(Thresholds, InternalRotationTest,
                         ::testing::Values(IrCase{29, 35, "hip_ir_limited_unilateral"},
                                           IrCase{30, 35, ""}, IrCase{31, 35, ""},
                                           IrCase{29.9, 35, "hip_ir_limited_unilateral"},
                                           IrCase{29, 29, "hip_ir_limited_bilateral"},
                                           IrCase{29, 30, "hip_ir_limited_unilateral"},
                                           IrCase{30, 30, ""}));

TEST(FindingsTest, UnilateralIrNamesTheSideValuesAndThreshold) {
  const json result = rotation(sensorRotation(35, 45), sensorRotation(22, 41));
  const auto found = findings(result, "hip_ir_limited_unilateral");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].at("side"), "right");
  EXPECT_EQ(found[0].at("rule"), "F-IR2");
  EXPECT_EQ(found[0].at("values"), json({{"internalDegrees", 22}, {"externalDegrees", 41}}));
  EXPECT_EQ(found[0].at("threshold"), json({{"internalDegrees", {{"maxExclusive", 30}}}}));
  EXPECT_EQ(found[0].at("confidence"), "measured");
  EXPECT_EQ(found[0].at("evidence"), "very_low");
}

TEST(FindingsTest, OutwardMoreThanInwardAloneIsNotAFinding) {
  // Kouyoumdjian 2012: ER > IR in 47.5% of healthy adults.
  const json result = rotation(sensorRotation(32, 58), sensorRotation(33, 57));
  EXPECT_TRUE(findingCodes(result).empty());
  const json compared =
      rotation(compareRotation("internal_less"), compareRotation("internal_less"));
  EXPECT_TRUE(findingCodes(compared).empty());
  const json checked = evaluate(answers({{"safety", {{"redFlags", json::array()}}},
                                         {"hipRotation",
                                          {{"left", compareRotation("internal_less")},
                                           {"right", compareRotation("internal_less")}}}}));
  EXPECT_EQ(level(checked), "self_care");
}

TEST(FindingsTest, LimitedIrWithoutGreaterErIsReportedAsLimitedEr) {
  // IR 25 with ER 20: a global restriction, not Cibulka's IR < ER pattern.
  const json result = rotation(sensorRotation(25, 20), sensorRotation(35, 45));
  EXPECT_FALSE(hasFinding(result, "hip_ir_limited_unilateral"));
  ASSERT_TRUE(hasFinding(result, "hip_er_limited"));
  EXPECT_EQ(findings(result, "hip_er_limited")[0].at("side"), "left");
}

TEST(FindingsTest, OneSideOnlyMeasuredCanStillShowLimitedIr) {
  const json result = evaluate(answers({{"hipRotation", {{"left", sensorRotation(20, 40)}}}}));
  EXPECT_TRUE(hasFinding(result, "hip_ir_limited_unilateral"));
  EXPECT_EQ(codes(result.at("notAssessed"))[0], "safety");
}

TEST(FindingsTest, QualitativeAnswersGiveFindingsWithSelfReportedConfidence) {
  const json unilateral =
      rotation(compareRotation("internal_much_less"), compareRotation("about_same"));
  ASSERT_TRUE(hasFinding(unilateral, "hip_ir_limited_unilateral"));
  EXPECT_EQ(findings(unilateral, "hip_ir_limited_unilateral")[0].at("confidence"), "self_reported");
  const json bilateral =
      rotation(compareRotation("internal_much_less"), compareRotation("internal_much_less"));
  ASSERT_TRUE(hasFinding(bilateral, "hip_ir_limited_bilateral"));
  EXPECT_EQ(findings(bilateral, "hip_ir_limited_bilateral")[0].at("side"), "both");
}

TEST(FindingsTest, MixedMethodsTakeTheLowerConfidence) {
  const json result = rotation(sensorRotation(20, 40), compareRotation("internal_much_less"));
  const auto found = findings(result, "hip_ir_limited_bilateral");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].at("confidence"), "self_reported");
  EXPECT_EQ(found[0].at("values"), json({{"leftInternalDegrees", 20},
                                         {"leftExternalDegrees", 40},
                                         {"rightCompare", "internal_much_less"}}));
}

TEST(FindingsTest, PictureAnswersAreEstimated) {
  const json result = rotation({{"method", "picture"}, {"internalDegrees", 25}},
                               {{"method", "picture"}, {"internalDegrees", 35}});
  EXPECT_EQ(findings(result, "hip_ir_limited_unilateral")[0].at("confidence"), "estimated");
}

// --- F-ER: outward rotation below 40° -----------------------------------------------

TEST(FindingsTest, ExternalRotationLimitedBelowFortyDegrees) {
  EXPECT_TRUE(
      hasFinding(rotation(sensorRotation(35, 39), sensorRotation(35, 45)), "hip_er_limited"));
  EXPECT_FALSE(
      hasFinding(rotation(sensorRotation(35, 40), sensorRotation(35, 45)), "hip_er_limited"));
  EXPECT_FALSE(
      hasFinding(rotation(sensorRotation(35, 41), sensorRotation(35, 45)), "hip_er_limited"));
  EXPECT_EQ(findings(rotation(compareRotation("internal_more"), compareRotation("about_same")),
                     "hip_er_limited")[0]
                .at("confidence"),
            "self_reported");
}

// --- F-ASY: left–right difference of 10° or more -----------------------------------

struct AsymmetryCase {
  double left, right;
  bool finding;
};

void PrintTo(const AsymmetryCase& c, std::ostream* os) {
  *os << "left " << c.left << ", right " << c.right;
}

class AsymmetryTest : public ::testing::TestWithParam<AsymmetryCase> {};

TEST_P(AsymmetryTest, InwardDifferenceOfTenDegreesOrMore) {
  const AsymmetryCase& c = GetParam();
  const json result = rotation(sensorRotation(c.left, 45), sensorRotation(c.right, 45));
  EXPECT_EQ(hasFinding(result, "hip_rotation_asymmetry"), c.finding);
}

TEST_P(AsymmetryTest, OutwardDifferenceOfTenDegreesOrMore) {
  const AsymmetryCase& c = GetParam();
  const json result = rotation(sensorRotation(35, c.left + 15), sensorRotation(35, c.right + 15));
  EXPECT_EQ(hasFinding(result, "hip_rotation_asymmetry"), c.finding);
}

INSTANTIATE_TEST_SUITE_P(
    Thresholds, AsymmetryTest,
    ::testing::Values(AsymmetryCase{31, 40, false},                                 // 9°
                      AsymmetryCase{30, 40, true},                                  // 10°
                      AsymmetryCase{30, 41, true},                                  // 11°
                      AsymmetryCase{40, 30, true}, AsymmetryCase{30.1, 40, false},  // 9.9°
                      AsymmetryCase{40.3, 30.3, true}));  // 9.999… in binary: 10.0°

TEST(FindingsTest, AsymmetryNamesTheSideThatMovesLess) {
  const json result = rotation(sensorRotation(42, 45), sensorRotation(31, 45));
  const auto found = findings(result, "hip_rotation_asymmetry");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].at("side"), "right");
  EXPECT_EQ(found[0].at("motion"), "internal");
  EXPECT_EQ(found[0].at("values").at("differenceDegrees"), 11);
}

TEST(FindingsTest, QualitativeAsymmetryNeedsTwoStepsApart) {
  EXPECT_TRUE(
      hasFinding(rotation(compareRotation("internal_much_less"), compareRotation("about_same")),
                 "hip_rotation_asymmetry"));
  EXPECT_FALSE(hasFinding(rotation(compareRotation("internal_less"), compareRotation("about_same")),
                          "hip_rotation_asymmetry"));
}

// --- F-EXT: extension below neutral / below the typical 10° ---------------------------

struct ExtensionCase {
  json side;
  const char* grade;  // nullptr: no finding
  const char* confidence;
};

void PrintTo(const ExtensionCase& c, std::ostream* os) { *os << c.side.dump(); }

class ExtensionTest : public ::testing::TestWithParam<ExtensionCase> {};

TEST_P(ExtensionTest, GradeAndConfidence) {
  const ExtensionCase& c = GetParam();
  const json result = evaluate(answers({{"hipExtension", {{"left", c.side}}}}));
  const auto found = findings(result, "hip_extension_limited");
  if (c.grade == nullptr) {
    EXPECT_TRUE(found.empty());
    return;
  }
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].at("grade"), c.grade);
  EXPECT_EQ(found[0].at("confidence"), c.confidence);
  EXPECT_EQ(found[0].at("evidence"), std::string(c.grade) == "below_neutral" ? "low" : "very_low");
}

json degrees(double value) { return {{"method", "sensor"}, {"degrees", value}}; }
json thigh(const char* position) { return {{"method", "compare"}, {"thigh", position}}; }

INSTANTIATE_TEST_SUITE_P(
    Thresholds, ExtensionTest,
    ::testing::Values(ExtensionCase{degrees(-1), "below_neutral", "measured"},
                      ExtensionCase{degrees(0), "below_typical", "measured"},
                      ExtensionCase{degrees(9), "below_typical", "measured"},
                      ExtensionCase{degrees(10), nullptr, nullptr},
                      ExtensionCase{degrees(11), nullptr, nullptr},
                      ExtensionCase{
                          {{"method", "picture"}, {"degrees", 5}}, "below_typical", "estimated"},
                      ExtensionCase{thigh("above"), "below_neutral", "self_reported"},
                      ExtensionCase{thigh("level"), nullptr, nullptr},
                      ExtensionCase{thigh("below"), nullptr, nullptr}));

// --- History, habits and questionnaires ---------------------------------------------

struct HistoryCase {
  const char* name;
  json sections;
  const char* code;
  bool finding;
};

void PrintTo(const HistoryCase& c, std::ostream* os) { *os << c.sections.dump(); }

class HistoryTest : public ::testing::TestWithParam<HistoryCase> {};

TEST_P(HistoryTest, RuleFiresOnlyPastItsThreshold) {
  const HistoryCase& c = GetParam();
  EXPECT_EQ(hasFinding(evaluate(answers(c.sections)), c.code), c.finding);
}

json about(json fields) { return {{"about", std::move(fields)}}; }
json habits(json fields) { return {{"habits", std::move(fields)}}; }

INSTANTIATE_TEST_SUITE_P(
    Rules, HistoryTest,
    ::testing::Values(
        HistoryCase{"SittingBelowEight", habits({{"sittingHours", 7.9}}), "prolonged_sitting",
                    false},
        HistoryCase{"SittingEight", habits({{"sittingHours", 8}}), "prolonged_sitting", true},
        HistoryCase{"SittingNine", habits({{"sittingHours", 9}}), "prolonged_sitting", true},
        HistoryCase{"BridgeEightyFour", habits({{"bridgeHoldSeconds", 84}}), "weak_bridge", true},
        HistoryCase{"BridgeEightyFive", habits({{"bridgeHoldSeconds", 85}}), "weak_bridge", false},
        HistoryCase{"BridgeEightySix", habits({{"bridgeHoldSeconds", 86}}), "weak_bridge", false},
        HistoryCase{"PegBelowFour",
                    about({{"peg", {{"pain", 4}, {"enjoyment", 4}, {"activity", 3}}}}),
                    "high_pain_impact", false},
        HistoryCase{"PegFour", about({{"peg", {{"pain", 4}, {"enjoyment", 4}, {"activity", 4}}}}),
                    "high_pain_impact", true},
        HistoryCase{"BelowKnee", about({{"location", "below_knee"}, {"legSide", "one"}}),
                    "radiating_leg_pain", true},
        HistoryCase{"ButtockThigh", about({{"location", "buttock_thigh"}}), "radiating_leg_pain",
                    false},
        HistoryCase{"FiveWeeks", about({{"durationWeeks", 5.9}}), "chronic_duration", false},
        HistoryCase{"SixWeeks", about({{"durationWeeks", 6}}), "chronic_duration", true},
        HistoryCase{"FourToSixWeeksBand", about({{"duration", "4_6_weeks"}}), "chronic_duration",
                    false},
        HistoryCase{"SixToTwelveWeeksBand", about({{"duration", "6_12_weeks"}}), "chronic_duration",
                    true},
        HistoryCase{"OverTwelveWeeksBand", about({{"duration", "over_12_weeks"}}),
                    "chronic_duration", true},
        HistoryCase{"WeeksWinOverBand",
                    about({{"duration", "over_12_weeks"}, {"durationWeeks", 2}}),
                    "chronic_duration", false},
        HistoryCase{"FirstEpisode", about({{"previousEpisodes", "none"}}), "recurrent_episodes",
                    false},
        HistoryCase{"OneEarlierEpisode", about({{"previousEpisodes", "once"}}),
                    "recurrent_episodes", true},
        HistoryCase{"SeveralEarlierEpisodes", about({{"previousEpisodes", "several"}}),
                    "recurrent_episodes", true},
        HistoryCase{"GettingWorse", about({{"trend", "worse"}}), "worsening", true},
        HistoryCase{"Unchanged", about({{"trend", "same"}}), "worsening", false}),
    [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace backcheck::testing

namespace backcheck::testing {
namespace {

// Reported numbers are rounded to one decimal, half away from zero, written
// without exponent or trailing ".0": the same text in the native and WASM builds.
TEST(FindingsTest, ReportedDegreesAreRoundedToOneDecimal) {
  const std::string raw = backcheck::evaluate(
      answers({{"hipRotation", {{"left", sensorRotation(22.37, 45)}}},
               {"hipExtension", {{"left", {{"method", "sensor"}, {"degrees", -4.25}}}}}})
          .dump());
  EXPECT_NE(raw.find(R"("internalDegrees":22.4,"externalDegrees":45})"), std::string::npos) << raw;
  EXPECT_NE(raw.find(R"("degrees":-4.3})"), std::string::npos) << raw;
  EXPECT_EQ(raw.find("e+"), std::string::npos);
}

// The answers that make the most findings at once (15: IR on both sides, ER,
// both asymmetries and extension on each side, and every other rule): each
// finding carries its own values, none written into another.
TEST(FindingsTest, TheMostFindingsOneSetOfAnswersMakesEachKeepTheirOwnValues) {
  const json result = evaluate(answers({
      {"about",
       {{"duration", "over_12_weeks"},
        {"previousEpisodes", "several"},
        {"location", "below_knee"},
        {"legSide", "one"},
        {"trend", "worse"},
        {"peg", {{"pain", 9}, {"enjoyment", 9}, {"activity", 9}}}}},
      {"hipRotation", {{"left", sensorRotation(5, 10)}, {"right", sensorRotation(25, 35)}}},
      {"hipExtension",
       {{"left", {{"method", "sensor"}, {"degrees", -5}}},
        {"right", {{"method", "sensor"}, {"degrees", 5}}}}},
      {"habits", {{"sittingHours", 12}, {"bridgeHoldSeconds", 10}}},
      {"phq4", {{"nervous", 3}, {"worry", 3}, {"interest", 3}, {"down", 3}}},
  }));
  EXPECT_EQ(
      findingCodes(result),
      (std::vector<std::string>{
          "hip_ir_limited_bilateral", "hip_er_limited", "hip_er_limited", "hip_rotation_asymmetry",
          "hip_rotation_asymmetry", "hip_extension_limited", "hip_extension_limited",
          "radiating_leg_pain", "chronic_duration", "recurrent_episodes", "worsening",
          "distress_positive", "high_pain_impact", "prolonged_sitting", "weak_bridge"}))
      << result.dump();
  const auto valuesOf = [&](const char* code) { return findings(result, code).at(0).at("values"); };
  EXPECT_EQ(valuesOf("prolonged_sitting"), (json{{"sittingHours", 12}}));
  EXPECT_EQ(valuesOf("weak_bridge"), (json{{"bridgeHoldSeconds", 10}}));
  EXPECT_EQ(valuesOf("worsening"), (json{{"trend", "worse"}}));
  EXPECT_EQ(valuesOf("hip_ir_limited_bilateral"), (json{{"leftInternalDegrees", 5},
                                                        {"leftExternalDegrees", 10},
                                                        {"rightInternalDegrees", 25},
                                                        {"rightExternalDegrees", 35}}));
}

}  // namespace
}  // namespace backcheck::testing
