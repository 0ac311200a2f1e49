// The safety rules of docs/clinical.md that decide whether a visitor is sent
// on (TR-6 both legs, F-EXT grades, F-ASY pictures, conflicting answers, the
// safety net, mood advice, under 18), each tested on both sides of its line.
#include <gtest/gtest.h>

#include <algorithm>

#include "test_support.hpp"

namespace backcheck::testing {
namespace {

bool contains(const std::vector<std::string>& list, const std::string& code) {
  return std::find(list.begin(), list.end(), code) != list.end();
}

json screened(json sections) {
  sections["safety"] = {{"redFlags", json::array()}};
  return evaluate(answers(std::move(sections)));
}

// --- TR-6: pain into both legs ---------------------------------------------------

struct LegCase {
  const char* name;
  json about;
  const char* level;
};

void PrintTo(const LegCase& c, std::ostream* os) { *os << c.about.dump(); }

class LegPainTest : public ::testing::TestWithParam<LegCase> {};

TEST_P(LegPainTest, BothLegsAreNeverSelfCare) {
  const LegCase& c = GetParam();
  const json result = screened({{"about", c.about}});
  EXPECT_EQ(level(result), c.level);
}

INSTANTIATE_TEST_SUITE_P(
    Legs, LegPainTest,
    ::testing::Values(
        LegCase{"BackOnly", {{"location", "back_only"}, {"legSide", "none"}}, "self_care"},
        LegCase{"ThighOneLeg", {{"location", "buttock_thigh"}, {"legSide", "one"}}, "self_care"},
        LegCase{"ThighBothLegs", {{"location", "buttock_thigh"}, {"legSide", "both"}}, "urgent"},
        LegCase{
            "BelowKneeOneLeg", {{"location", "below_knee"}, {"legSide", "one"}}, "pt_evaluation"},
        LegCase{"BelowKneeBothLegs", {{"location", "below_knee"}, {"legSide", "both"}}, "urgent"},
        LegCase{"BothLegsWhereUnknown", {{"legSide", "both"}}, "urgent"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(LegPainTest, BothLegsSayWhyAndKeepTheEmergencySafetyNet) {
  const json result = screened({{"about", {{"location", "below_knee"}, {"legSide", "both"}}}});
  EXPECT_EQ(codes(result.at("triage").at("reasons")),
            std::vector<std::string>{"radiating_leg_pain"});
  const auto leg = findings(result, "radiating_leg_pain");
  ASSERT_EQ(leg.size(), 1u);
  EXPECT_EQ(leg[0].at("side"), "both");
  EXPECT_EQ(codes(result.at("plan"))[0], "see_doctor_within_days");
  EXPECT_TRUE(contains(codes(result.at("watchFor")), "bilateral_leg_symptoms"));
  EXPECT_TRUE(contains(codes(result.at("watchFor")), "bladder_bowel_change"));
}

// --- Conflicting answers are refused, never resolved silently --------------------

json errorsOf(json about) { return evaluate(answers({{"about", std::move(about)}})).at("errors"); }

TEST(ConflictTest, BackOnlyWithALegIsRefused) {
  for (const char* side : {"one", "both"}) {
    const json errors = errorsOf({{"location", "back_only"}, {"legSide", side}});
    ASSERT_EQ(errors.size(), 1u) << side;
    EXPECT_EQ(errors[0].at("code"), "conflicting_answers");
    EXPECT_EQ(errors[0].at("path"), "/about/legSide");
  }
  EXPECT_TRUE(errorsOf({{"location", "back_only"}, {"legSide", "none"}}).empty());
  EXPECT_TRUE(errorsOf({{"location", "below_knee"}, {"legSide", "both"}}).empty());
}

TEST(ConflictTest, WeeksOutsideTheChosenBandAreRefused) {
  const json twenty = errorsOf({{"duration", "1_4_weeks"}, {"durationWeeks", 20}});
  ASSERT_EQ(twenty.size(), 1u);
  EXPECT_EQ(twenty[0].at("code"), "conflicting_answers");
  EXPECT_EQ(twenty[0].at("path"), "/about/durationWeeks");
  // Band edges agree with both neighbours; just outside does not.
  EXPECT_TRUE(errorsOf({{"duration", "1_4_weeks"}, {"durationWeeks", 4}}).empty());
  EXPECT_TRUE(errorsOf({{"duration", "4_6_weeks"}, {"durationWeeks", 4}}).empty());
  EXPECT_TRUE(errorsOf({{"duration", "1_4_weeks"}, {"durationWeeks", 1}}).empty());
  EXPECT_FALSE(errorsOf({{"duration", "1_4_weeks"}, {"durationWeeks", 4.1}}).empty());
  EXPECT_FALSE(errorsOf({{"duration", "1_4_weeks"}, {"durationWeeks", 0.9}}).empty());
  EXPECT_TRUE(errorsOf({{"duration", "over_12_weeks"}, {"durationWeeks", 300}}).empty());
}

// --- Decimals are evaluated as given ---------------------------------------------

TEST(DecimalsTest, ThreeAndAHalfWeeksIsNotFourWeeks) {
  const json about = {{"ageYears", 60}, {"previousEpisodes", "none"}, {"trend", "same"}};
  json below = about, at = about;
  below["durationWeeks"] = 3.5;
  at["durationWeeks"] = 4;
  // Over 50 with a first episode is one weak flag; not improving after 4 weeks a second.
  EXPECT_EQ(level(screened({{"about", below}})), "pt_evaluation");
  EXPECT_EQ(level(screened({{"about", at}})), "urgent");
}

// --- F-EXT: a thigh level with the bed is a normal test --------------------------

json extension(json left) { return screened({{"hipExtension", {{"left", std::move(left)}}}}); }

TEST(ExtensionTriageTest, OnlyAboveTheBedRaisesTriage) {
  EXPECT_EQ(level(extension({{"method", "compare"}, {"thigh", "above"}})), "pt_evaluation");
  EXPECT_EQ(level(extension({{"method", "compare"}, {"thigh", "level"}})), "self_care");
  EXPECT_EQ(level(extension({{"method", "compare"}, {"thigh", "below"}})), "self_care");
  EXPECT_EQ(level(extension({{"method", "sensor"}, {"degrees", -0.1}})), "pt_evaluation");
  EXPECT_EQ(level(extension({{"method", "sensor"}, {"degrees", 0}})), "self_care");
  EXPECT_EQ(level(extension({{"method", "sensor"}, {"degrees", 9.9}})), "self_care");
  EXPECT_EQ(level(extension({{"method", "picture"}, {"degrees", 5}})), "self_care");
}

TEST(ExtensionTriageTest, ZeroToTenDegreesInformsThePlanOnly) {
  const json result = extension({{"method", "sensor"}, {"degrees", 5}});
  const auto found = findings(result, "hip_extension_limited");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].at("grade"), "below_typical");
  EXPECT_TRUE(contains(codes(result.at("plan")), "hip_flexor_stretch"));
  EXPECT_TRUE(findings(extension({{"method", "sensor"}, {"degrees", 10}}), "hip_extension_limited")
                  .empty());
}

// --- F-ASY: pictures count as bands, two apart -------------------------------------

json picture(double internal, double external) {
  return {{"method", "picture"}, {"internalDegrees", internal}, {"externalDegrees", external}};
}

// Band centres of protocol() → pictureBands (IR 10/25/35/45, ER 20/35/50/65).
TEST(PictureAsymmetryTest, NeighbouringPicturesAreNotADifference) {
  const double ir[] = {10, 25, 35, 45};
  const double er[] = {20, 35, 50, 65};
  for (int a = 0; a < 4; ++a) {
    for (int b = 0; b < 4; ++b) {
      const bool apart = std::abs(a - b) >= 2;
      const json inward = rotation(picture(ir[a], 50), picture(ir[b], 50));
      const json outward = rotation(picture(35, er[a]), picture(35, er[b]));
      EXPECT_EQ(hasFinding(inward, "hip_rotation_asymmetry"), apart) << ir[a] << " vs " << ir[b];
      EXPECT_EQ(hasFinding(outward, "hip_rotation_asymmetry"), apart) << er[a] << " vs " << er[b];
    }
  }
}

TEST(PictureAsymmetryTest, MixedMethodsUseTheCoarserAnswer) {
  // Sensor 28° (band 20–30) against the 30–40 picture: 7° apart, one band: nothing.
  EXPECT_FALSE(
      hasFinding(rotation(sensorRotation(28, 50), picture(35, 50)), "hip_rotation_asymmetry"));
  // Sensor 18° (band 0–20) against the 30–40 picture: two bands apart.
  const json result = rotation(sensorRotation(18, 50), picture(35, 50));
  const auto found = findings(result, "hip_rotation_asymmetry");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].at("confidence"), "estimated");
  EXPECT_EQ(found[0].at("values").at("bandsApart"), 2);
  // Two sensors keep the 10° rule.
  EXPECT_TRUE(hasFinding(rotation(sensorRotation(25, 50), sensorRotation(35, 50)),
                         "hip_rotation_asymmetry"));
  EXPECT_FALSE(hasFinding(rotation(sensorRotation(25.1, 50), sensorRotation(35, 50)),
                          "hip_rotation_asymmetry"));
}

// --- Safety net: only emergency signs the visitor does not have -------------------

TEST(SafetyNetTest, WatchForListsOnlyAbsentEmergencySigns) {
  const std::vector<std::string> emergencySigns{"bladder_bowel_change", "saddle_numbness",
                                                "bilateral_leg_symptoms", "progressive_weakness",
                                                "sexual_dysfunction_new"};
  EXPECT_EQ(codes(screened({}).at("watchFor")), emergencySigns);
  EXPECT_EQ(codes(screened({}).at("seeDoctorIf")),
            (std::vector<std::string>{"fever_or_chills", "unexplained_weight_loss"}));
  // A weak flag the visitor has is a reason, not a sign that "may appear".
  for (const char* weak : {"night_pain_unrelieved"}) {
    const json result = evaluate(answers({{"safety", {{"redFlags", {weak}}}}}));
    EXPECT_EQ(codes(result.at("watchFor")), emergencySigns);
  }
  const json older = screened({{"about", {{"ageYears", 51}, {"previousEpisodes", "none"}}}});
  EXPECT_EQ(codes(older.at("triage").at("reasons")), std::vector<std::string>{"age_over_50_new"});
  EXPECT_EQ(codes(older.at("watchFor")), emergencySigns);
  // A strong flag the visitor has: urgent already says "see a doctor".
  const json cancer = evaluate(answers({{"safety", {{"redFlags", {"cancer_history"}}}}}));
  EXPECT_TRUE(cancer.at("seeDoctorIf").empty());
  EXPECT_EQ(codes(cancer.at("watchFor")), emergencySigns);
  const json fever = evaluate(answers({{"safety", {{"redFlags", {"fever_or_chills"}}}}}));
  EXPECT_FALSE(contains(codes(fever.at("seeDoctorIf")), "fever_or_chills"));
}

// --- Distress: talk to your doctor; the severe band adds the 988 Lifeline ---------

json mood(int nervous, int worry, int interest, int down) {
  return screened(
      {{"phq4", {{"nervous", nervous}, {"worry", worry}, {"interest", interest}, {"down", down}}}});
}

TEST(MoodAdviceTest, PositivePhq2AddsTalkToYourDoctor) {
  EXPECT_FALSE(contains(codes(mood(0, 0, 1, 1).at("plan")), "talk_to_doctor_mood"));
  EXPECT_FALSE(contains(codes(mood(1, 1, 1, 1).at("plan")), "talk_to_doctor_mood"));
  EXPECT_TRUE(contains(codes(mood(0, 0, 1, 2).at("plan")), "talk_to_doctor_mood"));
  EXPECT_TRUE(contains(codes(mood(1, 2, 0, 0).at("plan")), "talk_to_doctor_mood"));  // GAD-2 too
}

TEST(MoodAdviceTest, SevereBandAddsTheCrisisLine) {
  EXPECT_FALSE(contains(codes(mood(2, 2, 2, 2).at("plan")), "crisis_line"));  // 8: moderate
  EXPECT_TRUE(contains(codes(mood(3, 2, 2, 2).at("plan")), "crisis_line"));   // 9: severe
  EXPECT_TRUE(contains(codes(mood(3, 3, 3, 3).at("plan")), "crisis_line"));
}

TEST(MoodAdviceTest, UrgentResultsKeepTheMoodAdvice) {
  json sections{{"safety", {{"redFlags", {"cancer_history"}}}},
                {"phq4", {{"nervous", 3}, {"worry", 3}, {"interest", 3}, {"down", 3}}}};
  const json result = evaluate(answers(sections));
  EXPECT_EQ(level(result), "urgent");
  EXPECT_EQ(
      codes(result.at("plan")),
      (std::vector<std::string>{"see_doctor_within_days", "talk_to_doctor_mood", "crisis_line"}));
}

// --- Under 18 ------------------------------------------------------------------

TEST(AdultsOnlyTest, MinorsGetTheSafetyNetAndNoTriage) {
  const json minor = screened({{"about", {{"ageYears", 17}}}});
  EXPECT_EQ(minor.at("outcome"), "adults_only");
  EXPECT_FALSE(minor.contains("triage"));
  EXPECT_EQ(codes(minor.at("watchFor")).size(), 5u);
  const json adult = screened({{"about", {{"ageYears", 18}}}});
  EXPECT_EQ(adult.at("outcome"), "triaged");
}

}  // namespace
}  // namespace backcheck::testing
