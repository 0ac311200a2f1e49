// docs/examples/<name>.json evaluates to docs/examples/<name>.expected.json.
// Regenerate after an intended change: BACKCHECK_UPDATE_EXAMPLES=1 ctest -R Examples
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "test_support.hpp"

namespace backcheck::testing {
namespace {

namespace fs = std::filesystem;

const fs::path kExamples = fs::path(BACKCHECK_SOURCE_DIR) / "docs" / "examples";

std::string readFile(const fs::path& path) {
  std::ifstream file(path, std::ios::binary);
  std::stringstream text;
  text << file.rdbuf();
  return text.str();
}

std::vector<fs::path> answerFiles() {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(kExamples)) {
    const std::string name = entry.path().filename().string();
    if (entry.path().extension() == ".json" && name.find(".expected.") == std::string::npos) {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

fs::path expectedFile(const fs::path& answers) {
  return answers.parent_path() / (answers.stem().string() + ".expected.json");
}

TEST(ExamplesTest, EveryExampleGivesItsCommittedResult) {
  const bool update = std::getenv("BACKCHECK_UPDATE_EXAMPLES") != nullptr;
  for (const auto& file : answerFiles()) {
    const json result = evaluateText(readFile(file));
    if (update) {
      // ordered_json keeps the core's key order, so a diff shows what changed.
      std::ofstream(expectedFile(file))
          << nlohmann::ordered_json::parse(backcheck::evaluate(readFile(file))).dump(2) << '\n';
      continue;
    }
    ASSERT_TRUE(fs::exists(expectedFile(file))) << file;
    EXPECT_EQ(result, json::parse(readFile(expectedFile(file)))) << file.filename();
  }
}

TEST(ExamplesTest, ExamplesCoverEveryTriageLevelAndEveryFinding) {
  std::set<std::string> levels, found, outcomes;
  for (const auto& file : answerFiles()) {
    const json result = evaluateText(readFile(file));
    outcomes.insert(result.at("outcome").get<std::string>());
    if (result.contains("triage")) levels.insert(level(result));
    for (const auto& code : findingCodes(result)) found.insert(code);
  }
  EXPECT_GE(answerFiles().size(), 12u);
  EXPECT_EQ(levels, (std::set<std::string>{"emergency", "urgent", "pt_evaluation", "self_care"}));
  EXPECT_EQ(outcomes, (std::set<std::string>{"triaged", "adults_only", "invalid"}));
  EXPECT_EQ(found, (std::set<std::string>{
                       "hip_ir_limited_bilateral", "hip_ir_limited_unilateral", "hip_er_limited",
                       "hip_rotation_asymmetry", "hip_extension_limited", "prolonged_sitting",
                       "weak_bridge", "distress_positive", "high_pain_impact", "radiating_leg_pain",
                       "chronic_duration", "recurrent_episodes", "worsening"}));
}

TEST(ExamplesTest, ValidExamplesPassValidate) {
  for (const auto& file : answerFiles()) {
    const json validation = json::parse(backcheck::validate(readFile(file)));
    const bool invalid = file.filename().string().rfind("invalid", 0) == 0;
    EXPECT_EQ(validation.at("valid"), !invalid) << file.filename();
  }
}

}  // namespace
}  // namespace backcheck::testing
