// Triage (BRIEF §2): emergency > urgent > pt_evaluation > self_care, strong and
// weak red flags, derived flags, under-18 outcome. A red flag never gives self_care.
#include <gtest/gtest.h>

#include "test_support.hpp"

namespace backcheck::testing {
namespace {

json withFlags(std::vector<std::string> flags, json about = json::object()) {
  json sections{{"safety", {{"redFlags", flags}}}};
  if (!about.empty()) sections["about"] = std::move(about);
  return evaluate(answers(sections));
}

struct FlagCase {
  const char* code;
  const char* level;
};

void PrintTo(const FlagCase& c, std::ostream* os) { *os << c.code; }

class RedFlagTest : public ::testing::TestWithParam<FlagCase> {};

TEST_P(RedFlagTest, OneTickedFlagGivesItsLevelWithTheFlagAsReason) {
  const FlagCase& c = GetParam();
  const json result = withFlags({c.code});
  EXPECT_EQ(level(result), c.level);
  EXPECT_EQ(codes(result.at("triage").at("reasons")), std::vector<std::string>{c.code});
}

TEST_P(RedFlagTest, NeverSelfCare) { EXPECT_NE(level(withFlags({GetParam().code})), "self_care"); }

INSTANTIATE_TEST_SUITE_P(EveryFlag, RedFlagTest,
                         ::testing::Values(FlagCase{"bladder_bowel_change", "emergency"},
                                           FlagCase{"saddle_numbness", "emergency"},
                                           FlagCase{"bilateral_leg_symptoms", "emergency"},
                                           FlagCase{"progressive_weakness", "emergency"},
                                           FlagCase{"sexual_dysfunction_new", "emergency"},
                                           FlagCase{"major_trauma", "emergency"},
                                           FlagCase{"fever_with_risk_factor", "emergency"},
                                           FlagCase{"cancer_history", "urgent"},
                                           FlagCase{"unexplained_weight_loss", "urgent"},
                                           FlagCase{"fever_or_chills", "urgent"},
                                           FlagCase{"fragility_fracture_risk", "urgent"},
                                           FlagCase{"night_pain_unrelieved", "pt_evaluation"},
                                           FlagCase{"age_over_50_new", "pt_evaluation"},
                                           FlagCase{"age_under_20", "pt_evaluation"},
                                           FlagCase{"no_improvement_4_weeks", "pt_evaluation"}),
                         [](const auto& info) { return std::string(info.param.code); });

// The visitor already has the weak flag: it is a reason for the result, never a
// sign that "may appear" (issue: watch-for list).
TEST(TriageTest, SingleWeakFlagIsAReasonNotInWatchFor) {
  const json result = withFlags({"night_pain_unrelieved"});
  EXPECT_EQ(codes(result.at("triage").at("reasons")),
            std::vector<std::string>{"night_pain_unrelieved"});
  for (const auto& code : codes(result.at("watchFor"))) EXPECT_NE(code, "night_pain_unrelieved");
}

TEST(TriageTest, TwoWeakFlagsTogetherAreUrgent) {
  const json result = withFlags({"night_pain_unrelieved", "no_improvement_4_weeks"});
  EXPECT_EQ(level(result), "urgent");
  EXPECT_EQ(codes(result.at("triage").at("reasons")),
            (std::vector<std::string>{"night_pain_unrelieved", "no_improvement_4_weeks"}));
}

TEST(TriageTest, EmergencyWinsOverStrongAndListsOnlyEmergencyReasons) {
  const json result = withFlags({"cancer_history", "saddle_numbness", "night_pain_unrelieved"});
  EXPECT_EQ(level(result), "emergency");
  EXPECT_EQ(codes(result.at("triage").at("reasons")), std::vector<std::string>{"saddle_numbness"});
  EXPECT_EQ(codes(result.at("plan")), std::vector<std::string>{"call_emergency"});
  EXPECT_TRUE(result.at("watchFor").empty());
}

TEST(TriageTest, StrongFlagWinsOverFindings) {
  json sections = rotationAnswers(sensorRotation(20, 40), sensorRotation(20, 40));
  sections["safety"] = {{"redFlags", json::array({"fever_or_chills"})}};
  const json result = evaluate(sections);
  EXPECT_EQ(level(result), "urgent");
  EXPECT_EQ(codes(result.at("triage").at("reasons")), std::vector<std::string>{"fever_or_chills"});
  EXPECT_TRUE(hasFinding(result, "hip_ir_limited_bilateral"));  // still reported for the PT
}

TEST(TriageTest, StrongAndTwoWeakFlagsAreAllReasons) {
  const json result = withFlags({"night_pain_unrelieved", "cancer_history"},
                                {{"ageYears", 60}, {"previousEpisodes", "none"}});
  EXPECT_EQ(level(result), "urgent");
  EXPECT_EQ(
      codes(result.at("triage").at("reasons")),
      (std::vector<std::string>{"cancer_history", "night_pain_unrelieved", "age_over_50_new"}));
}

TEST(TriageTest, StrongAndOneWeakFlagListsOnlyTheStrong) {
  const json result = withFlags({"night_pain_unrelieved", "cancer_history"});
  EXPECT_EQ(codes(result.at("triage").at("reasons")), std::vector<std::string>{"cancer_history"});
}

TEST(TriageTest, WeakFlagAndFindingsAreBothReasonsForPtEvaluation) {
  const json result = withFlags({"night_pain_unrelieved"}, {{"trend", "worse"}});
  EXPECT_EQ(level(result), "pt_evaluation");
  EXPECT_EQ(codes(result.at("triage").at("reasons")),
            (std::vector<std::string>{"night_pain_unrelieved", "worsening"}));
}

TEST(TriageTest, NothingFoundIsSelfCareWithoutReasons) {
  const json result = withFlags({}, {{"ageYears", 30}, {"trend", "better"}});
  EXPECT_EQ(level(result), "self_care");
  EXPECT_TRUE(result.at("triage").at("reasons").empty());
}

TEST(TriageTest, HabitFindingsAloneStaySelfCare) {
  const json result =
      evaluate(answers({{"safety", {{"redFlags", json::array()}}},
                        {"habits", {{"sittingHours", 11}, {"bridgeHoldSeconds", 10}}}}));
  EXPECT_TRUE(hasFinding(result, "prolonged_sitting"));
  EXPECT_TRUE(hasFinding(result, "weak_bridge"));
  EXPECT_EQ(level(result), "self_care");
}

// TR-5: without the red-flag checklist nobody can say "look after it yourself".
TEST(TriageTest, SkippedSafetyChecklistIsNeverSelfCare) {
  const json result = evaluate(answers({{"about", {{"ageYears", 30}, {"trend", "better"}}}}));
  EXPECT_EQ(level(result), "pt_evaluation");
  EXPECT_EQ(codes(result.at("triage").at("reasons")),
            (std::vector<std::string>{"safety_not_assessed"}));
  const json& explanation = result.at("triage").at("explanations").at(0);
  EXPECT_EQ(explanation.at("rule"), "TR-5");
  EXPECT_EQ(explanation.at("kind"), "not_assessed");
  EXPECT_EQ(result.at("notAssessed").at(0), "safety");
}

TEST(TriageTest, EmptyAnswersAreNeverSelfCare) {
  EXPECT_EQ(level(evaluate(answers({}))), "pt_evaluation");
}

TEST(TriageTest, SkippedSafetyChecklistAddsNoReasonWhenFindingsAlreadyApply) {
  const json result = evaluate(answers({{"about", {{"trend", "worse"}}}}));
  EXPECT_EQ(level(result), "pt_evaluation");
  EXPECT_EQ(codes(result.at("triage").at("reasons")), (std::vector<std::string>{"worsening"}));
}

TEST(TriageTest, AnsweredNoneOfTheseAllowsSelfCare) {
  const json result = evaluate(answers({{"safety", {{"redFlags", json::array()}}}}));
  EXPECT_EQ(level(result), "self_care");
}

struct PtCase {
  const char* name;
  json sections;
};

void PrintTo(const PtCase& c, std::ostream* os) { *os << c.name; }

class PtEvaluationTest : public ::testing::TestWithParam<PtCase> {};

TEST_P(PtEvaluationTest, FindingOfBriefListGivesPtEvaluation) {
  EXPECT_EQ(level(evaluate(answers(GetParam().sections))), "pt_evaluation");
}

INSTANTIATE_TEST_SUITE_P(
    BriefList, PtEvaluationTest,
    ::testing::Values(
        PtCase{"MobilityFinding",
               {{"hipRotation", {{"left", {{"method", "sensor"}, {"internalDegrees", 20}}}}}}},
        PtCase{"SixWeeks", {{"about", {{"durationWeeks", 6}, {"trend", "better"}}}}},
        PtCase{"Recurrent", {{"about", {{"previousEpisodes", "several"}}}}},
        PtCase{"BelowKneeOneLeg", {{"about", {{"location", "below_knee"}, {"legSide", "one"}}}}},
        PtCase{"PegFour", {{"about", {{"peg", {{"pain", 4}, {"enjoyment", 4}, {"activity", 4}}}}}}},
        PtCase{"PhqSubscalePositive", {{"phq4", {{"interest", 2}, {"down", 1}}}}},
        PtCase{"GettingWorse", {{"about", {{"trend", "worse"}}}}}),
    [](const auto& info) { return std::string(info.param.name); });

struct DerivedCase {
  const char* name;
  json about;
  const char* flag;
  bool derived;
};

void PrintTo(const DerivedCase& c, std::ostream* os) { *os << c.name; }

class DerivedFlagTest : public ::testing::TestWithParam<DerivedCase> {};

TEST_P(DerivedFlagTest, DerivedFromAboutAnswers) {
  const DerivedCase& c = GetParam();
  const json result = evaluate(answers({{"about", c.about}}));
  bool found = false;
  for (const auto& flag : result.at("redFlags")) {
    if (flag.at("code") == c.flag) {
      found = true;
      EXPECT_EQ(flag.at("source"), "derived");
      EXPECT_EQ(flag.at("strength"), "weak");
    }
  }
  EXPECT_EQ(found, c.derived);
}

INSTANTIATE_TEST_SUITE_P(
    Boundaries, DerivedFlagTest,
    ::testing::Values(
        DerivedCase{"Age51FirstEpisode",
                    {{"ageYears", 51}, {"previousEpisodes", "none"}},
                    "age_over_50_new",
                    true},
        DerivedCase{"Age50FirstEpisode",
                    {{"ageYears", 50}, {"previousEpisodes", "none"}},
                    "age_over_50_new",
                    false},
        DerivedCase{"Age51Recurrent",
                    {{"ageYears", 51}, {"previousEpisodes", "once"}},
                    "age_over_50_new",
                    false},
        DerivedCase{"Age51EpisodesUnknown", {{"ageYears", 51}}, "age_over_50_new", false},
        DerivedCase{"Age19FirstEpisode",
                    {{"ageYears", 19}, {"previousEpisodes", "none"}},
                    "age_under_20",
                    true},
        DerivedCase{"Age20FirstEpisode",
                    {{"ageYears", 20}, {"previousEpisodes", "none"}},
                    "age_under_20",
                    false},
        DerivedCase{"FourWeeksSame",
                    {{"durationWeeks", 4}, {"trend", "same"}},
                    "no_improvement_4_weeks",
                    true},
        DerivedCase{"ThreePointNineWeeksSame",
                    {{"durationWeeks", 3.9}, {"trend", "same"}},
                    "no_improvement_4_weeks",
                    false},
        DerivedCase{"FourWeeksBetter",
                    {{"durationWeeks", 4}, {"trend", "better"}},
                    "no_improvement_4_weeks",
                    false},
        DerivedCase{"BandFourToSixWorse",
                    {{"duration", "4_6_weeks"}, {"trend", "worse"}},
                    "no_improvement_4_weeks",
                    true},
        DerivedCase{"BandOneToFourSame",
                    {{"duration", "1_4_weeks"}, {"trend", "same"}},
                    "no_improvement_4_weeks",
                    false},
        DerivedCase{"TrendUnknown", {{"durationWeeks", 8}}, "no_improvement_4_weeks", false}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(TriageTest, TickedAndDerivedFlagIsListedOnce) {
  const json result =
      withFlags({"age_over_50_new"}, {{"ageYears", 70}, {"previousEpisodes", "none"}});
  ASSERT_EQ(result.at("redFlags").size(), 1u);
  EXPECT_EQ(result.at("redFlags")[0].at("source"), "answered");
  EXPECT_EQ(level(result), "pt_evaluation");
}

TEST(TriageTest, UnderEighteenIsForAdultsOnlyWithoutTriage) {
  const json result = evaluate(answers({{"about", {{"ageYears", 17}, {"trend", "worse"}}}}));
  EXPECT_EQ(result.at("outcome"), "adults_only");
  EXPECT_FALSE(result.contains("triage"));
  EXPECT_FALSE(result.contains("findings"));
  EXPECT_TRUE(result.at("plan").empty());
}

TEST(TriageTest, EighteenIsTriaged) {
  EXPECT_EQ(evaluate(answers({{"about", {{"ageYears", 18}}}})).at("outcome"), "triaged");
}

TEST(TriageTest, TwelveIsAdultsOnly) {
  EXPECT_EQ(evaluate(answers({{"about", {{"ageYears", 12}}}})).at("outcome"), "adults_only");
}

TEST(TriageTest, UnderEighteenWithEmergencyFlagIsToldToCallEmergency) {
  const json result = withFlags({"saddle_numbness"}, {{"ageYears", 15}});
  EXPECT_EQ(result.at("outcome"), "adults_only");
  EXPECT_EQ(codes(result.at("plan")), std::vector<std::string>{"call_emergency"});
  EXPECT_EQ(codes(result.at("redFlags")), std::vector<std::string>{"saddle_numbness"});
}

TEST(TriageTest, UnderEighteenWithStrongFlagIsToldToSeeADoctor) {
  const json result = withFlags({"fever_or_chills"}, {{"ageYears", 16}});
  EXPECT_EQ(codes(result.at("plan")), std::vector<std::string>{"see_doctor_within_days"});
}

}  // namespace
}  // namespace backcheck::testing
