// The plan the core picks: general advice, 2–4 moves that follow the findings,
// when to book; nothing but the emergency / doctor advice when a flag says so.
#include <gtest/gtest.h>

#include "test_support.hpp"

namespace backcheck::testing {
namespace {

std::vector<std::string> planOf(const json& result) {
  std::vector<std::string> out;
  for (const auto& item : result.at("plan")) {
    std::string entry = item.at("code");
    if (item.contains("side")) entry += ":" + item.at("side").get<std::string>();
    out.push_back(entry);
  }
  return out;
}

bool has(const std::vector<std::string>& plan, const std::string& item) {
  return std::find(plan.begin(), plan.end(), item) != plan.end();
}

TEST(PlanTest, SelfCareGetsGeneralAdviceTwoMovesAndWhenToBook) {
  const json result = evaluate(answers({{"safety", {{"redFlags", json::array()}}}}));
  EXPECT_EQ(planOf(result),
            (std::vector<std::string>{"stay_active", "heat", "otc_pain_relief", "bridge", "walking",
                                      "book_pt_if_not_better"}));
}

TEST(PlanTest, LimitedLeftIrGetsTheRotationDrillForTheLeftSide) {
  const auto plan = planOf(rotation(sensorRotation(22, 45), sensorRotation(35, 45)));
  EXPECT_TRUE(has(plan, "hip_rotation_drill:left"));
  EXPECT_FALSE(has(plan, "book_pt_if_not_better"));  // pt_evaluation: the call to action books
}

TEST(PlanTest, BilateralIrGetsTheDrillForBothSides) {
  EXPECT_TRUE(has(planOf(rotation(sensorRotation(22, 45), sensorRotation(25, 45))),
                  "hip_rotation_drill:both"));
}

TEST(PlanTest, LimitedExtensionGetsTheHipFlexorStretchOnThatSide) {
  const json result = evaluate(
      answers({{"hipExtension", {{"right", {{"method", "compare"}, {"thigh", "above"}}}}}}));
  EXPECT_TRUE(has(planOf(result), "hip_flexor_stretch:right"));
}

TEST(PlanTest, ProlongedSittingOrLowActivityAddsWalking) {
  EXPECT_TRUE(has(planOf(evaluate(answers({{"habits", {{"sittingHours", 9}}}}))), "walking"));
  EXPECT_TRUE(has(planOf(evaluate(answers({{"habits", {{"activity", "low"}}}}))), "walking"));
  EXPECT_FALSE(has(planOf(evaluate(answers({{"habits", {{"activity", "high"}}}}))), "walking"));
}

TEST(PlanTest, MovesStayBetweenTwoAndFour) {
  const std::vector<std::string> moves{"hip_rotation_drill", "hip_flexor_stretch", "bridge",
                                       "bird_dog", "walking"};
  json everything = rotationAnswers(sensorRotation(20, 30), sensorRotation(35, 50));
  everything["hipExtension"] = {{"left", {{"method", "sensor"}, {"degrees", -5}}}};
  everything["habits"] = {{"bridgeHoldSeconds", 10}, {"sittingHours", 10}};
  everything["phq4"] = {{"nervous", 3}, {"worry", 3}};
  for (const json& input : std::vector<json>{answers(), everything}) {
    int count = 0;
    const json result = evaluate(input);
    for (const auto& item : result.at("plan")) {
      count += std::find(moves.begin(), moves.end(), item.at("code")) != moves.end();
    }
    EXPECT_GE(count, 2);
    EXPECT_LE(count, 4);
  }
}

TEST(PlanTest, WeakBridgeGetsTheBridgeAndCoreWork) {
  const auto plan = planOf(evaluate(answers({{"habits", {{"bridgeHoldSeconds", 30}}}})));
  EXPECT_TRUE(has(plan, "bridge"));
  EXPECT_TRUE(has(plan, "bird_dog"));
}

TEST(PlanTest, WithEveryFindingTheFourMostSpecificMovesAreKept) {
  json input = rotationAnswers(sensorRotation(20, 30), sensorRotation(35, 50));
  input["hipExtension"] = {{"left", {{"method", "sensor"}, {"degrees", -5}}}};
  input["habits"] = {{"bridgeHoldSeconds", 10}, {"sittingHours", 10}};
  const auto plan = planOf(evaluate(input));
  EXPECT_EQ(std::vector<std::string>(plan.begin() + 3, plan.begin() + 7),
            (std::vector<std::string>{"hip_rotation_drill:left", "hip_flexor_stretch:left",
                                      "bridge", "walking"}));
  EXPECT_FALSE(has(plan, "bird_dog"));
}

TEST(PlanTest, BreathingIsNotAFillerMove) {
  EXPECT_FALSE(
      has(planOf(evaluate(answers({{"safety", {{"redFlags", json::array()}}}}))), "breathing"));
}

TEST(PlanTest, DistressAddsBreathingEvenWithTwoOtherMoves) {
  json input = rotationAnswers(sensorRotation(20, 45), sensorRotation(35, 45));
  input["hipExtension"] = {{"left", {{"method", "sensor"}, {"degrees", -5}}}};
  input["phq4"] = {{"interest", 3}, {"down", 3}};
  EXPECT_TRUE(has(planOf(evaluate(input)), "breathing"));
}

TEST(PlanTest, EmergencyPlanIsOnlyToCallEmergencyServices) {
  const json result =
      evaluate(answers({{"safety", {{"redFlags", json::array({"major_trauma"})}}}}));
  EXPECT_EQ(planOf(result), std::vector<std::string>{"call_emergency"});
}

TEST(PlanTest, UrgentPlanIsOnlyToSeeADoctorNoExercises) {
  json input = rotationAnswers(sensorRotation(20, 45), sensorRotation(35, 45));
  input["safety"] = {{"redFlags", json::array({"fragility_fracture_risk"})}};
  EXPECT_EQ(planOf(evaluate(input)), std::vector<std::string>{"see_doctor_within_days"});
}

TEST(PlanTest, WatchForListsSafetyNetWithoutFlagsAlreadyTicked) {
  const json result =
      evaluate(answers({{"safety", {{"redFlags", json::array({"fever_or_chills"})}}}}));
  const auto watch = codes(result.at("watchFor"));
  EXPECT_TRUE(std::find(watch.begin(), watch.end(), "fever_or_chills") == watch.end());
  EXPECT_TRUE(std::find(watch.begin(), watch.end(), "bladder_bowel_change") != watch.end());
}

}  // namespace
}  // namespace backcheck::testing
