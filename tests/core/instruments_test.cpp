// PEG (Krebs 2009) and PHQ-4 (Kroenke 2009): scores, bands on each side of every
// cut-off, and what happens with missing items.
#include <gtest/gtest.h>

#include "test_support.hpp"

namespace backcheck::testing {
namespace {

json pegResult(int pain, int enjoyment, int activity) {
  return evaluate(answers(
      {{"about", {{"peg", {{"pain", pain}, {"enjoyment", enjoyment}, {"activity", activity}}}}}}));
}

struct PegCase {
  int pain, enjoyment, activity;
  double score;
  const char* band;
};

void PrintTo(const PegCase& c, std::ostream* os) {
  *os << "PEG " << c.pain << "/" << c.enjoyment << "/" << c.activity;
}

class PegTest : public ::testing::TestWithParam<PegCase> {};

TEST_P(PegTest, ScoreIsTheMeanRoundedToOneDecimalWithItsBand) {
  const PegCase& c = GetParam();
  const json peg = pegResult(c.pain, c.enjoyment, c.activity).at("scores").at("peg");
  EXPECT_DOUBLE_EQ(peg.at("score").get<double>(), c.score);
  EXPECT_EQ(peg.at("band"), c.band);
}

INSTANTIATE_TEST_SUITE_P(Bands, PegTest,
                         ::testing::Values(PegCase{0, 0, 0, 0, "mild"},
                                           PegCase{4, 4, 3, 3.7, "mild"},    // 3.67, below 4
                                           PegCase{4, 4, 4, 4, "moderate"},  // on the cut-off
                                           PegCase{5, 4, 4, 4.3, "moderate"},
                                           PegCase{7, 7, 6, 6.7, "moderate"},  // 6.67, below 7
                                           PegCase{7, 7, 7, 7, "severe"},
                                           PegCase{10, 10, 10, 10, "severe"}));

TEST(InstrumentsTest, PegWithAMissingItemIsNotAssessed) {
  const json result =
      evaluate(answers({{"about", {{"ageYears", 40}, {"peg", {{"pain", 8}, {"activity", 8}}}}}}));
  EXPECT_FALSE(result.at("scores").contains("peg"));
  EXPECT_FALSE(hasFinding(result, "high_pain_impact"));
  EXPECT_NE(std::find(result.at("notAssessed").begin(), result.at("notAssessed").end(), "peg"),
            result.at("notAssessed").end());
}

json phq4Result(int nervous, int worry, int interest, int down) {
  return evaluate(answers(
      {{"phq4",
        {{"nervous", nervous}, {"worry", worry}, {"interest", interest}, {"down", down}}}}));
}

struct Phq4Case {
  int nervous, worry, interest, down;
  int total;
  const char* band;
  bool phq2Positive, gad2Positive;
};

void PrintTo(const Phq4Case& c, std::ostream* os) {
  *os << "PHQ-4 " << c.nervous << "/" << c.worry << "/" << c.interest << "/" << c.down;
}

class Phq4Test : public ::testing::TestWithParam<Phq4Case> {};

TEST_P(Phq4Test, TotalBandAndSubscales) {
  const Phq4Case& c = GetParam();
  const json phq4 = phq4Result(c.nervous, c.worry, c.interest, c.down).at("scores").at("phq4");
  EXPECT_EQ(phq4.at("total"), c.total);
  EXPECT_EQ(phq4.at("band"), c.band);
  EXPECT_EQ(phq4.at("phq2").at("score"), c.interest + c.down);
  EXPECT_EQ(phq4.at("gad2").at("score"), c.nervous + c.worry);
  EXPECT_EQ(phq4.at("phq2").at("positive"), c.phq2Positive);
  EXPECT_EQ(phq4.at("gad2").at("positive"), c.gad2Positive);
}

INSTANTIATE_TEST_SUITE_P(
    Bands, Phq4Test,
    ::testing::Values(Phq4Case{0, 0, 0, 0, 0, "normal", false, false},
                      Phq4Case{1, 1, 0, 0, 2, "normal", false, false},
                      Phq4Case{1, 1, 1, 0, 3, "mild", false, false},
                      Phq4Case{2, 1, 1, 1, 5, "mild", false, true},  // GAD-2 = 3: positive
                      Phq4Case{1, 1, 1, 2, 5, "mild", true, false},  // PHQ-2 = 3: positive
                      Phq4Case{1, 1, 2, 2, 6, "moderate", true, false},
                      Phq4Case{2, 2, 2, 2, 8, "moderate", true, true},
                      Phq4Case{3, 2, 2, 2, 9, "severe", true, true},
                      Phq4Case{3, 3, 3, 3, 12, "severe", true, true}));

TEST(InstrumentsTest, SubscaleOfTwoIsNotPositive) {
  const json result = phq4Result(1, 1, 1, 1);
  EXPECT_FALSE(hasFinding(result, "distress_positive"));
}

TEST(InstrumentsTest, OnePositiveSubscaleGivesDistressFinding) {
  const json result = phq4Result(2, 1, 0, 0);
  ASSERT_TRUE(hasFinding(result, "distress_positive"));
  EXPECT_EQ(findings(result, "distress_positive")[0].at("values").at("gad2"), 3);
}

TEST(InstrumentsTest, HalfAnsweredPhq4ScoresOnlyTheCompleteSubscale) {
  const json result = evaluate(answers({{"phq4", {{"nervous", 2}, {"worry", 2}, {"down", 3}}}}));
  const json& phq4 = result.at("scores").at("phq4");
  EXPECT_TRUE(phq4.contains("gad2"));
  EXPECT_FALSE(phq4.contains("phq2"));
  EXPECT_FALSE(phq4.contains("total"));
  EXPECT_TRUE(hasFinding(result, "distress_positive"));
  EXPECT_EQ(codes(result.at("notAssessed")).back(), "phq2");
}

}  // namespace
}  // namespace backcheck::testing
